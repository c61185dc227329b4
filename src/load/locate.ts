import type { CST, ScalarTag, Schema } from 'yaml';
import type { Segment } from '../findings/finding.js';
import type { Positioned } from './positioned.js';
import { yamlPackage } from './yaml-package.js';

export interface Position {
  line: number;
  column: number;
}

/**
 * Line and column of the node at `path`: the key of the last segment, or its value.
 * Where the path leaves the document (a missing key), the deepest existing ancestor.
 *
 * The walk is over the yaml package's concrete syntax tree rather than its composed
 * document: a file the fast parser read needs only positions, and composing is a third
 * of the positioned parse. It finds the offsets the composed document's nodes start at
 * (test/unit/load/locate.test.ts compares the two on every path of many files).
 */
export function locate(p: Positioned, path: readonly Segment[], at: 'key' | 'value'): Position {
  let node: CST.Token | undefined = p.root;
  let offset = node?.offset ?? 0;

  for (let i = 0; i < path.length; i += 1) {
    const step = node === undefined ? undefined : stepInto(node, path[i] as Segment, p.readKey);
    if (!step) break;
    const last = i === path.length - 1;
    offset = last && at === 'value' ? step.valueOffset : step.keyOffset;
    node = step.value;
  }
  const lc = p.lines.linePos(offset);
  return { line: lc.line, column: lc.col };
}

interface Step {
  keyOffset: number;
  valueOffset: number;
  value: CST.Token | undefined;
}

type Item = CST.CollectionItem;

function stepInto(node: CST.Token, seg: Segment, readKey: KeyReader): Step | undefined {
  if (node.type === 'block-map' || (node.type === 'flow-collection' && node.start.source === '{')) {
    const item = keysOf(node, readKey).get(String(seg));
    return item ? pairStep(item) : undefined;
  }
  if ((node.type === 'block-seq' || node.type === 'flow-collection') && typeof seg === 'number') {
    const item = itemsOf(node)[seg];
    if (!item) return undefined;
    // `[a: 1]` holds a map of one pair, which starts where its key does.
    if (isPair(item)) {
      const { keyOffset } = pairStep(item);
      return { keyOffset, valueOffset: keyOffset, value: pairMap(item) };
    }
    // An empty item of a flow sequence sits after its start; one of a block sequence after
    // its dash, before any line break.
    const empty = node.type === 'flow-collection' ? endOf(item.start) : emptyAt(item.start);
    const offset = item.value ? item.value.offset : empty;
    return { keyOffset: offset, valueOffset: offset, value: item.value };
  }
  return undefined;
}

/** What a flow sequence's pair item is stepped into as: a map of that one pair. */
function pairMap(item: Item): CST.FlowCollection {
  const start: CST.SourceToken = { type: 'flow-map-start', offset: 0, indent: 0, source: '{' };
  return { type: 'flow-collection', offset: 0, indent: 0, start, items: [item], end: [] };
}

function pairStep(item: Item): Step {
  const sep = item.sep ?? [];
  const keyOffset = item.key ? item.key.offset : emptyAt(item.start, sep[0]?.offset ?? 0);
  if (item.value) return { keyOffset, valueOffset: item.value.offset, value: item.value };
  // A key without `:` has no value node at all; the position falls back to the key.
  const colon = sep.some((t) => t.type === 'map-value-ind');
  return { keyOffset, valueOffset: colon ? emptyAt(sep, keyOffset) : keyOffset, value: undefined };
}

/**
 * A file with many findings asks about many keys of one map: each map's keys, and each
 * sequence's entries, are found once per parse rather than once per finding.
 */
const keyIndex = new WeakMap<CST.Token, Map<string, Item>>();
const itemIndex = new WeakMap<CST.Token, Item[]>();

function keysOf(map: CST.BlockMap | CST.FlowCollection, readKey: KeyReader): Map<string, Item> {
  let keys = keyIndex.get(map);
  if (!keys) {
    keys = new Map();
    for (const item of map.items as Item[]) {
      const key = isPair(item) ? keyOf(item, readKey) : undefined;
      // The first of equal keys, as a walk in order would find it.
      if (key !== undefined && !keys.has(key)) keys.set(key, item);
    }
    keyIndex.set(map, keys);
  }
  return keys;
}

function itemsOf(seq: CST.BlockSequence | CST.FlowCollection): Item[] {
  let items = itemIndex.get(seq);
  if (!items) itemIndex.set(seq, (items = (seq.items as Item[]).filter(isSeqItem)));
  return items;
}

/**
 * Whether the root map still being parsed holds, complete, the entries of these keys:
 * each is there and an entry with a key of its own was begun after it, which ends it.
 * Only then may the parse stop short (see parsePositionsOnly). Asked again as the map
 * grows, it reads each entry once.
 */
export function closedEntries(
  firsts: ReadonlySet<string>,
  readKey: KeyReader,
): (map: CST.BlockMap) => boolean {
  // Distinct keys: `+.5` and `.5` are two keys to js-yaml but both 0.5 to this schema.
  const found = new Set<string>();
  let read = 0;
  return (map) => {
    const items = map.items as Item[];
    if (!items[items.length - 1]?.key || firsts.size === 0) return false;
    for (; read < items.length - 1; read += 1) {
      const item = items[read] as Item;
      const key = isPair(item) ? keyOf(item, readKey) : undefined;
      if (key !== undefined && firsts.has(key)) found.add(key);
    }
    return found.size >= firsts.size;
  };
}

function isPair(item: Item): boolean {
  return item.key !== undefined || item.sep !== undefined;
}

/** Items that are entries of the sequence, not comments or a trailing comma. */
function isSeqItem(item: Item): boolean {
  return item.value !== undefined || isPair(item) || item.start.some((t) => itemMarks.has(t.type));
}

const itemMarks = new Set(['seq-item-ind', 'explicit-key-ind', 'anchor', 'tag']);

/** What a plain scalar reads as under a document's schema, as text. */
export type KeyReader = (plain: string) => string;

/**
 * The key as the composed document compares it: a plain key read by the schema of its
 * document, as `0x1F`, `1e3`, `~` or `TRUE` are by the core schema, and as the fast
 * parser keys them; a quoted key or one tagged as text as it is written.
 */
function keyOf(item: Item, readKey: KeyReader): string | undefined {
  const { key } = item;
  const text = item.start.some((t) => t.type === 'tag' && textTags.has(t.source));
  if (!key) return text ? '' : readKey('');
  if (key.type === 'alias') return undefined;
  // The syntax tree of a file the fast parser read may still hold a token the yaml
  // package calls broken (a quote closed at the start of a line); it is compared as read.
  const scalar = yamlPackage().CST.resolveAsScalar(key, true, () => undefined);
  if (!scalar) return undefined;
  return scalar.type !== 'PLAIN' || text ? scalar.value : readKey(scalar.value);
}

const textTags = new Set(['!', '!!str', '!<tag:yaml.org,2002:str>']);

/** How the composed document reads plain scalars: by the first tag of the schema that fits. */
export function keyReader(schema: Schema): KeyReader {
  const tags = schema.tags.filter(
    (t): t is ScalarTag => (t.default === true || t.default === 'key') && t.test !== undefined,
  );
  const read = (plain: string): string => {
    const tag = tags.find((t) => t.test?.test(plain));
    if (!tag) return plain;
    try {
      return String(tag.resolve(plain, () => undefined, {}));
    } catch {
      return plain;
    }
  };
  // Each spelling is read once; a hostile file of many keys only empties the memo.
  const known = new Map<string, string>();
  return (plain) => {
    let out = known.get(plain);
    if (out === undefined) {
      if (known.size >= 10_000) known.clear();
      known.set(plain, (out = read(plain)));
    }
    return out;
  };
}

function endOf(tokens: readonly CST.SourceToken[]): number {
  const last = tokens[tokens.length - 1];
  return last ? last.offset + last.source.length : 0;
}

/**
 * Where the composed document places an empty node after these tokens: after the last
 * one that is not space, a comment or a line break, and the spaces after it.
 */
export function emptyAt(tokens: readonly CST.SourceToken[], from = 0): number {
  let i = tokens.length - 1;
  while (i >= 0 && quiet.has((tokens[i] as CST.SourceToken).type)) i -= 1;
  const last = tokens[i];
  if (!last) return tokens[0]?.offset ?? from;
  let offset = last.offset + last.source.length;
  for (
    let j = i + 1;
    j < tokens.length && (tokens[j] as CST.SourceToken).type === 'space';
    j += 1
  ) {
    offset += (tokens[j] as CST.SourceToken).source.length;
  }
  return offset;
}

const quiet = new Set(['space', 'comment', 'newline']);

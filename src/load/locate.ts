import type { CST } from 'yaml';
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
    const step = node === undefined ? undefined : stepInto(node, path[i] as Segment);
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

function stepInto(node: CST.Token, seg: Segment): Step | undefined {
  if (node.type === 'block-map' || (node.type === 'flow-collection' && node.start.source === '{')) {
    const item = (node.items as Item[]).find((it) => isPair(it) && keyOf(it.key) === String(seg));
    return item ? pairStep(item) : undefined;
  }
  if ((node.type === 'block-seq' || node.type === 'flow-collection') && typeof seg === 'number') {
    const item = (node.items as Item[]).filter(isSeqItem)[seg];
    if (!item) return undefined;
    // `[a: 1]` holds a map of one pair, which starts where its key does.
    if (isPair(item)) {
      const { keyOffset } = pairStep(item);
      return { keyOffset, valueOffset: keyOffset, value: pairMap(item) };
    }
    const offset = item.value ? item.value.offset : emptyAt(item.start);
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

function isPair(item: Item): boolean {
  return item.key !== undefined || item.sep !== undefined;
}

/** Items that are entries of the sequence, not comments or a trailing comma. */
function isSeqItem(item: Item): boolean {
  return (
    item.value !== undefined ||
    isPair(item) ||
    item.start.some((t) => t.type === 'seq-item-ind' || t.type === 'anchor' || t.type === 'tag')
  );
}

/** The key as the composed document compares it: its value under the core schema, as text. */
function keyOf(key: CST.Token | null | undefined): string | undefined {
  if (!key || key.type === 'alias') return undefined;
  const scalar = yamlPackage().CST.resolveAsScalar(key);
  if (!scalar) return undefined;
  if (scalar.type !== 'PLAIN' || !mayNotBeText.test(scalar.value)) return scalar.value;
  // `0x1F`, `1e3`, `~` or `TRUE` as a key: the composed document keys it by its value.
  try {
    return String(yamlPackage().parse(scalar.value));
  } catch {
    return scalar.value;
  }
}

/** The first characters of every plain scalar the core schema reads as other than text. */
const mayNotBeText = /^(?:[-+.0-9~]|[Nn]ull$|NULL$|[Tt]rue$|TRUE$|[Ff]alse$|FALSE$|$)/;

/**
 * Where the composed document places an empty node after these tokens: after the last
 * one that is not space, a comment or a line break, and the spaces after it.
 */
function emptyAt(tokens: readonly CST.SourceToken[], from = 0): number {
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

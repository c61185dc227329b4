import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../src/findings/finding.js';
import { locate } from '../../../src/load/locate.js';
import { defaultLimits } from '../../../src/load/limits.js';
import {
  parsePositioned,
  parsePositionsOnly,
  type Positioned,
} from '../../../src/load/positioned.js';

// locate.ts walks the concrete syntax tree. The composed document is what the positions
// used to come from and what a reader of the yaml package expects; these tests hold the
// two to the same line and column for every key and value of many files.

interface Where {
  path: Segment[];
  key: { line: number; col: number };
  value: { line: number; col: number };
}

/** Every path of a composed document, with where its key and its value start. */
function composedPositions(text: string, broken = false): Where[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (!broken) expect(doc.errors).toEqual([]);
  const out: Where[] = [];
  const at = (offset: number) => lines.linePos(offset);
  const walk = (node: unknown, path: Segment[], parentOffset: number): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const keyOffset = (pair.key as Node).range?.[0] ?? parentOffset;
        const value = pair.value as Node | null;
        const valueOffset = value?.range?.[0] ?? keyOffset;
        const here = [...path, String(pair.key.value)];
        out.push({ path: here, key: at(keyOffset), value: at(valueOffset) });
        walk(value, here, keyOffset);
      }
      // A key the map lacks, as a missing property's finding has: the map's own place.
      out.push({
        path: [...path, '\u0000missing'],
        key: at(parentOffset),
        value: at(parentOffset),
      });
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const offset = (item as Node).range?.[0] ?? parentOffset;
        const here = [...path, i];
        out.push({ path: here, key: at(offset), value: at(offset) });
        walk(item, here, offset);
      });
    }
  };
  const root = doc.contents as Node | null;
  const rootOffset = root?.range?.[0] ?? 0;
  out.push({ path: [], key: at(rootOffset), value: at(rootOffset) });
  walk(root, [], rootOffset);
  return out;
}

function expectSame(text: string, only?: 'quick' | 'full', broken = false): number {
  const expected = composedPositions(text, broken);
  const quick = parsePositionsOnly(text);
  const full = parsePositioned(text, defaultLimits);
  const parsed = only === 'quick' ? [quick] : only === 'full' ? [full] : [quick, full];
  // A parse that stops once the entries of a top-level key are complete, one per key.
  const short = new Map<string, Positioned>();
  const shortFor = (first: Segment | undefined): Positioned[] => {
    if (only === 'full' || typeof first !== 'string') return [];
    if (!short.has(first)) short.set(first, parsePositionsOnly(text, new Set([first])));
    return [short.get(first) as Positioned];
  };
  for (const where of expected) {
    for (const p of [...parsed, ...shortFor(where.path[0])]) {
      const key = locate(p, where.path, 'key');
      const value = locate(p, where.path, 'value');
      expect({ path: where.path, key, value }).toEqual({
        path: where.path,
        key: { line: where.key.line, column: where.key.col },
        value: { line: where.value.line, column: where.value.col },
      });
    }
  }
  return expected.length;
}

const tricky: Record<string, string> = {
  'quoted and unicode keys': `"id": X-1\n'customer': {name: 华东}\n客户: "上海"\nkey with spaces: 1\n`,
  'keys the core schema reads as other than text': `0x1F: hex\n1e3: float\n012: int\n~: tilde\nTRUE: t\n-1: neg\n.5: half\n.inf: inf\n`,
  'empty values': `a:\nb: # nothing here\nc:   \nd: 1\ne:\n  - \n  -\n  - x\n`,
  'flow collections': `a: {x: 1, y: , z}\nb: [1, 2, ]\nc: [p: 1, q, {r: 2}]\nd: { }\ne: [ ]\n`,
  'anchors, aliases and tags': `base: &b\n  x: 1\ncopy: *b\nt: !!str 12\nu: &u [1, 2]\nv: !custom\n  w: 1\n`,
  'block scalars': `note: |\n  line one\n  line two\nfolded: >-\n  a\n  b\nafter: 1\n`,
  'explicit keys': `? a\n: 1\n? b\nc: 2\n`,
  'nested and compact sequences': `- - a\n  - b\n- k: 1\n  m: 2\n-\n  n: 3\n`,
  comments: `# head\na: 1 # tail\n# between\nb:\n  # inside\n  - 1\n  # gap\n  - 2\n`,
  'line ends with CR LF': `a: 1\r\nb:\r\n  c: 2\r\n  d: [3, 4]\r\n`,
  'a document marker and a root sequence': `---\n- 1\n- x: 2\n...\n`,
  'a root scalar': `just text\n`,
  'deep nesting': `a:\n  b:\n    c:\n      d:\n        - e: [f, {g: h}]\n`,
  'keys tagged as text': `!!str 0x10: y\n? !!str 1.0\n: v\n!<tag:yaml.org,2002:str> ~: x\n! 12: z\n`,
  'plain keys that look like structure': `a:\n  -: 4\n  ---: x\n  7:: v\n  <<: m\n`,
  'empty keys': `? \n: 1\nx: 2\ny: {? : 1}\nz: [: 1]\nw: {!!str : 1}\n`,
  'empty items of flow sequences': `competitors: [Siemens, ? ]\na: [x, !!str\n  ]\n`,
  'empty documents': `--- # new file\n`,
  'a comment at the start of a line inside an entry': `customer:\n  name: x\n# note\n  contact:\n    email: bad\n# more\nnotes: y\nlast: 1\n`,
};

/** Texts js-yaml reads that the yaml package takes for broken, as located on the fast path. */
const brokenForYaml: Record<string, string> = {
  'a quote closed at the start of a line': `customer:\n  name: "苏州精工机械有限公司\n"\n  region: CN-East\n`,
  'a single quote closed so': `name: 'x\n'\nother: 1\n`,
  'a flow map with an empty entry over lines': `a:\n  b: {c: 1,\n  d: ,e: 2}\n  f: 1\n`,
};

describe('locate over the concrete syntax tree', () => {
  for (const [name, text] of Object.entries(tricky)) {
    it(`finds what the composed document finds: ${name}`, () => {
      expect(expectSame(text)).toBeGreaterThan(0);
    });
  }

  for (const [name, text] of Object.entries(brokenForYaml)) {
    it(`neither throws nor differs from the recovered document: ${name}`, () => {
      expect(expectSame(text, 'quick', true)).toBeGreaterThan(0);
    });
  }

  it('reads keys by the YAML version a file declares', () => {
    const text = `%YAML 1.1\n---\non: x\n0777: z\n1_000: q\noff: 1\n`;
    expect(expectSame(text, 'full')).toBeGreaterThan(4);
    const p = parsePositioned(text, defaultLimits);
    expect(locate(p, ['true'], 'key')).toEqual({ line: 3, column: 1 });
    expect(locate(p, ['511'], 'value')).toEqual({ line: 4, column: 7 });
  });

  for (const text of ['---\n', '--- !!str\n', '--- &a\n', '---\n...\n']) {
    it(`places an empty document where the composed one does: ${JSON.stringify(text)}`, () => {
      expect(expectSame(text)).toBe(1);
    });
  }

  it('finds what the composed document finds in every YAML file of the examples and fixtures', () => {
    const files = [...yamlFiles('examples'), ...yamlFiles('test')];
    let paths = 0;
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const doc = parseDocument(text);
      // Files with YAML errors carry positions of their own and are never located.
      if (doc.errors.length > 0 || doc.contents === null) continue;
      paths += expectSame(text);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(50);
    expect(paths).toBeGreaterThan(2000);
  });

  it('stops parsing once the entries asked for are complete, and only then', () => {
    const text = `id: X-1\ncustomer:\n  name: A\n  contact:\n    email: bad\n# a comment\nnotes: |\n  long\n`;
    const short = parsePositionsOnly(text, new Set(['customer']));
    expect(short.partial).toBe(true);
    expect(locate(short, ['customer', 'contact', 'email'], 'value')).toEqual({
      line: 5,
      column: 12,
    });
    // The last entry, or a key the file lacks, needs the whole file.
    expect(parsePositionsOnly(text, new Set(['notes'])).partial).toBeUndefined();
    expect(parsePositionsOnly(text, new Set(['customer', 'absent'])).partial).toBeUndefined();
    expect(parsePositionsOnly(`- a\n- b\n`, new Set(['a'])).partial).toBeUndefined();
    // Two keys to js-yaml, one to the yaml package: each key asked for must be complete.
    const twice = `+.5: 1\n.5: 2\nx:\n  deep: 3\ny: 4\n`;
    const both = parsePositionsOnly(twice, new Set(['0.5', 'x']));
    expect(locate(both, ['x', 'deep'], 'value')).toEqual({ line: 4, column: 9 });
  });

  it('keys a path by the value the fast parser gives a key, not its spelling', () => {
    const p = parsePositionsOnly(`a: 1\n0x10: 2\n'0x11': 3\n`);
    expect(locate(p, ['16'], 'key')).toEqual({ line: 2, column: 1 });
    expect(locate(p, ['0x11'], 'key')).toEqual({ line: 3, column: 1 });
    // Not found: the place of the map that lacks it.
    expect(locate(p, ['0x10'], 'key')).toEqual({ line: 1, column: 1 });
  });
});

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const stat = statSync(path);
    if (stat.isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(name) && stat.size < 1 << 20) out.push(path);
  }
  return out;
}

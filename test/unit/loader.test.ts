import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../../src/load/fast.js';
import { defaultLimits } from '../../src/load/limits.js';
import { parsePositioned } from '../../src/load/positioned.js';
import { sourceFromBytes } from '../../src/load/source.js';
import { repoRoot } from '../helpers/cli.js';
import { validDeal } from '../helpers/workspace.js';

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (name.endsWith('.yaml')) out.push(path);
  }
  return out;
}

const rules = (text: string) => parsePositioned(text, defaultLimits).problems.map((p) => p.rule);

describe('the two YAML parsers', () => {
  const corpus = [
    ...yamlFiles(join(repoRoot, 'examples', 'acme-channel')),
    ...yamlFiles(join(repoRoot, 'test', 'fixtures', 'minimal')),
  ];

  it('agree on every value of every example file that the fast path accepts', () => {
    let compared = 0;
    for (const file of corpus) {
      const text = readFileSync(file, 'utf8');
      const fast = parseFast(text);
      const slow = parsePositioned(text, defaultLimits);
      if (!fast) continue;
      expect(slow.problems, file).toEqual([]);
      expect(fast.value, file).toEqual(slow.value);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(5);
  });

  it.each([
    ['dates stay text', 'a: 2026-11-20\n', { a: '2026-11-20' }],
    ['yes/no stay text under YAML 1.2', 'a: yes\nb: no\nc: on\n', { a: 'yes', b: 'no', c: 'on' }],
    ['octal and hex integers', 'a: 0o17\nb: 0x1F\n', { a: 15, b: 31 }],
    ['null spellings', 'a: ~\nb: null\nc:\n', { a: null, b: null, c: null }],
    ['floats and exponents', 'a: 1.5\nb: 1e3\nc: .inf\n', { a: 1.5, b: 1000, c: Infinity }],
    ['quoted numbers stay text', 'a: "500000"\n', { a: '500000' }],
    ['numeric keys become text', '1: one\n', { '1': 'one' }],
    ['CJK values', 'name: 苏州精工机械有限公司\n', { name: '苏州精工机械有限公司' }],
    ['block scalars', 'a: |\n  line 1\n  line 2\n', { a: 'line 1\nline 2\n' }],
    ['flow collections', 'a: [1, {b: c}]\n', { a: [1, { b: 'c' }] }],
  ])('agree on %s', (_name, text, expected) => {
    const fast = parseFast(text);
    const slow = parsePositioned(text, defaultLimits);
    expect(slow.value).toEqual(expected);
    if (fast) expect(fast.value).toEqual(expected);
  });

  it('the fast path takes an ordinary registration', () => {
    expect(parseFast(validDeal)).toBeDefined();
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['tab indentation', 'a:\n\tb: 1\n'],
    ['an empty file', ''],
    ['a syntax error', 'a: "unclosed\n'],
  ])('the fast path declines %s', (_name, text) => {
    expect(parseFast(text)).toBeUndefined();
  });
});

describe('the positioned parser', () => {
  it('reports a duplicate key at its position', () => {
    const p = parsePositioned('id: A\nkind: deal\nid: B\n', defaultLimits);
    expect(p.problems[0]).toMatchObject({ rule: 'yaml.duplicate-key', position: { line: 3, column: 1 } });
    expect(p.value).toBeUndefined();
  });

  it('reports several documents', () => {
    expect(rules('a: 1\n---\nb: 2\n')).toContain('yaml.multiple-documents');
  });

  it('reports tab indentation', () => {
    expect(rules('a:\n\tb: 1\n')).toContain('yaml.tab');
  });

  it('reports an empty file and a file of comments only', () => {
    expect(rules('')).toEqual(['yaml.empty']);
    expect(rules('# nothing here\n')).toEqual(['yaml.empty']);
  });

  it('refuses an alias bomb without expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const p = parsePositioned(`${lines.join('\n')}\n`, defaultLimits);
    expect(p.problems.map((x) => x.rule)).toEqual(['yaml.aliases']);
    expect(p.value).toBeUndefined();
  });

  it('keeps __proto__ and constructor keys as plain data', () => {
    const text = '__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n';
    const slow = parsePositioned(text, defaultLimits).value as Record<string, unknown>;
    const fast = parseFast(text)?.value as Record<string, unknown> | undefined;
    for (const value of [slow, fast]) {
      if (!value) continue;
      expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true);
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('reading a file', () => {
  it('drops one or two byte-order marks and keeps the rest of the text as it is', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const body = Buffer.from('id: ALPHA-2026-0002\nnote: "\uFEFF inside"\n');
    for (const marks of [0, 1, 2]) {
      const bytes = Buffer.concat([...Array.from({ length: marks }, () => bom), body]);
      const source = sourceFromBytes('/x.yaml', 'x.yaml', bytes, defaultLimits);
      expect(source.text).toBe(body.toString('utf8'));
    }
  });

  it('names the first byte that is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('id: A\nname: ab'), Buffer.from([0xff]), Buffer.from('c\n')]);
    const source = sourceFromBytes('/x.yaml', 'x.yaml', bytes, defaultLimits);
    expect(source.text).toBeUndefined();
    expect(source.problems[0]?.rule).toBe('yaml.encoding');
    expect(source.problems[0]?.position).toEqual({ line: 2, column: 9 });
  });
});

import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeUnderNextId } from '../../src/scaffold/ids.js';
import { parseSet, setPath } from '../../src/scaffold/set.js';
import { inline } from '../../src/scaffold/template.js';
import type { Doc } from '../../src/model/read.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the yaml helper', () => {
  it('writes any text as a scalar that parses back to the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(parse(`key: ${inline(text)}\n`, { schema: 'core' }).key).toBe(text);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps YAML indicators, comments and line breaks inside the value', () => {
    for (const text of [
      'a: b',
      '# x',
      '- y',
      '*z',
      '&a',
      '!t',
      '"q"',
      "it's",
      'x\n  y: 1',
      'true',
      '123',
      '',
    ]) {
      expect(parse(`key: ${inline(text)}\nnext: 1\n`, { schema: 'core' })).toEqual({
        key: text,
        next: 1,
      });
    }
  });
});

describe('--set', () => {
  it('types values by the schema', () => {
    expect(parseSet('opportunity.value=12.5').value).toBe(12.5);
    expect(parseSet('products[0].quantity=3').value).toBe(3);
    // A fraction for a whole number stays a number, for the schema to call it a fraction.
    expect(parseSet('products[0].quantity=3.5').value).toBe(3.5);
    expect(parseSet('products[0].quantity=3,5').value).toBe('3,5');
    expect(parseSet('submitted_on=2026-01-02').value).toBe('2026-01-02');
    expect(parseSet('customer.registration_number=0800').value).toBe('0800');
    expect(parseSet('products[1].line=plc').path).toEqual(['products', 1, 'line']);
  });

  it('refuses unknown fields, maps and malformed arguments', () => {
    expect(() => parseSet('customer.nickname=x')).toThrow(/not a field/);
    expect(() => parseSet('customer=x')).toThrow(/not a field/);
    expect(() => parseSet('constructor.prototype=x')).toThrow();
    expect(() => parseSet('no-equals')).toThrow(/FIELD=VALUE/);
  });

  it('refuses a list index that leaves a gap', () => {
    const doc: Doc = {};
    setPath(doc, ['products', 0, 'line'], 'plc');
    expect(() => setPath(doc, ['products', 2, 'line'], 'servo')).toThrow(/gap/);
    expect(doc).toEqual({ products: [{ line: 'plc' }] });
  });
});

describe('writing under the next id', () => {
  it('moves to the next id when the file appears between choosing the id and writing it', () => {
    const root = mkdtempSync(join(tmpdir(), 'regkit-ids-'));
    dirs.push(root);
    let raced = false;
    const written = writeUnderNextId({
      root,
      partner: 'alpha',
      year: '2026',
      render: (id) => `id: ${id}\n`,
      beforeLink(target) {
        if (raced) return;
        raced = true;
        writeFileSync(target, 'someone else\n');
      },
    });
    expect(written.id).toBe('ALPHA-2026-0002');
    const dir = join(root, 'registrations', 'alpha');
    expect(readFileSync(join(dir, 'ALPHA-2026-0001.yaml'), 'utf8')).toBe('someone else\n');
    expect(readFileSync(join(dir, 'ALPHA-2026-0002.yaml'), 'utf8')).toBe('id: ALPHA-2026-0002\n');
    expect(readdirSync(dir).sort()).toEqual(['ALPHA-2026-0001.yaml', 'ALPHA-2026-0002.yaml']);
  });
});

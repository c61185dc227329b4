import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Finding } from '../../src/findings/finding.js';
import { normaliseName } from '../../src/policy/normalise.js';
import { previewFindings } from '../../src/scaffold/preview.js';
import { openWorkspace } from '../../src/workspace/load.js';
import type { Workspace } from '../../src/workspace/workspace.js';
import { anyText, checkProperty, yamlChar } from '../helpers/fuzz.js';
import { minimalFixture, validDeal } from '../helpers/workspace.js';

const rel = 'registrations/alpha/ALPHA-2026-0002.yaml';
let ws: Workspace;
beforeAll(() => {
  ws = openWorkspace(minimalFixture);
});

/** Every finding of `text` is about this file and points inside it. */
function expectLocatedInside(text: string, findings: readonly Finding[]): void {
  const lines = text.split('\n');
  for (const f of findings) {
    expect(f.file.endsWith(rel), `${f.rule} names ${f.file}`).toBe(true);
    expect(f.message).not.toBe('');
    if (f.line === 0) continue;
    expect(f.line, `${f.rule} line`).toBeGreaterThanOrEqual(1);
    expect(f.line, `${f.rule} line`).toBeLessThanOrEqual(lines.length);
    const width = (lines[f.line - 1] ?? '').length;
    expect(f.column, `${f.rule} column`).toBeGreaterThanOrEqual(1);
    expect(f.column, `${f.rule} column on "${lines[f.line - 1]}"`).toBeLessThanOrEqual(width + 1);
  }
}

function check(text: string): void {
  const findings = previewFindings(ws, rel, text, '2026-12-03');
  expectLocatedInside(text, findings);
}

/** The valid deal with characters inserted, deleted or replaced at random places. */
const mutatedDeal = fc
  .array(
    fc.tuple(
      fc.nat(validDeal.length),
      fc.nat(3),
      yamlChar,
      fc.constantFrom('insert', 'delete', 'replace'),
    ),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((edits) =>
    edits.reduce((text, [at, span, ch, how]) => {
      const i = Math.min(at, text.length);
      if (how === 'insert') return text.slice(0, i) + ch + text.slice(i);
      if (how === 'delete') return text.slice(0, i) + text.slice(i + span);
      return text.slice(0, i) + ch.repeat(span + 1) + text.slice(i + span + 1);
    }, validDeal),
  );

const dealValue = parse(validDeal) as Record<string, unknown>;
const fieldPaths = [
  ['id'],
  ['kind'],
  ['partner'],
  ['submitted_on'],
  ['submitted_by'],
  ['submitted_by', 'email'],
  ['customer'],
  ['customer', 'name'],
  ['customer', 'domain'],
  ['customer', 'contact', 'email'],
  ['opportunity', 'value'],
  ['opportunity', 'currency'],
  ['opportunity', 'expected_close'],
  ['products'],
  ['products', 0, 'line'],
  ['products', 0, 'quantity'],
  ['attachments'],
  ['waivers'],
  ['extensions'],
  ['outcome'],
  ['__proto__'],
  ['constructor'],
  ['customer', '__proto__'],
];

/** Any JSON-like value: what a partner could write at a field. */
const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    anyText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.oneof(anyText, fc.constantFrom('__proto__', 'constructor', 'name')),
      tie('value'),
      {
        maxKeys: 3,
      },
    ),
  ),
})).value;

/** The valid deal with values of any type at its fields: the schema mapping's input. */
const reshapedDeal = fc
  .array(fc.tuple(fc.constantFrom(...fieldPaths), anyValue), { minLength: 1, maxLength: 4 })
  .map((changes) => {
    const data = structuredClone(dealValue);
    for (const [path, value] of changes) setAt(data, path, value);
    return `# yaml-language-server: $schema=../../schemas/registration.schema.json\n${stringify(data)}`;
  });

function setAt(
  data: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
): void {
  let node: unknown = data;
  for (const seg of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<string | number, unknown>)[seg];
  }
  if (typeof node !== 'object' || node === null) return;
  Object.defineProperty(node, path[path.length - 1] ?? '', {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

describe('property: no registration text makes a check throw, and findings point inside it', () => {
  it('any text at all', () => checkProperty(anyText, check));

  it('the valid deal with YAML characters inserted, deleted or replaced', () =>
    checkProperty(mutatedDeal, check));

  it('the valid deal with values of any type at its fields (the schema mapping)', () =>
    checkProperty(reshapedDeal, check));

  it('deeply nested lists and maps, long lines and long strings', () =>
    checkProperty(
      fc.record({
        depth: fc.integer({ min: 1, max: 3000 }),
        width: fc.integer({ min: 1, max: 200_000 }),
      }),
      ({ depth, width }) => {
        check(`${'['.repeat(depth)}${']'.repeat(depth)}\n`);
        check(`${validDeal}notes: ${'x'.repeat(width)}\n`);
        check(
          `${validDeal}notes:\n${Array.from({ length: Math.min(depth, 200) }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`,
        );
      },
      20,
    ));
});

describe('property: the loader keeps what it cannot check apart from what it can', () => {
  it('a yaml.* error means no further check ran on the file', () =>
    checkProperty(mutatedDeal, (text) => {
      const rules = previewFindings(ws, rel, text, '2026-12-03').map((f) => f.rule);
      const broken = rules.some((r) => r.startsWith('yaml.') && r !== 'yaml.duplicate-key');
      if (broken) expect(rules.filter((r) => !r.startsWith('yaml.'))).toEqual([]);
    }));

  it('a customer name of any text is read as written', () =>
    checkProperty(anyText, (name) => {
      const text = validDeal.replace(
        'Meridian Foods Ltd.',
        JSON.stringify(name).replace(/\\u2028|\\u2029/g, ' '),
      );
      const findings = previewFindings(ws, rel, text, '2026-12-03');
      expectLocatedInside(text, findings);
      expect(() => normaliseName(name)).not.toThrow();
    }));
});

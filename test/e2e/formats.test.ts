import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../helpers/workspace.js';

const require = createRequire(import.meta.url);
const rel = 'registrations/alpha/ALPHA-2026-0002.yaml';
let dir = '';

// Three findings in one file (two errors, one warning), a clean file, a clean partner.
const broken = validDeal
  .replace('amy.tan@meridian-foods.example', 'amy.tan@@meridian')
  .replace('line: servo', 'line: lasers')
  .replace('name: Zhang Wei', 'name: "Wei, Zhang: 100%"');

beforeAll(() => {
  dir = makeWorkspace({ [rel]: broken });
});
afterAll(() => removeWorkspace(dir));

const run = (format: string, extra: string[] = []) =>
  reg(['validate', '--format', format, '--today', '2026-12-03', ...extra], { cwd: dir });

describe('--format json', () => {
  it('prints one object of the documented shape and nothing else', () => {
    const r = run('json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['version', 'summary', 'findings']);
    expect(out.version).toBe(1);
    expect(out.summary).toEqual({ files: 4, errors: 2, warnings: 1, notices: 0 });
    const findings = out.findings as Record<string, unknown>[];
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(
        ['column', 'file', 'hint', 'line', 'message', 'path', 'rule', 'severity'].sort(),
      );
      expect(f.file).toBe(rel);
      expect(f.line).toBeGreaterThan(0);
    }
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding with escaped properties', () => {
    const lines = run('github').stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const syntax = /^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,title=[^,:]+::[^\r\n]*$/;
    for (const line of lines) expect(line).toMatch(syntax);
    const email = lines.find((l) => l.includes('schema.format'));
    expect(email).toContain(`file=${rel},line=16,col=12,title=schema.format::`);
    const named = lines.find((l) => l.includes('ref.contact-name')) ?? '';
    expect(named.startsWith('::warning ')).toBe(true);
    // The message carries a comma, a colon and a percent sign from the registration.
    expect(named).toContain('Wei, Zhang: 100%25');
    expect(named).toContain('%0A');
  });

  it('escapes commas and colons inside a property value', () => {
    const odd = makeWorkspace({ 'registrations/alpha/a,b:c.yaml': validDeal });
    try {
      const r = reg(['validate', '--format', 'github', '--today', '2026-12-03'], { cwd: odd });
      const line = r.stdout.split('\n').find((l) => l.includes('id.file-name')) ?? '';
      expect(line).toContain('file=registrations/alpha/a%2Cb%3Ac.yaml,');
    } finally {
      removeWorkspace(odd);
    }
  });
});

describe('--format junit', () => {
  it('is well-formed XML with a test case per file and a failure per error', () => {
    const xml = run('junit').stdout;
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => ['testcase', 'failure'].includes(n),
    }).parse(xml);
    const suite = doc.testsuites.testsuite;
    expect(suite['@_tests']).toBe('4');
    expect(suite['@_failures']).toBe('1');
    const cases = suite.testcase as Record<string, unknown>[];
    expect(cases).toHaveLength(4);
    const failing = cases.find((c) => c['@_name'] === rel) as { failure: Record<string, string>[] };
    expect(failing.failure.map((f) => f['@_type']).sort()).toEqual([
      'ref.product-line',
      'schema.format',
    ]);
    expect(failing.failure[0]?.['#text']).toMatch(/ALPHA-2026-0002\.yaml:\d+:\d+/);
  });

  it('counts warnings as failures with --strict', () => {
    const xml = run('junit', ['--strict']).stdout;
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'failure' }).parse(
      xml,
    );
    const failing = (doc.testsuites.testsuite.testcase as Record<string, unknown>[]).find(
      (c) => c['@_name'] === rel,
    ) as { failure: unknown[] };
    expect(failing.failure).toHaveLength(3);
  });
});

describe('--format sarif', () => {
  it('is a valid SARIF 2.1.0 log with rules and located results', () => {
    const log = JSON.parse(run('sarif').stdout) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: Record<string, unknown>[] }[];
    };
    const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
    // A draft-04 schema: its root `id` is the only draft-04 keyword in it.
    delete schema.$schema;
    delete schema.id;
    const ajv = new Ajv({
      strict: false,
      allErrors: true,
      validateFormats: false,
      unicodeRegExp: false,
    });
    const valid = ajv.validate(schema, log);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const [only] = log.runs;
    expect(only?.results).toHaveLength(3);
    expect(only?.tool.driver.rules.map((r) => r.id)).toEqual([
      'ref.contact-name',
      'ref.product-line',
      'schema.format',
    ]);
    const email = only?.results.find((r) => r.ruleId === 'schema.format') as {
      level: string;
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string };
          region: { startLine: number; startColumn: number };
        };
      }[];
    };
    expect(email.level).toBe('error');
    expect(email.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: rel },
      region: { startLine: 16, startColumn: 12 },
    });
  });
});

import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reg, repoRoot } from '../helpers/cli.js';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.js';

const corpus = join(repoRoot, 'test', 'hostile', 'registrations');

/** The rules each corpus file must yield, as test/hostile/README.md lists them. */
const expected: Record<string, string[]> = {
  'alpha/ALPHA-2026-0100.yaml': [],
  'beta/BETA-2026-0101.yaml': ['conflict.customer'],
  'beta/BETA-2026-0102.yaml': ['conflict.customer'],
  'beta/BETA-2026-0103.yaml': ['conflict.customer', 'schema.pattern'],
  'beta/BETA-2026-0104.yaml': ['conflict.similar'],
  'beta/BETA-2026-0105.yaml': ['conflict.similar'],
  'beta/BETA-2026-0106.yaml': ['schema.additional-properties'],
  'beta/BETA-2026-0107.yaml': ['yaml.limits'],
  'beta/BETA-2026-0108.yaml': ['schema.max-length'],
  'beta/BETA-2026-0109.yaml': ['yaml.duplicate-key'],
  'beta/BETA-2026-0110.yaml': ['yaml.syntax'],
  'beta/BETA-2026-0111.yaml': ['yaml.encoding'],
  'beta/BETA-2026-0112.yaml': ['yaml.aliases'],
  'beta/BETA-2026-0113.yaml': ['schema.additional-properties', 'schema.additional-properties'],
  'beta/BETA-2026-0114.yaml': ['yaml.multiple-documents'],
  'beta/BETA-2026-0115.yaml': ['yaml.empty'],
  'beta/BETA-2026-0116.yaml': ['yaml.syntax'],
};

/** What no output may show raw: controls but line break and tab, bidi and zero-width. */
const rawHidden =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

interface Json {
  summary: { files: number };
  findings: {
    rule: string;
    file: string;
    line: number;
    path: string;
    message: string;
    hint: string;
  }[];
}

let dir = '';
beforeAll(() => {
  dir = makeWorkspace();
  cpSync(corpus, join(dir, 'registrations'), { recursive: true });
});
afterAll(() => removeWorkspace(dir));

const validate = (format: string) =>
  reg(['validate', '--format', format, '--today', '2026-12-03'], { cwd: dir });

describe('the hostile corpus under reg validate', () => {
  it('yields exactly the expected rules for every file, and crashes on none', () => {
    const result = validate('json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Json;
    for (const [file, rules] of Object.entries(expected)) {
      const got = report.findings.filter((f) => f.file === `registrations/${file}`);
      expect(got.map((f) => f.rule).sort(), file).toEqual([...rules].sort());
      for (const f of got) expect(f.line, `${file} ${f.rule}`).toBeGreaterThan(0);
    }
  });

  it('names only the earlier registration in a conflict, never its customer or partner', () => {
    const report = JSON.parse(validate('json').stdout) as Json;
    const conflicts = report.findings.filter((f) => f.rule.startsWith('conflict.'));
    expect(conflicts.length).toBeGreaterThanOrEqual(5);
    for (const f of conflicts) {
      const text = `${f.message} ${f.hint}`;
      expect(text).toMatch(/ALPHA-2026-0(001|100)/);
      expect(text).not.toMatch(/精工|Meridian|jinggong|alpha\.example|Zhang/);
    }
  });

  it('shows control and bidi characters of a key escaped in every format', () => {
    const json = validate('json').stdout;
    expect(json).not.toMatch(rawHidden);
    const key = (JSON.parse(json) as Json).findings.find((f) => f.file.endsWith('0106.yaml'));
    expect(key?.path).toBe('no\u202ete\u0007s');
    for (const format of ['pretty', 'github', 'junit', 'sarif']) {
      const out = validate(format).stdout;
      expect(out, format).not.toMatch(rawHidden);
      if (format === 'pretty') expect(out).toContain('\\u{202e}');
      if (format === 'junit') expect(XMLValidator.validate(out)).toBe(true);
      if (format === 'sarif') expect(() => JSON.parse(out) as unknown).not.toThrow();
    }
  });
});

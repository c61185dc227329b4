import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { github } from '../../src/output/github.js';
import { json } from '../../src/output/json.js';
import { junit } from '../../src/output/junit.js';
import { pretty } from '../../src/output/pretty.js';
import type { FindingReport } from '../../src/output/report.js';
import { sarif } from '../../src/output/sarif.js';
import { anyText, checkProperty } from '../helpers/fuzz.js';

/** What no output may carry raw: controls (but line break and tab), bidi and zero-width. */
const rawHidden =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Characters XML 1.0 cannot hold at all, escaped or not. */
const notXml =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const finding: fc.Arbitrary<Finding> = fc.record({
  rule: fc.oneof(fc.constantFrom('schema.type', 'conflict.customer', 'yaml.syntax'), anyText),
  severity: fc.constantFrom('error', 'warning', 'notice'),
  file: fc.oneof(fc.constant('registrations/alpha/ALPHA-2026-0001.yaml'), anyText),
  line: fc.nat(10_000),
  column: fc.nat(500),
  path: anyText,
  message: anyText,
  hint: anyText,
});

const report = fc.array(finding, { maxLength: 6 }).map((findings): FindingReport => ({
  command: 'validate',
  version: '0.0.0',
  files: [...new Set(findings.map((f) => f.file))],
  findings,
  strict: false,
  color: false,
  sourceLine: () => 'customer: \u202eevil\u200b <b>',
}));

describe('property: every output format holds any finding text safely', () => {
  it('JSON always parses, gives back every finding exactly, and shows hidden characters escaped', () =>
    checkProperty(report, (r) => {
      const out = json(r);
      expect(out).not.toMatch(rawHidden);
      expect((JSON.parse(out) as { findings: Finding[] }).findings).toEqual(r.findings);
    }));

  it('SARIF always parses and shows hidden characters escaped', () =>
    checkProperty(report, (r) => {
      const out = sarif(r);
      expect(out).not.toMatch(rawHidden);
      const log = JSON.parse(out) as { runs: { results: unknown[] }[] };
      expect(log.runs[0]?.results).toHaveLength(r.findings.length);
    }));

  it('JUnit is always well-formed XML 1.0 with no raw hidden character', () =>
    checkProperty(report, (r) => {
      const out = junit({ ...r, files: [...r.files] });
      expect(XMLValidator.validate(out)).toBe(true);
      expect(out).not.toMatch(notXml);
      expect(out).not.toMatch(rawHidden);
    }));

  it('GitHub workflow commands stay one line per finding', () =>
    checkProperty(report, (r) => {
      const lines = github(r).split('\n').slice(0, -1);
      expect(lines).toHaveLength(r.findings.length);
      for (const line of lines)
        expect(line).toMatch(
          /^::(error|warning|notice) file=[^,]*(,line=\d+,col=\d+)?,title=[^:,]*::/,
        );
      expect(github(r)).not.toMatch(rawHidden);
    }));

  it('the pretty format shows hidden characters escaped', () =>
    checkProperty(report, (r) => {
      expect(pretty(r)).not.toMatch(rawHidden);
    }));
});

import { jsonText, wellFormed } from './escape.js';
import type { Severity } from '../findings/finding.js';
import type { Formatter } from './report.js';

const level: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'note' };

/** SARIF 2.1.0, for code scanning dashboards. */
export const sarif: Formatter = (report) => {
  const rules = [...new Set(report.findings.map((f) => f.rule))].sort();
  const results = report.findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: rules.indexOf(f.rule),
    level: level[f.severity],
    message: { text: f.hint ? `${f.message}\n${f.hint}` : f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(wellFormed(f.file)) },
          ...(f.line > 0
            ? { region: { startLine: f.line, startColumn: Math.max(1, f.column) } }
            : {}),
        },
        ...(f.path ? { logicalLocations: [{ fullyQualifiedName: f.path }] } : {}),
      },
    ],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'reg',
            version: report.version,
            informationUri: 'https://github.com/regkit/regkit',
            rules: rules.map((id) => ({ id, shortDescription: { text: id } })),
          },
        },
        results,
      },
    ],
  };
  return `${jsonText(log)}\n`;
};

import { jsonText } from './escape.js';
import { countBySeverity, type Finding } from '../findings/finding.js';
import type { Formatter } from './report.js';

/** `{ version: 1, summary, findings }`: the shape scripts and other tools read. */
export const json: Formatter = (report) => {
  const counts = countBySeverity(report.findings);
  const summary = {
    files: report.files.length,
    errors: counts.error,
    warnings: counts.warning,
    notices: counts.notice,
  };
  return `${jsonText({ version: 1, summary, findings: report.findings.map(documented) })}\n`;
};

/** The documented fields only, so that internal data never reaches a script's input. */
function documented(f: Finding): Omit<Finding, 'params'> {
  const { rule, severity, file, line, column, path, message, hint } = f;
  return { rule, severity, file, line, column, path, message, hint };
}

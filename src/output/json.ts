import { jsonText } from './escape.js';
import { countBySeverity } from '../findings/finding.js';
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
  return `${jsonText({ version: 1, summary, findings: report.findings })}\n`;
};

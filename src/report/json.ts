import { jsonText } from '../output/escape.js';
import { countBySeverity, type Finding } from '../findings/finding.js';
import type { ReportEntry } from './model.js';

/** `{ version: 1, today, summary, registrations }`: the report's model as it is. */
export function renderJson(entries: ReportEntry[], today: string): string {
  const counts = countBySeverity(entries.flatMap((e) => e.findings as Finding[]));
  const summary = {
    registrations: entries.length,
    errors: counts.error,
    warnings: counts.warning,
    notices: counts.notice,
    overdue: entries.filter((e) => e.sla.overdue).length,
  };
  return `${jsonText({ version: 1, today, summary, registrations: entries })}\n`;
}

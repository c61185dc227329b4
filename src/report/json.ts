import { jsonText } from '../output/escape.js';
import { countBySeverity, type Finding } from '../findings/finding.js';
import type { ReportEntry, UnreadFile } from './model.js';

/**
 * `{ version: 1, today, summary, registrations, unreadable }`: the report's model as it
 * is; `unreadable` lists the files that could not be read as registrations, whose
 * findings the summary counts too.
 */
export function renderJson(
  entries: ReportEntry[],
  today: string,
  unreadable: readonly UnreadFile[] = [],
): string {
  const all = [...entries, ...unreadable].flatMap((e) => e.findings as Finding[]);
  const counts = countBySeverity(all);
  const summary = {
    registrations: entries.length,
    errors: counts.error,
    warnings: counts.warning,
    notices: counts.notice,
    overdue: entries.filter((e) => e.sla.overdue).length,
  };
  return `${jsonText({ version: 1, today, summary, registrations: entries, unreadable })}\n`;
}

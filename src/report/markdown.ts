import { countBySeverity, type Finding } from '../findings/finding.js';
import type { Workspace } from '../workspace/workspace.js';
import type { ReportEntry, UnreadFile } from './model.js';
import { renderTemplate } from './templates.js';
import { viewOf, type EntryView } from './view.js';

/** GitHub refuses a comment longer than 65,536 characters; keep a margin for the host. */
export const commentLimit = 65_536;
const budget = 60_000;

/** Past this many registrations the report shows a table and details only where needed. */
export const detailThreshold = 20;

export interface MarkdownOptions {
  today: string;
  /** Files that could not be read as registrations; listed, and their findings counted. */
  unreadable?: readonly UnreadFile[];
}

/**
 * The approval report for a pull-request comment. A small PR gets every registration in
 * full; a large one a table of all and the details of those with errors first, fewer and
 * fewer until the comment fits the host's limit.
 */
export function renderMarkdown(
  ws: Workspace,
  entries: ReportEntry[],
  options: MarkdownOptions,
): string {
  const views = entries.map((e) => viewOf(e, ws.policy));
  const unreadable = (options.unreadable ?? []).map((u) => ({
    file: u.file,
    first: u.findings.find((f) => f.severity === 'error') ?? u.findings[0],
  }));
  const all = [...entries, ...(options.unreadable ?? [])].flatMap((e) => e.findings as Finding[]);
  const counts = countBySeverity(all);
  const base = { today: options.today, total: entries.length, counts, unreadable };
  if (views.length <= detailThreshold) {
    const full = render(ws, { ...base, entries: views, detailed: views.length });
    if (full.length <= budget) return full;
  }
  const ranked = [...views].sort(byUrgency);
  let detailed = Math.min(ranked.length, detailThreshold);
  let rows = views.length;
  for (;;) {
    const shown = ranked.slice(0, detailed);
    const text = render(ws, {
      ...base,
      entries: shown,
      detailed,
      table: views.slice(0, rows),
      omitted: views.length - rows,
    });
    if (text.length <= budget || (detailed === 0 && rows === 0)) return text;
    if (detailed > 0) detailed = Math.floor(detailed / 2);
    else rows = Math.floor(rows / 2);
  }
}

function render(ws: Workspace, context: object): string {
  return renderTemplate(ws.root, 'report', 'markdown', 'markdown', context);
}

/** Errors first, then overdue, then pending, then warnings; otherwise file order. */
function byUrgency(a: EntryView, b: EntryView): number {
  const score = (v: EntryView): number =>
    (v.counts.error > 0 ? 8 : 0) +
    (v.sla.overdue ? 4 : 0) +
    (v.state === 'pending' ? 2 : 0) +
    (v.counts.warning > 0 ? 1 : 0);
  return score(b) - score(a);
}

import { runChecks } from '../checks/run.js';
import { todayUtc } from '../checks/context.js';
import { UserError } from '../cli/errors.js';
import type { ReportFlags } from '../cli/commands-report.js';
import type { Globals } from '../cli/globals.js';
import { t } from '../i18n/index.js';
import { changedSince, filesAt, openHistory, type History } from '../report/history.js';
import { buildEntries, type ReportEntry } from '../report/model.js';
import { emit } from '../report/out.js';
import { readReviews } from '../report/reviews.js';
import { openWorkspace } from '../workspace/load.js';
import type { Workspace } from '../workspace/workspace.js';
import { parseToday } from './today.js';

/** `reg report`: the approval report in the format asked for, to stdout or `--out`. */
export async function reportCommand(flags: ReportFlags, g: Globals): Promise<number> {
  const ws = openWorkspace(g.cwd);
  const today = flags.today ? parseToday(flags.today) : todayUtc();
  if (flags.changed && !flags.base) {
    throw new UserError(t('report.base-needed'), t('cli.usage.hint', { command: 'report' }));
  }
  const history = flags.base ? await openHistory(ws.root) : undefined;
  const only = history && flags.changed ? await changedSince(history, flags.base ?? '') : undefined;
  const merged = history ? await mergedAt(history, flags.base ?? '') : undefined;
  const result = runChecks(ws, { only, today });
  const wanted = only ? new Set(only) : undefined;
  const units = result.units.filter((u) => !wanted || wanted.has(u.rel));
  const approvals = flags.reviews ? readReviews(flags.reviews, g.cwd) : undefined;
  const entries = buildEntries(ws, units, result.findings, { today, merged, approvals });
  const text = await render(ws, entries, flags, today);
  emit(ws.root, text, flags, g, 'report');
  return 0;
}

async function mergedAt(history: History, base: string): Promise<(rel: string) => boolean> {
  const onBase = await filesAt(history, base, 'registrations');
  return (rel) => onBase.has(rel);
}

async function render(
  ws: Workspace,
  entries: ReportEntry[],
  flags: ReportFlags,
  today: string,
): Promise<string> {
  switch (flags.format) {
    case 'markdown':
      return (await import('../report/markdown.js')).renderMarkdown(ws, entries, { today });
    case 'html':
      return (await import('../report/html.js')).renderHtml(ws, entries, {
        today,
        base: flags.base,
      });
    case 'json':
      return (await import('../report/json.js')).renderJson(entries, today);
    case 'csv':
      return (await import('../report/csv.js')).renderCsv(ws, entries, { bom: flags.bom });
  }
}

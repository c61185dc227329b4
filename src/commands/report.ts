import { resolve } from 'node:path';
import { runChecks, type CheckResult } from '../checks/run.js';
import { todayUtc } from '../checks/context.js';
import { UserError } from '../cli/errors.js';
import { progress, showingProgress, type ProgressSink } from '../cli/progress.js';
import type { ReportFlags } from '../cli/commands-report.js';
import type { Globals } from '../cli/globals.js';
import { t } from '../i18n/index.js';
import { changedWorkspaceFiles } from '../git/changed-workspace.js';
import { lookAtWorktree, type WorktreeLook } from '../git/worktree.js';
import { mergedOnDefaultBase } from '../git/base.js';
import { openRepo, type Repo } from '../git/repo.js';
import { resolveCommit } from '../git/shallow.js';
import { filesAt } from '../git/show.js';
import { approvalDays } from '../report/approval-days.js';
import { buildEntries, buildSummaries, unreadFiles, type ModelOptions } from '../report/model.js';
import { checkOut, emit } from '../report/out.js';
import { readReviews } from '../checks/approval/read-reviews.js';
import { registrationList, type RegistrationList } from '../workspace/files.js';
import { loadUnit, openWorkspace } from '../workspace/load.js';
import type { Doc } from '../model/read.js';
import type { Unit } from '../checks/unit.js';
import type { Finding } from '../findings/finding.js';
import { checkReported } from '../cache/reported.js';
import { cacheFileOf, openFactsCache } from '../cache/facts-cache.js';
import { reuseOrLoad } from '../cache/reuse.js';
import { openDocuments } from '../cache/documents.js';
import { checkUnitsParallel } from '../load/parallel.js';
import type { Workspace } from '../workspace/workspace.js';
import { parseToday } from './today.js';

/** `reg report`: the approval report in the format asked for, to stdout or `--out`. */
export async function reportCommand(flags: ReportFlags, g: Globals): Promise<number> {
  const ws = openWorkspace(g.cwd);
  const today = flags.today ? parseToday(flags.today) : todayUtc();
  if (flags.changed && !flags.base) {
    throw new UserError(t('report.base-needed'), t('cli.usage.hint', { command: 'report' }));
  }
  checkOut(ws, flags, g, 'report');
  const repo = flags.base ? await openRepo(ws.root) : undefined;
  // Git works these out while the registrations are listed and the cache is read; a
  // failure is raised where they are awaited.
  // One look by git at the working tree serves both the changed files and the cache.
  const look = repo && flags.changed ? lookAtWorktree(ws.root) : undefined;
  const only = look ? changedOnly(ws.root, flags.base ?? '', look) : undefined;
  const onBase = repo ? mergedAt(repo, flags.base ?? '') : undefined;
  // Both are settled before any registration is loaded, so that a bad ref fails at once.
  const ready = Promise.all([only, onBase]);
  // Without --base, merged is what `reg list` calls merged; that base may be missing, which
  // fails nothing, so the files need not wait for it.
  const onDefault = repo ? undefined : mergedOnDefaultBase(ws.root);
  for (const pending of [only, onBase, ready, onDefault]) pending?.catch(() => undefined);
  // The dashboard dates approvals by git's history, read while the registrations load,
  // once git has vouched for the base: a ref git would read as an option never reaches it.
  const approved =
    flags.format === 'html'
      ? ready.then(() => approvalDays(ws.root, flags.base ?? 'HEAD'))
      : undefined;
  approved?.catch(() => undefined);
  const cache = flags.cache !== false;
  // Listed when first needed: a run that reports on a few files may learn them from the cache.
  const listing = registrationList(ws.root);
  const bar = progress(t('progress.reporting'), listing.count, { quiet: g.quiet });
  const run = { ...listing, only, look, ready, today, cache };
  const result = await showingProgress(bar, () => checkAll(ws, run, bar.tick));
  const merged = (await onBase) ?? (await onDefault);
  const wanted = only ? new Set(await only) : undefined;
  const units = result.units.filter((u) => !wanted || wanted.has(u.rel));
  const reviews = flags.reviews ? readReviews(resolve(g.cwd, flags.reviews)) : undefined;
  const model = { today, documentOf: result.documentOf, merged, reviews, author: flags.author };
  const from = { units, findings: result.findings, model, approved };
  const text = await render(ws, from, flags, today);
  emit(ws, text, flags, g, 'report');
  return 0;
}

/**
 * The cross-file checks need every registration. When only a pull request's are reported
 * on, the others take part by their cached facts. Otherwise every document is needed:
 * an unchanged file whose result and document are both cached is not read at all, and
 * the rest are loaded, on every core.
 */
async function checkAll(
  ws: Workspace,
  run: RegistrationList & {
    only: Promise<string[]> | undefined;
    look: WorktreeLook | undefined;
    /** What git must answer before anything is loaded. */
    ready: Promise<unknown>;
    today: string;
    cache: boolean;
  },
  onProgress: ProgressSink,
): Promise<Checked> {
  const { list, listed, only, look, today } = run;
  if (only && run.cache) {
    const reported = run.ready.then(() => only);
    // Awaited only once the cache is open: a bad base fails there, never unhandled first.
    reported.catch(() => undefined);
    const asked = { list, listed, only: reported, look, today, lean: false };
    return checkReported(ws, asked, onProgress);
  }
  const rels = list();
  if (!run.cache) {
    await run.ready;
    const reported = await only;
    const units = await checkUnitsParallel(ws, rels, today, { keyed: false }, onProgress);
    return runChecks(ws, { only: reported, today, units });
  }
  const where = cacheFileOf(ws);
  const cache = await openFactsCache(ws, rels, today, where);
  // Documents are of use only beside results that hold (the same day, language, partners).
  const docs = openDocuments(where.file, where.stamp, cache, rels, cache.resultsHold);
  await run.ready;
  const { units, loaded, reused } = await reuseOrLoad(
    ws,
    cache,
    { rels, today, lean: false, also: (rel) => docs.has(rel) },
    onProgress,
  );
  // Before the checks across files add their findings to the units.
  cache.save(loaded);
  docs.save(loaded);
  // The checks across files read facts only; each document is parsed when its entry is
  // made, so that the report never holds every document at once.
  const documentOf = (rel: string): Doc | undefined => {
    if (!reused.has(rel)) return undefined;
    // Read again should the cached text not be a document after all.
    return docs.get(rel) ?? loadUnit(ws.root, rel, 'registration', ws.limits).data;
  };
  return { ...runChecks(ws, { today, units }), documentOf };
}

/** The checks' result, and where documents the units do not hold are to be had. */
type Checked = CheckResult & { documentOf?: (rel: string) => Doc | undefined };

/** The registrations a pull request changes; partner profiles are not reported on. */
async function changedOnly(root: string, base: string, look: WorktreeLook): Promise<string[]> {
  const files = await changedWorkspaceFiles(root, base, look);
  return files.filter((f) => f.startsWith('registrations/'));
}

async function mergedAt(repo: Repo, base: string): Promise<(rel: string) => boolean> {
  const onBase = await filesAt(repo, await resolveCommit(repo, base, 'base'), 'registrations');
  return (rel) => onBase.has(rel);
}

/** The report in its format; the dashboard reads summaries of the entries only. */
async function render(
  ws: Workspace,
  from: {
    units: readonly Unit[];
    findings: readonly Finding[];
    model: ModelOptions;
    approved: Promise<Map<string, string> | undefined> | undefined;
  },
  flags: ReportFlags,
  today: string,
): Promise<string> {
  const { units, findings, model, approved } = from;
  if (flags.format === 'html') {
    const { renderHtml } = await import('../report/html.js');
    const summaries = buildSummaries(ws, units, findings, model);
    return renderHtml(ws, summaries, { today, base: flags.base, approved });
  }
  const entries = buildEntries(ws, units, findings, model);
  const unreadable = unreadFiles(ws, units, findings, model);
  switch (flags.format) {
    case 'markdown':
      return (await import('../report/markdown.js')).renderMarkdown(ws, entries, {
        today,
        unreadable,
      });
    case 'json':
      return (await import('../report/json.js')).renderJson(entries, today, unreadable);
    case 'csv':
      return (await import('../report/csv.js')).renderCsv(ws, entries, { bom: flags.bom });
  }
}

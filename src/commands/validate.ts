import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { runChecks, type CheckResult } from '../checks/run.js';
import { todayUtc } from '../checks/context.js';
import { cacheFileOf, openFactsCache } from '../cache/facts-cache.js';
import { reuseOrLoad } from '../cache/reuse.js';
import { checkReported } from '../cache/reported.js';
import { UserError } from '../cli/errors.js';
import { progress, showingProgress, type ProgressSink } from '../cli/progress.js';
import type { ValidateFlags } from '../cli/commands.js';
import type { Globals } from '../cli/globals.js';
import { version } from '../cli/version.js';
import { displayPaths } from '../findings/phrase.js';
import { changedWorkspaceFiles } from '../git/changed-workspace.js';
import { lookAtWorktree, type WorktreeLook } from '../git/worktree.js';
import { textOf } from '../load/document.js';
import { t } from '../i18n/index.js';
import { formatter } from '../output/index.js';
import { fails, type FindingReport } from '../output/report.js';
import {
  isRegistrationPath,
  isYaml,
  partnerFiles,
  registrationFiles,
  registrationList,
  type RegistrationList,
} from '../workspace/files.js';
import { openWorkspace } from '../workspace/load.js';
import { checkUnitsParallel } from '../load/parallel.js';
import type { Workspace } from '../workspace/workspace.js';
import { parseToday } from './today.js';

export async function validateCommand(
  paths: string[],
  flags: ValidateFlags,
  g: Globals,
): Promise<number> {
  const ws = openWorkspace(g.cwd);
  if (flags.changed && flags.base === undefined) {
    throw new UserError(t('cli.changed-needs-base'), t('cli.usage.hint', { command: 'validate' }));
  }
  // Quietly checking every file where a CI job meant only a pull request's would pass
  // what it should not read: said, not guessed.
  if (!flags.changed && flags.base !== undefined) {
    throw new UserError(t('cli.base-needs-changed'), t('cli.base-needs-changed.hint'));
  }
  const today = flags.today ? parseToday(flags.today) : todayUtc();
  // Git works out a pull request's files while the registrations are listed and the
  // cache is read; a failure is raised where the files are awaited.
  const scoped = paths.length > 0 || flags.changed === true;
  // One look by git at the working tree serves both the changed files and the cache.
  const look = flags.changed ? lookAtWorktree(ws.root) : undefined;
  const only = scoped ? reportedFiles(ws, paths, flags, g.cwd, look) : undefined;
  only?.catch(() => undefined);
  const cache = flags.cache !== false;
  // Listed when first needed: a run that reports on a few files may learn them from the cache.
  const listing = registrationList(ws.root);
  const bar = progress(t('progress.checking'), listing.count, { quiet: g.quiet });
  const run = { ...listing, only, look, today, cache };
  const result = await showingProgress(bar, () => checkWithCache(ws, run, bar.tick));
  const report = toReport(result, ws, flags, g);
  const render = await formatter(flags.format);
  process.stdout.write(render(report));
  return fails(report) ? 1 : 0;
}

/**
 * Loads what must be loaded: in a full run every registration whose cached result no
 * longer holds; with files to report on, those and any whose cached facts are missing
 * or stale. The cross-file checks see every registration either way.
 */
async function checkWithCache(
  ws: Workspace,
  run: RegistrationList & {
    only: Promise<string[]> | undefined;
    look: WorktreeLook | undefined;
    today: string;
    cache: boolean;
  },
  onProgress: ProgressSink,
): Promise<CheckResult> {
  const { list, listed, only, look, today } = run;
  if (only && run.cache)
    return checkReported(ws, { list, listed, only, look, today, lean: true }, onProgress);
  const rels = list();
  if (!run.cache) {
    // A bad ref or path fails before anything is loaded.
    const reported = await only;
    const units = await checkUnitsParallel(
      ws,
      rels,
      today,
      { lean: true, keyed: false },
      onProgress,
    );
    return runChecks(ws, { only: reported, today, units });
  }
  const where = cacheFileOf(ws);
  // Without a cache to read, git lists the keys while the files are read.
  const opening = openFactsCache(ws, rels, today, where);
  const cache = where.exists ? await opening : undefined;
  const { units, loaded } = await reuseOrLoad(ws, cache, { rels, today, lean: true }, onProgress);
  (cache ?? (await opening)).save(loaded);
  return runChecks(ws, { today, units });
}

function toReport(
  result: CheckResult,
  ws: Workspace,
  flags: ValidateFlags,
  g: Globals,
): FindingReport {
  const show = displayPaths(ws.root);
  const texts = new Map<string, string | undefined>();
  const withFindings = new Set(result.findings.map((f) => f.file));
  for (const unit of [...result.units, ...ws.partnerUnits]) {
    const file = show(unit.rel);
    if (withFindings.has(file)) texts.set(file, textOf(unit.loaded, ws.limits));
  }
  const lines = new Map<string, string[]>();
  const sourceLine = (file: string, line: number): string | undefined => {
    let split = lines.get(file);
    if (!split) {
      split = (texts.get(file) ?? '').split(/\r?\n/);
      lines.set(file, split);
    }
    return split[line - 1];
  };
  return {
    command: 'validate',
    version: version(),
    files: result.files.map(show),
    findings: result.findings,
    strict: flags.strict === true,
    quiet: g.quiet,
    color: g.color,
    sourceLine,
  };
}

/** The files to report on: those named, those changed since --base, or both at once. */
async function reportedFiles(
  ws: Workspace,
  paths: string[],
  flags: ValidateFlags,
  cwd: string,
  look: WorktreeLook | undefined,
): Promise<string[]> {
  const named = paths.length > 0 ? selectFiles(ws, paths, cwd) : undefined;
  if (!flags.changed || flags.base === undefined) return named ?? [];
  const changed = await changedWorkspaceFiles(ws.root, flags.base, look);
  return named === undefined ? changed : changed.filter((file) => named.includes(file));
}

/**
 * Workspace-relative files named by the user's paths (files or folders): YAML files, and
 * any file in registrations/, where one out of place is a finding.
 */
function selectFiles(ws: Workspace, paths: string[], cwd: string): string[] {
  const known = [...registrationFiles(ws.root), ...partnerFiles(ws.root)];
  const out = new Set<string>();
  for (const path of paths) {
    const abs = isAbsolute(path) ? path : resolve(cwd, path);
    const rel = relative(ws.root, abs).split(sep).join('/');
    if (rel.startsWith('..') || isAbsolute(rel)) {
      throw new UserError(
        t('cli.path-outside', { path, root: ws.root }),
        t('cli.usage.hint', { command: 'validate' }),
      );
    }
    if (!existsSync(abs)) {
      throw new UserError(
        t('cli.path-missing', { path }),
        t('cli.usage.hint', { command: 'validate' }),
      );
    }
    if (statSync(abs).isDirectory()) {
      const prefix = rel === '' ? '' : `${rel}/`;
      for (const file of known) if (file.startsWith(prefix)) out.add(file);
    } else if (isYaml(rel) || isRegistrationPath(rel)) {
      out.add(rel);
    }
  }
  return [...out].sort();
}

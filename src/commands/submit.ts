import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { todayUtc } from '../checks/context.js';
import { runChecks, type CheckResult } from '../checks/run.js';
import { UserError } from '../cli/errors.js';
import type { Globals } from '../cli/globals.js';
import { version } from '../cli/version.js';
import { displayPath } from '../findings/phrase.js';
import { countOf, t } from '../i18n/index.js';
import { str } from '../model/read.js';
import { formatter } from '../output/index.js';
import { openRepo, toRepoPath, type Repo } from '../git/repo.js';
import { registrationFiles as filesOf } from '../submit/files.js';
import {
  commitOnly,
  defaultBase,
  fetchBase,
  fetchExisting,
  moveBranch,
  ownBranch,
  remoteUrl,
  upstreamOf,
} from '../submit/git.js';
import { hostOf, pullRequestLink } from '../submit/pr-link.js';
import { pushChecked, refuseTaken, type Sending } from '../submit/taken.js';
import { openWorkspace } from '../workspace/load.js';
import type { Workspace } from '../workspace/workspace.js';
import { parseToday } from './today.js';

export interface SubmitFlags {
  remote?: string;
  upstream?: string;
  base?: string;
  today?: string;
}

/** `reg submit [FILE]`: validate, branch from the fresh base, commit its files, push, link. */
export async function submitCommand(
  file: string | undefined,
  flags: SubmitFlags,
  g: Globals,
): Promise<number> {
  const ws = openWorkspace(g.cwd);
  const repo = await openRepo(ws.root);
  const rel = file ? workspaceRel(ws, g.cwd, file) : await pickChanged(ws, repo);
  const today = flags.today ? parseToday(flags.today) : todayUtc();
  const result = runChecks(ws, { only: [rel], today });
  if (result.findings.some((f) => f.severity === 'error')) return refuse(ws, result);

  const unit = result.units.find((u) => u.rel === rel);
  const id = str(unit?.data?.id) ?? '';
  const remote = flags.remote ?? 'origin';
  const url = await remoteUrl(repo, remote);
  const upstream = await upstreamOf(repo, flags.upstream);
  const into = upstream?.remote ?? remote;
  const base = flags.base ?? (await defaultBase(repo, into));
  const baseCommit = await fetchBase(repo, into, base);

  const paths = filesOf(ws.root, rel, unit?.data).map((p) => toRepoPath(repo, p));
  const subject = `Register ${id}`;
  const listed = paths.map((p) => `- ${p}`).join('\n');
  const message = `${subject} (${str(unit?.data?.kind) ?? ''})\n\n${listed}\n`;
  const branch = `registration/${id}`;
  // The files stay untracked where they are: staged, `git reset --hard` or `git stash`
  // would take them (and any edit made since). Once merged, `reg update` lets them give
  // way to the base's copies (submit/update.ts), where a plain `git pull` would stop.
  // Sent again (after a return, say): the new commit goes on top of the pull request's
  // branch, but only on this copy's own: another submission of the same id is refused.
  const local = await ownBranch(repo, branch, subject);
  const tip = await fetchExisting(repo, remote, branch);
  const sending: Sending = { remote, branch, id, tip, local, base: baseCommit };
  await refuseTaken(repo, sending);
  const commit = await commitOnly(repo, tip ?? baseCommit, paths, message);
  await pushChecked(repo, sending, commit);
  await moveBranch(repo, branch, commit, local);
  printNext({ url, upstream: upstream?.url }, base, branch, paths);
  return 0;
}

function printNext(
  where: { url: string; upstream: string | undefined },
  base: string,
  branch: string,
  paths: string[],
): void {
  const source = hostOf(where.url);
  const target = where.upstream === undefined ? source : hostOf(where.upstream);
  const lines = [t('submit.pushed', { branch, files: countOf('file', paths.length) })];
  lines.push(...paths.map((p) => `  ${p}`));
  const link = source && target ? pullRequestLink(target, base, branch, source) : undefined;
  if (link) lines.push(t('submit.open', { url: link }));
  else lines.push(t('submit.open.unknown', { branch, base, url: where.upstream ?? where.url }));
  lines.push(t('submit.after-merge', { base }));
  process.stdout.write(`${lines.join('\n')}\n`);
}

function workspaceRel(ws: Workspace, cwd: string, file: string): string {
  const abs = isAbsolute(file) ? file : resolve(cwd, file);
  const rel = relative(ws.root, abs).split(sep).join('/');
  if (rel.startsWith('..') || isAbsolute(rel) || !rel.startsWith('registrations/')) {
    throw new UserError(t('submit.not-registration', { file }), t('submit.usage.hint'));
  }
  if (!existsSync(abs))
    throw new UserError(t('cli.path-missing', { path: file }), t('submit.usage.hint'));
  return rel;
}

/** Without a FILE: the one new or changed registration in the working tree. */
async function pickChanged(ws: Workspace, repo: Repo): Promise<string> {
  const status = await repo.git.status([
    '--untracked-files=all',
    '--',
    join(ws.root, 'registrations'),
  ]);
  const changed = [...new Set([...status.not_added, ...status.modified, ...status.created])]
    .map((p) => relative(ws.root, join(repo.top, p)).split(sep).join('/'))
    .filter((p) => p.startsWith('registrations/') && /\.ya?ml$/.test(p));
  if (changed.length === 1 && changed[0]) return changed[0];
  const key = changed.length === 0 ? 'submit.none' : 'submit.several';
  throw new UserError(t(key, { files: changed.join(', ') }), t('submit.usage.hint'));
}

async function refuse(ws: Workspace, result: CheckResult): Promise<number> {
  const texts = new Map<string, string[]>();
  for (const unit of result.units) {
    const text = unit.loaded.source.text;
    if (text !== undefined) texts.set(displayPath(join(ws.root, unit.rel)), text.split(/\r?\n/));
  }
  const render = await formatter('pretty');
  process.stderr.write(
    render({
      command: 'submit',
      version: version(),
      files: result.files.map((rel) => displayPath(join(ws.root, rel))),
      findings: result.findings,
      strict: false,
      color: false,
      sourceLine: (file, line) => texts.get(file)?.[line - 1],
    }),
  );
  process.stderr.write(`${t('cli.error')}: ${t('submit.refused')}\n`);
  return 1;
}

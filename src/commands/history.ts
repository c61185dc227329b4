import { idPattern } from '../checks/id/format.js';
import type { HistoryFlags } from '../cli/commands.js';
import { UserError } from '../cli/errors.js';
import type { Globals } from '../cli/globals.js';
import { fileLog, lastPathOf, type FileCommit } from '../git/log.js';
import { openRepo, requireCommits, type Repo } from '../git/repo.js';
import { isShallow, shallowEnds } from '../git/shallow.js';
import { unitAt } from '../git/show.js';
import { describeChange } from '../history/describe.js';
import { t } from '../i18n/index.js';
import type { Doc } from '../model/read.js';
import type { HistoryEntry } from '../output/history.js';
import { registrationsInPlace } from '../workspace/files.js';
import { openWorkspace } from '../workspace/load.js';
import type { Workspace } from '../workspace/workspace.js';

/** The audit trail of one registration: every commit that touched it, and what changed. */
export async function historyCommand(id: string, flags: HistoryFlags, g: Globals): Promise<number> {
  if (!idPattern.test(id))
    throw new UserError(t('history.bad-id', { id }), t('history.bad-id.hint'));
  const ws = openWorkspace(g.cwd);
  const repo = await openRepo(ws.root);
  await requireCommits(repo, 'history');
  const rel = onDisk(ws, id) ?? (await lastPathOf(repo, id));
  if (rel === undefined) throw await unknown(repo, id);

  const log = await fileLog(repo, rel);
  await refuseCutOff(repo, id, log);
  const entries = await entriesOf(ws, repo, log);
  const output = await import('../output/history.js');
  const render = flags.format === 'json' ? output.historyJson : output.historyText;
  process.stdout.write(render(id, rel, entries));
  return 0;
}

/**
 * A shallow clone shows its oldest commit as adding every file it holds: the history of a
 * registration older than that would start there, under the wrong author and date.
 */
async function refuseCutOff(repo: Repo, id: string, log: readonly FileCommit[]): Promise<void> {
  const ends = await shallowEnds(repo);
  // Where the clone's ends cannot be read, its oldest commit may be one of them.
  const cut = ends === undefined ? log[0] : log.find((c) => ends.has(c.commit));
  if (cut === undefined) return;
  const commit = cut.commit.slice(0, 10);
  throw new UserError(t('history.shallow', { id, commit }), t('history.shallow.hint'));
}

/** In a shallow clone a registration deleted before its oldest commit is not found. */
async function unknown(repo: Repo, id: string): Promise<UserError> {
  if (await isShallow(repo))
    return new UserError(t('history.unknown-shallow', { id }), t('history.shallow.hint'));
  return new UserError(t('history.unknown', { id }), t('history.unknown.hint'));
}

async function entriesOf(
  ws: Workspace,
  repo: Repo,
  log: readonly FileCommit[],
): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  let previous: Doc | undefined;
  for (const commit of log) {
    const unit =
      commit.status === 'deleted'
        ? undefined
        : await unitAt(repo, ws.root, commit.commit, commit.file, 'registration', ws.limits);
    const changes: string[] = [];
    if (commit.status === 'renamed' && commit.from)
      changes.push(t('history.moved', { from: commit.from }));
    if (unit !== undefined && !unit.data) {
      changes.push(t('history.unreadable'));
    } else {
      changes.push(...describeChange(previous, unit?.data, ws.policy));
      previous = unit?.data;
    }
    entries.push({ ...commit, changes });
  }
  return entries;
}

function onDisk(ws: Workspace, id: string): string | undefined {
  return registrationsInPlace(ws.root).find(
    (rel) => /[^/]+$/.exec(rel)?.[0].replace(/\.ya?ml$/, '') === id,
  );
}

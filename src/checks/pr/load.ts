import type { Change, Range } from '../../git/changes.js';
import { changedFiles } from '../../git/changes.js';
import type { Repo } from '../../git/repo.js';
import { unitAt } from '../../git/show.js';
import { loadUnit } from '../../workspace/load.js';
import type { Workspace } from '../../workspace/workspace.js';
import type { Unit } from '../unit.js';
import type { Actor, PullRequest, RegistrationChange } from './context.js';
import { isRegistrationFile } from './paths.js';

/**
 * The pull request as the guards see it: its changed files, and for each changed
 * registration the version at the merge base and at the head, both through the loader.
 */
export async function loadPullRequest(
  ws: Workspace,
  repo: Repo,
  range: Range,
  actor: Actor,
  today: string,
): Promise<PullRequest> {
  const changes = await changedFiles(repo, range);
  const registrations = await changedRegistrations(ws, repo, range, changes);
  return { ws, today, actor, changes, registrations };
}

/** Each changed registration with its version at the merge base and at the head. */
export async function changedRegistrations(
  ws: Workspace,
  repo: Repo,
  range: Range,
  changes: readonly Change[],
): Promise<RegistrationChange[]> {
  const registrations: RegistrationChange[] = [];
  for (const change of changes) {
    const from = change.from ?? change.file;
    if (!isRegistrationFile(change.file) && !isRegistrationFile(from)) continue;
    const before =
      change.status === 'added' ? undefined : await versionAt(ws, repo, range.base, from);
    const after =
      change.status === 'deleted' ? undefined : await headVersion(ws, repo, range, change);
    registrations.push({ change, before, after });
  }
  return registrations;
}

function versionAt(ws: Workspace, repo: Repo, ref: string, rel: string): Promise<Unit | undefined> {
  return unitAt(repo, ws.root, ref, rel, 'registration', ws.limits);
}

/** The head is a commit, or the working tree when no `--head` was given. */
async function headVersion(
  ws: Workspace,
  repo: Repo,
  range: Range,
  change: Change,
): Promise<Unit | undefined> {
  if (range.head !== undefined) return versionAt(ws, repo, range.head, change.file);
  if (change.file.startsWith('../')) return undefined;
  return loadUnit(ws.root, change.file, 'registration', ws.limits);
}

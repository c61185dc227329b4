import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import { runGit, toRepoPath, toWorkspacePath, type Repo } from './repo.js';
import { branchOf, isShallow, refuseOptionRef } from './shallow.js';

/** The commit that brought a registration onto the base branch: its approval. */
export interface Addition {
  commit: string;
  /** ISO 8601 in UTC, e.g. `2026-11-20T08:15:00.000Z`. */
  time: string;
  author: string;
  email: string;
}

const record = '\x1e';
const unit = '\x1f';
// A commit message may hold the separators too; a record starts only where a hash follows.
// eslint-disable-next-line no-control-regex -- git's separators are control characters
const recordStart = /\x1e(?=[0-9a-f]{40,64}\x1f)/;

/**
 * For each registration on `ref`, the commit along the first-parent line that added it:
 * on a branch that takes pull requests by merge, that is the merge, when it was approved.
 * One `git log` for the whole folder, so that the cost does not grow with a call per file.
 * A shallow clone would date every older registration by its oldest commit, so it is
 * refused with the fetch that is needed.
 */
export async function additions(
  repo: Repo,
  ref: string,
  /** How the user named the ref, for messages. */
  name = ref,
): Promise<Map<string, Addition>> {
  refuseOptionRef(ref, name);
  if (await isShallow(repo)) {
    const params = { ref: name, branch: branchOf(name) };
    throw new UserError(t('git.history-shallow', params), t('git.ref-shallow.hint', params));
  }
  const folder = toRepoPath(repo, 'registrations');
  const format = `--format=${record}%H${unit}%at${unit}%an${unit}%ae`;
  const args = ['log', '--first-parent', '--no-renames', '--diff-filter=A', '--name-only', '-z'];
  const out = await runGit(repo, [...args, format, ref, '--', `${folder}/`]);
  return parseAdditions(out, repo);
}

function parseAdditions(out: string, repo: Repo): Map<string, Addition> {
  const found = new Map<string, Addition>();
  for (const chunk of out.split(recordStart)) {
    const end = chunk.indexOf('\0');
    if (end < 0) continue;
    const [commit = '', seconds = '0', author = '', email = ''] = chunk.slice(0, end).split(unit);
    const time = new Date(Number(seconds) * 1000).toISOString();
    const names = chunk
      .slice(end + 1)
      .replace(/^\n/, '')
      .split('\0');
    for (const name of names) {
      const file = name === '' ? undefined : toWorkspacePath(repo, name);
      // The log runs newest first: a file deleted and added again keeps its latest addition.
      if (file !== undefined && !found.has(file)) found.set(file, { commit, time, author, email });
    }
  }
  return found;
}

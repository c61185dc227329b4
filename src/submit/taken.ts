import { UserError } from '../cli/errors.js';
import { isAncestor } from '../git/ancestor.js';
import type { Repo } from '../git/repo.js';
import { t } from '../i18n/index.js';
import { firstLine, push, remoteTip } from './git.js';

/** A registration on its way to the remote branch `registration/<id>`. */
export interface Sending {
  remote: string;
  branch: string;
  id: string;
  /** The branch's tip on the remote when the run fetched it, if it was there. */
  tip: string | undefined;
  /** This copy's branch of that name, which only `reg submit` makes, if there is one. */
  local: string | undefined;
  /** The freshly fetched base. */
  base: string;
}

/**
 * Refuses a remote branch that this copy did not submit. Two partners' colleagues who each
 * ran `reg new` before seeing the other's work get the same id; the second submission would
 * otherwise go on top of the first one's branch and replace that registration in its pull
 * request. This copy's own earlier submission is its local branch: the remote branch is
 * that submission when one holds the other, the remote one with a reviewer's commits on
 * top. A local branch already merged into the base proves nothing, since every branch
 * made from the base since then holds it too.
 */
export async function refuseTaken(repo: Repo, s: Sending): Promise<void> {
  if (s.tip === undefined) return;
  if (s.local !== undefined) {
    if (await isAncestor(repo, s.tip, s.local)) return;
    const merged = await isAncestor(repo, s.local, s.base);
    if (!merged && (await isAncestor(repo, s.local, s.tip))) return;
  }
  throw taken(s);
}

/**
 * Pushes, never forced. A push refused because the branch appeared or moved since it was
 * fetched is another submission of the same id, said so, rather than git's own words.
 */
export async function pushChecked(repo: Repo, s: Sending, commit: string): Promise<void> {
  try {
    await push(repo, s.remote, commit, s.branch);
  } catch (error) {
    const now = await remoteTip(repo, s.remote, s.branch);
    if (now !== undefined && now !== s.tip && now !== commit) throw taken(s);
    throw new UserError(
      t('submit.rejected', { remote: s.remote, branch: s.branch }),
      firstLine(error, true),
    );
  }
}

function taken(s: Sending): UserError {
  const values = { branch: s.branch, remote: s.remote, id: s.id };
  return new UserError(t('submit.taken', values), t('submit.taken.hint', values));
}

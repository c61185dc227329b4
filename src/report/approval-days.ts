import { additions } from '../git/added.js';
import { findRepo } from '../git/repo.js';

/**
 * The day each registration came onto `ref`; none without a (deep enough) history. The
 * dashboard asks as the run starts: git's log of a large history takes a few tenths of a
 * second, which it spends while the files load rather than after.
 */
export async function approvalDays(
  root: string,
  ref: string,
): Promise<Map<string, string> | undefined> {
  const repo = await findRepo(root);
  if (!repo) return undefined;
  const added = await additions(repo, ref).catch(() => undefined);
  if (!added) return undefined;
  return new Map([...added].map(([file, a]) => [file, a.time.slice(0, 10)]));
}

import { runGit, toRepoPath, toWorkspacePath, type Repo } from '../git/repo.js';
import { split0 } from './blobs.js';
import { commitsIn, type PeriodEnd } from './period.js';

/** Registration files added (A) or modified (M) between two commits. */
export async function changedRegistrations(
  h: Repo,
  from: string,
  to: string,
): Promise<Map<string, string>> {
  const folder = `${toRepoPath(h, 'registrations')}/`;
  const args = ['diff', '--name-status', '-z', '--no-renames', from, to, '--', folder];
  const out = await runGit(h, args);
  const parts = split0(out);
  const changed = new Map<string, string>();
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const status = (parts[i] ?? '').charAt(0);
    if (status === 'A' || status === 'M')
      changed.set(toWorkspacePath(h, parts[i + 1] ?? ''), status);
  }
  return changed;
}

/** The days of the first and the last commit of the period that touched each registration. */
export async function changeDates(
  h: Repo,
  since: PeriodEnd,
  until: PeriodEnd,
): Promise<ChangeDates> {
  const dates: ChangeDates = { first: new Map(), last: new Map(), firstCommit: new Map() };
  for (const c of await commitsIn(h, since, until, ['registrations/'])) {
    for (const file of c.files) {
      if (!dates.first.has(file)) {
        dates.first.set(file, c.date);
        dates.firstCommit.set(file, c.commit);
      }
      dates.last.set(file, c.date);
    }
  }
  return dates;
}

export interface ChangeDates {
  first: Map<string, string>;
  last: Map<string, string>;
  /** The first commit of the period, on the branch's own line, that touched each file. */
  firstCommit: Map<string, string>;
}

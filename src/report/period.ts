import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import { runGit, toRepoPath, toWorkspacePath, type Repo } from '../git/repo.js';
import { isShallow } from '../git/shallow.js';
import { isDate } from '../checks/date/future.js';

/** One end of a digest's period: the commit the branch was at, and its date. */
export interface PeriodEnd {
  /** `undefined` before the first commit: everything after it is new. */
  commit: string | undefined;
  /** `YYYY-MM-DD` in UTC. */
  date: string;
  /** What the user typed. */
  label: string;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date means the branch as it was at the start of that day (UTC) for `--since`, and at
 * its end for `--until`; anything else is a git ref.
 */
export async function resolveEnd(
  h: Repo,
  value: string,
  which: 'since' | 'until',
): Promise<PeriodEnd> {
  if (datePattern.test(value)) {
    if (!isDate(value)) throw badEnd(value, which);
    const moment = which === 'since' ? `${value}T00:00:00Z` : `${value}T23:59:59Z`;
    const out = await runGit(h, ['rev-list', '-1', '--first-parent', `--before=${moment}`, 'HEAD']);
    const commit = out.trim() || undefined;
    // In a shallow clone "no commit before the date" may only mean the history is cut off.
    if (commit === undefined && (await isShallow(h))) {
      throw new UserError(t('report.digest.shallow', { value }), t('report.git.hint'));
    }
    return { commit, date: value, label: value };
  }
  let commit: string;
  try {
    commit = (await h.git.raw(['rev-parse', '--verify', '--quiet', `${value}^{commit}`])).trim();
  } catch {
    throw badEnd(value, which);
  }
  if (commit === '') throw badEnd(value, which);
  const date = (await runGit(h, ['show', '-s', '--format=%cI', commit])).trim();
  return { commit, date: new Date(date).toISOString().slice(0, 10), label: value };
}

function badEnd(value: string, which: string): UserError {
  return new UserError(
    t('report.digest.bad-end', { value, option: `--${which}` }),
    t('report.digest.bad-end.hint'),
  );
}

// A subject may hold the separators too; a record starts only where a hash follows.
// eslint-disable-next-line no-control-regex -- git's separators are control characters
const recordStart = /\x1e(?=[0-9a-f]{40,64}\x1f)/;

/**
 * The commits of the period on the first-parent line, oldest first, with the files each
 * touched among `paths` (workspace-relative; a folder ends in `/`).
 */
export async function commitsIn(
  h: Repo,
  since: PeriodEnd,
  until: PeriodEnd,
  paths: readonly string[] = [],
): Promise<{ commit: string; date: string; author: string; subject: string; files: string[] }[]> {
  if (until.commit === undefined) return [];
  const range = since.commit ? `${since.commit}..${until.commit}` : until.commit;
  const args = ['log', '--first-parent', '--reverse', '--name-only', '-z'];
  const format = '--format=%x1e%H%x1f%cI%x1f%an%x1f%s';
  const specs = paths.map((p) => (p.endsWith('/') ? `${toRepoPath(h, p)}/` : toRepoPath(h, p)));
  const out = await runGit(h, [...args, format, range, '--', ...specs]);
  return out
    .split(recordStart)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [line = '', ...rest] = chunk.split('\n');
      const head = line.replace(/\0+$/, '');
      const [commit = '', date = '', author = '', ...words] = head.split('\x1f');
      const subject = words.join(' ');
      const files = rest
        .join('\n')
        .split('\0')
        .map((f) => f.trim())
        .filter(Boolean)
        .map((f) => toWorkspacePath(h, f));
      return { commit, date: new Date(date).toISOString().slice(0, 10), author, subject, files };
    });
}

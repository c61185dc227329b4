import type { DigestFlags } from '../cli/commands-report.js';
import type { Globals } from '../cli/globals.js';
import { buildDigest } from '../report/digest.js';
import { openRepo, requireCommits } from '../git/repo.js';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import { isDate } from '../checks/date/future.js';
import { todayUtc } from '../checks/context.js';
import { checkOut, emit } from '../report/out.js';
import { resolveEnd } from '../report/period.js';
import { renderTemplate } from '../report/templates.js';
import { openWorkspace } from '../workspace/load.js';

/** `reg digest`: what changed on the branch in a period, for mail, chat or an issue. */
export async function digestCommand(flags: DigestFlags, g: Globals): Promise<number> {
  const ws = openWorkspace(g.cwd);
  checkOut(ws, flags, g, 'digest');
  const history = await openRepo(ws.root);
  await requireCommits(history, 'digest');
  const since = await resolveEnd(history, flags.since, 'since');
  const until = await resolveEnd(history, flags.until ?? 'HEAD', 'until');
  // A ref's day is that of its commit, which may well be before the start of a period
  // with no commits: only days as typed, and today, tell a period that ends before it starts.
  const end = isDate(flags.until ?? '') ? until.date : todayUtc();
  if (isDate(flags.since) && flags.since > end) {
    const params = { since: flags.since, until: end };
    throw new UserError(t('report.digest.reversed', params), t('report.digest.reversed.hint'));
  }
  const digest = await buildDigest(ws, history, since, until);
  const context = {
    ...digest,
    program: ws.policy.program.name,
    empty: [digest.added, digest.decisions, digest.outcomes, digest.policy].every(
      (l) => l.length === 0,
    ),
  };
  const text = renderTemplate(ws.root, 'digest', flags.format, flags.format, context);
  emit(ws, text, flags, g, 'digest');
  return 0;
}

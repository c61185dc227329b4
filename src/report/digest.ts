import { addDays, daysBetween } from '../checks/date/calendar.js';
import type { Unit } from '../checks/unit.js';
import { t } from '../i18n/index.js';
import type { Registration } from '../model/registration.js';
import { get, str } from '../model/read.js';
import { derive } from '../policy/derive.js';
import type { BaseAmount } from '../policy/money.js';
import { decideTier } from '../policy/tier.js';
import type { Workspace } from '../workspace/workspace.js';
import type { Repo } from '../git/repo.js';
import { filesAt } from '../git/show.js';
import { unitsAt } from './blobs.js';
import { changeDates, changedRegistrations } from './changes.js';
import { commitsIn, type PeriodEnd } from './period.js';

/** A registration as the digest names it: no customer, since partners read the digest too. */
export interface DigestItem {
  id: string;
  partner: string;
  kind: string;
  tier: string;
  amount: BaseAmount | undefined;
  /** The day of the change, or the date that matters for the section. */
  date: string | undefined;
  status?: string;
  /** `status` in the run's language, for people; `status` stays the word of the file. */
  statusText?: string;
  reason?: string;
  daysLeft?: number;
}

export interface Digest {
  since: PeriodEnd;
  until: PeriodEnd;
  added: DigestItem[];
  decisions: DigestItem[];
  outcomes: DigestItem[];
  expiring: DigestItem[];
  overdue: DigestItem[];
  policy: { date: string; author: string; subject: string; files: string[] }[];
}

const emptyTree = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const policyPaths = ['reg.config.yaml', 'schemas/', 'templates/'];

/** What changed on the branch between two ends, and what needs attention at the end. */
export async function buildDigest(
  ws: Workspace,
  h: Repo,
  since: PeriodEnd,
  until: PeriodEnd,
): Promise<Digest> {
  const digest: Digest = {
    since,
    until,
    added: [],
    decisions: [],
    outcomes: [],
    expiring: [],
    overdue: [],
    policy: [],
  };
  if (until.commit === undefined) return digest;
  const changed = await changedRegistrations(h, since.commit ?? emptyTree, until.commit);
  const dates = await changeDates(h, since, until);
  const after = unitsAt(ws.root, until.commit, [...changed.keys()], ws.limits);
  const before = since.commit
    ? unitsAt(
        ws.root,
        since.commit,
        [...changed].filter(([, s]) => s === 'M').map(([f]) => f),
        ws.limits,
      )
    : new Map<string, Unit>();
  const decidedWhenAdded = addedWithDecision(ws, changed, after, dates.firstCommit);
  for (const [file, status] of changed) {
    const now = after.get(file)?.data as Partial<Registration> | undefined;
    if (!now) continue;
    const was = before.get(file)?.data as Partial<Registration> | undefined;
    const item = itemOf(ws, now, dates.last.get(file));
    if (status === 'A' && !decidedWhenAdded.has(file)) {
      digest.added.push({ ...item, date: dates.first.get(file) });
    }
    const decision = changedPart(was, now, 'decision');
    if (decision) digest.decisions.push({ ...item, ...statusOf(ws, decision, 'decision') });
    const outcome = changedPart(was, now, 'outcome');
    if (outcome) digest.outcomes.push({ ...item, ...statusOf(ws, outcome, 'outcome') });
  }
  await attention(ws, h, until, digest);
  const policy = await commitsIn(h, since, until, policyPaths);
  digest.policy = policy.map(({ date, author, subject, files }) => ({
    date,
    author,
    subject,
    files,
  }));
  return digest;
}

/**
 * Registrations of the period that came onto the branch with a rejection or a return
 * already in them: merged, but never approved, so they show among the decisions only.
 * Only those that carry a decision at the period's end are read again, as they were added.
 */
function addedWithDecision(
  ws: Workspace,
  changed: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, Unit>,
  firstCommit: ReadonlyMap<string, string>,
): Set<string> {
  const byCommit = new Map<string, string[]>();
  for (const [file, status] of changed) {
    const commit = firstCommit.get(file);
    if (status !== 'A' || commit === undefined || !decided(after.get(file))) continue;
    byCommit.set(commit, [...(byCommit.get(commit) ?? []), file]);
  }
  const out = new Set<string>();
  for (const [commit, files] of byCommit) {
    for (const [file, unit] of unitsAt(ws.root, commit, files, ws.limits)) {
      if (decided(unit)) out.add(file);
    }
  }
  return out;
}

function decided(unit: Unit | undefined): boolean {
  const decision = get(unit?.data, 'decision');
  return decision !== undefined && decision !== null;
}

/** Expiring within the warning window and pending past the SLA, as of the period's end. */
async function attention(ws: Workspace, h: Repo, until: PeriodEnd, digest: Digest): Promise<void> {
  const commit = until.commit ?? '';
  const files = [...(await filesAt(h, commit, 'registrations'))];
  const units = unitsAt(ws.root, commit, files, ws.limits);
  const horizon = addDays(until.date, ws.policy.protection.warning_days);
  for (const unit of units.values()) {
    const reg = unit.data as Partial<Registration> | undefined;
    if (!reg) continue;
    const d = derive(reg, ws.policy, { today: until.date });
    const item = itemOf(ws, reg, undefined);
    if (
      (d.state === 'active' || d.state === 'expiring') &&
      d.protectionEnd &&
      d.protectionEnd <= horizon
    ) {
      digest.expiring.push({
        ...item,
        date: d.protectionEnd,
        daysLeft: daysBetween(until.date, d.protectionEnd),
      });
    }
    if (d.state === 'pending' && d.slaDue && d.slaDue < until.date)
      digest.overdue.push({ ...item, date: d.slaDue });
  }
  digest.expiring.sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0));
}

function itemOf(ws: Workspace, reg: Partial<Registration>, date: string | undefined): DigestItem {
  const decided = decideTier(reg, ws.policy);
  return {
    id: str(get(reg, 'id')) ?? '',
    partner: str(get(reg, 'partner')) ?? '',
    kind: str(get(reg, 'kind')) ?? '',
    tier: decided.tier.title,
    amount: decided.amount,
    date,
  };
}

/** The decision or outcome when the period set or changed it. */
function changedPart(
  was: Partial<Registration> | undefined,
  now: Partial<Registration>,
  key: 'decision' | 'outcome',
): unknown {
  const part = get(now, key);
  if (part === undefined) return undefined;
  return JSON.stringify(part) === JSON.stringify(get(was, key)) ? undefined : part;
}

function statusOf(
  ws: Workspace,
  part: unknown,
  key: 'decision' | 'outcome',
): Pick<DigestItem, 'status' | 'statusText' | 'reason'> {
  const status = str(get(part, 'status')) ?? '';
  const code = str(get(part, 'reason_code'));
  const list = key === 'outcome' ? 'lost' : status === 'rejected' ? 'rejection' : 'returned';
  const codes = ws.policy.reason_codes?.[list];
  const title = Array.isArray(codes) ? codes.find((c) => c.code === code)?.title : undefined;
  return {
    status,
    statusText: statusWords(status),
    reason: code === undefined ? undefined : (title ?? code),
  };
}

function statusWords(status: string): string {
  switch (status) {
    case 'rejected':
    case 'returned':
    case 'won':
    case 'lost':
    case 'withdrawn':
      return t(`digest.status.${status}`);
    default:
      return status;
  }
}

import { todayUtc } from '../checks/context.js';
import { addDays } from '../checks/date/calendar.js';
import type { ListFlags } from '../cli/commands.js';
import { UserError } from '../cli/errors.js';
import type { Globals } from '../cli/globals.js';
import { additions, type Addition } from '../git/added.js';
import { findDefaultBase, type FoundBase } from '../git/base.js';
import { openRepo, type Repo } from '../git/repo.js';
import { resolveCommit } from '../git/shallow.js';
import { filesAt } from '../git/show.js';
import { countOf, t } from '../i18n/index.js';
import type { Registration } from '../model/registration.js';
import { get, str } from '../model/read.js';
import { derive, states, type State } from '../policy/derive.js';
import type { ListRow } from '../output/list/row.js';
import { readDocuments, type ReadDocument } from '../cache/kept-documents.js';
import { registrationsInPlace } from '../workspace/files.js';
import { openWorkspace } from '../workspace/load.js';
import type { Workspace } from '../workspace/workspace.js';
import { parseToday } from './today.js';

/** What the base branch says: which registrations are merged, and when each was. */
interface BaseFacts {
  onBase: Set<string>;
  added: Map<string, Addition>;
}

/** Registrations with their derived state, filtered, as a table, JSON or CSV. */
export async function listCommand(flags: ListFlags, g: Globals): Promise<number> {
  const ws = openWorkspace(g.cwd);
  const today = flags.today ? parseToday(flags.today, 'list') : todayUtc();
  const state = flags.state === undefined ? undefined : parseState(flags.state);
  const expiring = flags.expiring === undefined ? undefined : parseDays(flags.expiring);
  // A misspelt partner would list nothing, which reads as "no registrations".
  const partner = flags.partner;
  if (
    partner !== undefined &&
    !ws.partners.has(partner) &&
    !registrationsInPlace(ws.root).some((rel) => rel.startsWith(`registrations/${partner}/`))
  ) {
    const known = [...ws.partners.keys()].sort().join(', ');
    throw new UserError(
      t('list.bad-partner', { value: partner, known }),
      t('cli.usage.hint', { command: 'list' }),
    );
  }
  const facts = await baseFacts(ws, flags.base);

  const rels = registrationsInPlace(ws.root);
  const docs = await readDocuments(ws, rels, flags.cache !== false);
  const unreadable = docs.filter((d) => !d.data).length;
  if (unreadable > 0)
    process.stderr.write(
      `${t('list.unreadable', { files: countOf('registration-file', unreadable) })}\n`,
    );
  const rows = docs
    .filter((d) => d.data)
    .map((d) => rowOf(d, ws, today, facts))
    .filter((row) => state === undefined || row.state === state)
    .filter((row) => flags.partner === undefined || row.partner === flags.partner)
    .filter((row) => expiring === undefined || endsWithin(row, today, expiring));

  process.stdout.write(await render(flags.format, rows));
  return 0;
}

function rowOf(
  unit: ReadDocument,
  ws: Workspace,
  today: string,
  facts: BaseFacts | undefined,
): ListRow {
  const reg = unit.data as Partial<Registration>;
  const merged = facts === undefined ? undefined : facts.onBase.has(unit.rel);
  const derived = derive(reg, ws.policy, { today, merged });
  return {
    id: str(reg.id) ?? unit.rel,
    partner: str(reg.partner) ?? '',
    kind: str(reg.kind) ?? '',
    customer: str(get(reg.customer, 'name')) ?? '',
    tier: derived.tier.tier.id,
    state: derived.state,
    submitted_on: str(reg.submitted_on) ?? '',
    protection_end: derived.protectionEnd ?? '',
    merged_at: merged === false ? '' : (facts?.added.get(unit.rel)?.time ?? ''),
  };
}

/** Still protecting its customer, and the protection ends within `days` from today. */
function endsWithin(row: ListRow, today: string, days: number): boolean {
  if (row.state !== 'active' && row.state !== 'expiring') return false;
  return row.protection_end !== '' && row.protection_end <= addDays(today, days);
}

/**
 * Without git, or without the base branch in the clone, every registration counts as
 * merged; only a base named with --base must exist.
 */
async function baseFacts(ws: Workspace, base: string | undefined): Promise<BaseFacts | undefined> {
  const found = base === undefined ? await findDefaultBase(ws.root) : await namedBase(ws, base);
  if (found === undefined) return undefined;
  const { repo, ref, commit } = found;
  const onBase = await filesAt(repo, commit, 'registrations');
  return { onBase, added: await mergeTimes(repo, commit, ref) };
}

async function namedBase(ws: Workspace, ref: string): Promise<FoundBase> {
  const repo = await openRepo(ws.root);
  return { repo, ref, commit: await resolveCommit(repo, ref, 'base') };
}

/** When each was merged; a shallow clone cannot say, which is noted rather than fatal. */
async function mergeTimes(repo: Repo, commit: string, ref: string): Promise<Map<string, Addition>> {
  try {
    return await additions(repo, commit, ref);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    process.stderr.write(`${error.message}\n${t('cli.hint')}: ${error.hint ?? ''}\n`);
    return new Map();
  }
}

async function render(format: ListFlags['format'], rows: ListRow[]): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../output/list/json.js')).listJson(rows);
    case 'csv':
      return (await import('../output/list/csv.js')).listCsv(rows);
    case 'table':
      return (await import('../output/list/table.js')).listTable(rows);
  }
}

function parseState(value: string): State {
  const state = states.find((s) => s === value);
  if (state !== undefined) return state;
  throw new UserError(
    t('list.bad-state', { value, known: states.join(', ') }),
    t('cli.usage.hint', { command: 'list' }),
  );
}

function parseDays(value: string): number {
  if (/^\d{1,5}$/.test(value)) return Number(value);
  throw new UserError(t('list.bad-days', { value }), t('cli.usage.hint', { command: 'list' }));
}

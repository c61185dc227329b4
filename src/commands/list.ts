import { existsSync } from 'node:fs';
import { todayUtc } from '../checks/context.js';
import { addDays } from '../checks/date/calendar.js';
import type { Unit } from '../checks/unit.js';
import type { ListFlags } from '../cli/commands.js';
import { UserError } from '../cli/errors.js';
import type { Globals } from '../cli/globals.js';
import { additions, type Addition } from '../git/added.js';
import { defaultBase } from '../git/base.js';
import { findRepo, openRepo, type Repo } from '../git/repo.js';
import { resolveCommit } from '../git/shallow.js';
import { filesAt } from '../git/show.js';
import { t } from '../i18n/index.js';
import type { Registration } from '../model/registration.js';
import { get, str, type Doc } from '../model/read.js';
import { derive, states, type State } from '../policy/derive.js';
import type { ListRow } from '../output/list/row.js';
import { cacheFileOf, listedKeys } from '../cache/facts-cache.js';
import { documentsFileOf, openDocuments } from '../cache/documents.js';
import { loadUnitsParallel } from '../load/parallel.js';
import { registrationFiles } from '../workspace/files.js';
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
  const facts = await baseFacts(ws, flags.base);

  const rels = registrationFiles(ws.root);
  const documents = flags.cache === false ? loadedDocuments(ws, rels) : keptDocuments(ws, rels);
  const docs = await documents;
  const unreadable = docs.filter((d) => !d.data).length;
  if (unreadable > 0) process.stderr.write(`${t('list.unreadable', { count: unreadable })}\n`);
  const rows = docs
    .filter((d) => d.data)
    .map((d) => rowOf(d, ws, today, facts))
    .filter((row) => state === undefined || row.state === state)
    .filter((row) => flags.partner === undefined || row.partner === flags.partner)
    .filter((row) => expiring === undefined || endsWithin(row, today, expiring));

  process.stdout.write(await render(flags.format, rows));
  return 0;
}

/** A registration as the list reads it: its file and its document, if it has one. */
interface Listed {
  rel: string;
  data: Doc | undefined;
}

async function loadedDocuments(ws: Workspace, rels: readonly string[]): Promise<Listed[]> {
  return listed(await loadUnitsParallel(ws, rels));
}

/**
 * The documents `reg report` keeps in the cache (cache/documents.ts) stand in for the
 * files they were parsed from, which are then not read; the rest are loaded, and kept
 * for the next run. At 100,000 registrations parsing is most of what a list costs.
 * Without such documents the files are only loaded: keeping them all would make that
 * list slower by a third, for lists that may never come.
 */
async function keptDocuments(ws: Workspace, rels: readonly string[]): Promise<Listed[]> {
  const where = cacheFileOf(ws);
  if (!existsSync(documentsFileOf(where.file))) return loadedDocuments(ws, rels);
  const docs = openDocuments(where.file, where.stamp, await listedKeys(ws, rels), rels);
  const kept = new Map<string, Doc>();
  for (const rel of rels) {
    const doc = docs.has(rel) ? docs.get(rel) : undefined;
    if (doc) kept.set(rel, doc);
  }
  // A kept row that is no document after all is a file to read again, as a report does.
  const load = rels.filter((rel) => !kept.has(rel));
  const loaded = await loadUnitsParallel(ws, load, undefined, { keyed: true });
  docs.save(loaded);
  const byRel = new Map(listed(loaded).map((d) => [d.rel, d]));
  return rels.map((rel) => byRel.get(rel) ?? { rel, data: kept.get(rel) });
}

function listed(units: readonly Unit[]): Listed[] {
  return units.map(({ rel, data }) => ({ rel, data }));
}

function rowOf(unit: Listed, ws: Workspace, today: string, facts: BaseFacts | undefined): ListRow {
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
  const repo: Repo | undefined =
    base === undefined ? await findRepo(ws.root) : await openRepo(ws.root);
  if (repo === undefined) return undefined;
  const ref = base ?? (await defaultBase(repo));
  let commit: string;
  try {
    commit = await resolveCommit(repo, ref, 'base');
  } catch (error) {
    if (base === undefined && error instanceof UserError) return undefined;
    throw error;
  }
  const onBase = await filesAt(repo, commit, 'registrations');
  return { onBase, added: await mergeTimes(repo, commit, ref) };
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

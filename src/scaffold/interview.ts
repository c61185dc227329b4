import type { Finding, Segment } from '../findings/finding.js';
import { formatPath } from '../findings/finding.js';
import { t } from '../i18n/index.js';
import type { Partner } from '../model/partner.js';
import { get, isDoc, list, str, type Doc } from '../model/read.js';
import { fieldText } from '../schema/fields.js';
import type { Workspace } from '../workspace/workspace.js';
import { choicesFor } from './choices.js';
import { questionsFor, type Question } from './plan.js';
import type { Prompter } from './prompter.js';
import { answerProblem, typedValue } from './value.js';

export interface InterviewDeps {
  ws: Workspace;
  prompter: Prompter;
  /** Conflict findings for the data so far; asked after the customer and the products. */
  conflicts(data: Doc): Finding[];
}

/**
 * Asks for everything the kind needs that is not known yet, in the schema's order, each
 * question with its field's description; answers are checked as they are typed.
 */
export async function interview(
  data: Doc,
  kind: string | undefined,
  deps: InterviewDeps,
): Promise<string> {
  const chosen = kind ?? (await askKind(deps));
  data.kind = chosen;
  await askPartner(data, deps);
  await askContact(data, deps);
  const partner = deps.ws.partners.get(str(data.partner) ?? '');
  const told = new Set<string>();
  for (const q of questionsFor(chosen, deps.ws.policy)) {
    await ask(q, data, [q.key], { ...deps, partner });
    if (q.key === 'customer' || q.key === 'products') tellConflicts(deps, data, told);
  }
  return chosen;
}

/**
 * Asks once more for fields whose answers the checks of the whole registration refused
 * (`paths` as findings give them, e.g. `products[0].quantity`): an answer checked alone
 * may still clash with another, as a close date before the submission date, and a value
 * given with --set is not asked at all. Only the fields the interview asks are asked
 * again, each in its place; returns how many were.
 */
export async function askAgain(
  data: Doc,
  kind: string,
  paths: readonly string[],
  deps: InterviewDeps,
): Promise<number> {
  const questions = new Map<string, Question>();
  const collect = (qs: readonly Question[]): void => {
    for (const q of qs) {
      if (q.type === 'value') questions.set(q.path, q);
      else collect(q.type === 'group' ? q.fields : q.entry);
    }
  };
  collect(questionsFor(kind, deps.ws.policy));
  const partner = deps.ws.partners.get(str(data.partner) ?? '');
  let asked = 0;
  for (const path of new Set(paths)) {
    const q = questions.get(path.replace(/\[\d+\]/g, '[]'));
    const at = segmentsOf(path);
    const key = at[at.length - 1];
    const parent = slotAt(data, at.slice(0, -1));
    if (!q || key === undefined || parent === undefined) continue;
    const value = await askValue(q, path, { ...deps, partner });
    if (value !== undefined) writeSlot(parent, key, value);
    else if (typeof key === 'string' && !Array.isArray(parent)) delete parent[key];
    asked += 1;
  }
  return asked;
}

function segmentsOf(path: string): Segment[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''),
  );
}

/** The map or list at `at` inside `data`, if there is one. */
function slotAt(data: Doc, at: readonly Segment[]): Doc | unknown[] | undefined {
  let here: unknown = data;
  for (const key of at) {
    if (!isDoc(here) && !Array.isArray(here)) return undefined;
    here = readSlot(here, key);
  }
  return isDoc(here) || Array.isArray(here) ? here : undefined;
}

async function askKind(deps: InterviewDeps): Promise<string> {
  const choices = Object.entries(deps.ws.policy.kinds).map(([value, k]) => ({
    value,
    name: `${value} — ${k.title}`,
    description: k.description,
  }));
  return deps.prompter.select({ message: t('new.ask.kind'), choices });
}

async function askPartner(data: Doc, deps: InterviewDeps): Promise<void> {
  if (data.partner !== undefined) return;
  const choices = [...deps.ws.partners.values()].map((p) => ({
    value: p.id,
    name: `${p.id} — ${p.name}`,
  }));
  data.partner = await deps.prompter.select({ message: t('new.ask.partner'), choices });
}

async function askContact(data: Doc, deps: InterviewDeps): Promise<void> {
  if (isDoc(data.submitted_by) && data.submitted_by.email !== undefined) return;
  const partner = deps.ws.partners.get(str(data.partner) ?? '');
  const contacts = Array.isArray(partner?.contacts) ? partner.contacts : [];
  const choices = contacts.map((c) => ({ value: c.email, name: `${c.name} <${c.email}>` }));
  const only = choices.length === 1 ? choices[0] : undefined;
  if (only) deps.prompter.note(`${t('new.ask.contact')}: ${only.name}`);
  const email = only
    ? only.value
    : await deps.prompter.select({ message: t('new.ask.contact'), choices });
  const contact = contacts.find((c) => c.email === email);
  data.submitted_by = { name: contact?.name ?? '', email };
}

type Deps = InterviewDeps & { partner: Partner | undefined };

async function ask(q: Question, parent: Doc | unknown[], at: Segment[], deps: Deps): Promise<void> {
  const key = at[at.length - 1] as Segment;
  const current = readSlot(parent, key);
  if (q.type === 'value') {
    if (current === undefined || current === '') {
      const value = await askValue(q, formatPath(at), deps);
      if (value !== undefined) writeSlot(parent, key, value);
    }
    return;
  }
  if (q.type === 'group') {
    const group = isDoc(current) ? current : {};
    deps.prompter.note(heading(q));
    for (const child of q.fields) await ask(child, group, [...at, child.key], deps);
    if (Object.keys(group).length > 0) writeSlot(parent, key, group);
    return;
  }
  await askList(q, parent, at, deps);
}

async function askList(
  q: Question & { type: 'list' },
  parent: Doc | unknown[],
  at: Segment[],
  deps: Deps,
): Promise<void> {
  const key = at[at.length - 1] as Segment;
  const entries = [...list(readSlot(parent, key))];
  const title = fieldText(q.info).title || q.key;
  for (let i = 0; ; i += 1) {
    if (i >= entries.length && i >= (q.required ? q.min : 0)) {
      const more = await deps.prompter.confirm({
        message: t('new.ask.more', { title }),
        default: false,
      });
      if (!more) break;
    }
    const entry = isDoc(entries[i]) ? (entries[i] as Doc) : {};
    deps.prompter.note(t('new.ask.entry', { title, n: i + 1 }));
    for (const child of q.entry) await ask(child, entry, [...at, i, child.key], deps);
    entries[i] = entry;
  }
  if (entries.length > 0) writeSlot(parent, key, entries);
}

async function askValue(q: Question, path: string, deps: Deps): Promise<unknown> {
  const { title, description } = fieldText(q.info);
  if (description) deps.prompter.note(`  ${description}`);
  const optional = q.required ? '' : ` ${t('new.ask.optional')}`;
  const message = `${title || q.key} (${path})${optional}`;
  const choices = choicesFor(q, deps.ws.policy, deps.partner);
  if (choices) {
    const skip = q.required ? [] : [{ value: '', name: t('new.ask.skip') }];
    const fallback = q.key === 'currency' ? deps.ws.policy.base_currency : undefined;
    const picked = await deps.prompter.select({
      message,
      choices: [...choices, ...skip],
      default: fallback,
    });
    return picked === '' ? undefined : typedValue(picked, q.info.schema);
  }
  const text = await deps.prompter.input({
    message,
    validate: (typed) => validateAnswer(q, path, typed),
  });
  return text.trim() === '' ? undefined : typedValue(text, q.info.schema);
}

function validateAnswer(q: Question, path: string, typed: string): true | string {
  if (typed.trim() === '') return q.required ? t('new.ask.required') : true;
  return answerProblem(path, q.info.schema, typedValue(typed, q.info.schema)) ?? true;
}

function tellConflicts(deps: InterviewDeps, data: Doc, told: Set<string>): void {
  for (const finding of deps.conflicts(data)) {
    const key = `${finding.rule}\0${finding.message}`;
    if (told.has(key)) continue;
    told.add(key);
    deps.prompter.note(`${t('cli.warning')}: ${finding.message}`);
    if (finding.hint) deps.prompter.note(`${t('cli.hint')}: ${finding.hint}`);
  }
}

function heading(q: Question): string {
  const { title } = fieldText(q.info);
  return `\n${title || q.key}`;
}

function readSlot(parent: Doc | unknown[], key: Segment): unknown {
  return typeof key === 'number' ? list(parent)[key] : get(parent, key);
}

function writeSlot(parent: Doc | unknown[], key: Segment, value: unknown): void {
  if (typeof key === 'number' && Array.isArray(parent)) parent[key] = value;
  else if (typeof key === 'string' && !Array.isArray(parent)) parent[key] = value;
}

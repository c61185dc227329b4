import { join } from 'node:path';
import { stringify } from 'yaml';
import { todayUtc } from '../checks/context.js';
import { UserError } from '../cli/errors.js';
import type { Globals } from '../cli/globals.js';
import { version } from '../cli/version.js';
import type { Finding } from '../findings/finding.js';
import { displayPath } from '../findings/phrase.js';
import { countOf, t } from '../i18n/index.js';
import { str, type Doc } from '../model/read.js';
import { formatter } from '../output/index.js';
import { fieldText } from '../schema/fields.js';
import { validator } from '../schema/validator.js';
import {
  checkKind,
  checkPartner,
  fillImplied,
  startingData,
  type StartFlags,
} from '../scaffold/assemble.js';
import { idFor, nextSequence, writeUnderNextId } from '../scaffold/ids.js';
import { knownIds } from '../scaffold/known-ids.js';
import { askAgain, interview, type InterviewDeps } from '../scaffold/interview.js';
import { missingFields } from '../scaffold/missing.js';
import { inSchemaOrder } from '../scaffold/order.js';
import { questionsFor } from '../scaffold/plan.js';
import { previewFindings, sortFindings, type Sorted } from '../scaffold/preview.js';
import { terminalPrompter, type Prompter } from '../scaffold/prompter.js';
import { renderRegistration } from '../scaffold/render.js';
import { schemaLine } from '../scaffold/schema-line.js';
import { summaryLines } from '../scaffold/summary.js';
import { loadTemplate } from '../scaffold/template.js';
import { openWorkspace } from '../workspace/load.js';
import type { Workspace } from '../workspace/workspace.js';
import { parseToday } from './today.js';

export interface NewFlags extends StartFlags {
  yes?: boolean;
  dryRun?: boolean;
  today?: string;
}

/** `reg new [KIND]`; `prompter` is given by the tests, else the terminal's when it is one. */
export async function newCommand(
  kindArg: string | undefined,
  flags: NewFlags,
  g: Globals,
  prompter?: Prompter,
): Promise<number> {
  process.once('SIGINT', interrupted);
  try {
    return await newRegistration(kindArg, flags, g, prompter);
  } finally {
    process.off('SIGINT', interrupted);
  }
}

async function newRegistration(
  kindArg: string | undefined,
  flags: NewFlags,
  g: Globals,
  prompter: Prompter | undefined,
): Promise<number> {
  const ws = openWorkspace(g.cwd);
  const today = flags.today ? parseToday(flags.today) : todayUtc();
  const data = startingData(ws, flags, g.cwd, today);
  const asker = prompter ?? (await interactivePrompter(flags));
  if (kindArg !== undefined) checkKind(ws, kindArg);
  checkPartner(ws, data.partner);
  fillImplied(ws, data);
  let kind = kindArg ?? str(data.kind);
  const known = knownOnce(ws.root);
  const deps: InterviewDeps | undefined = asker && {
    ws,
    prompter: asker,
    conflicts: (d: Doc): Finding[] => conflictsOf(ws, d, today, known),
  };
  if (deps) kind = await interview(data, kind, deps);
  kind ??= 'deal';
  checkKind(ws, kind);
  data.kind = kind;
  checkPartner(ws, data.partner);
  return finish(ws, data, kind, { flags, today, asker, deps, quiet: g.quiet, known });
}

/**
 * An interrupt outside a question (a signal, or Ctrl-C while checking): files are only
 * ever created whole by a synchronous step, so stopping between steps writes nothing.
 */
function interrupted(): void {
  process.stderr.write(`${t('write.interrupted')}\n`);
  process.exit(130);
}

async function interactivePrompter(flags: NewFlags): Promise<Prompter | undefined> {
  // Never wait for input that cannot come: without a terminal this is `--yes`.
  if (flags.yes || process.stdin.isTTY !== true) return undefined;
  return terminalPrompter();
}

type Known = (partner: string) => readonly string[];

/** `knownIds` asked once per partner: the interview may ask for the next id many times. */
function knownOnce(root: string): Known {
  const seen = new Map<string, readonly string[]>();
  return (partner) => {
    const ids = seen.get(partner) ?? knownIds(root, partner);
    seen.set(partner, ids);
    return ids;
  };
}

interface Run {
  flags: NewFlags;
  today: string;
  asker: Prompter | undefined;
  /** The interview's, to ask again for answers the whole registration's checks refuse. */
  deps?: InterviewDeps;
  quiet: boolean;
  /** Ids the code host has taken as git last saw it, so that none is handed out again. */
  known: Known;
}

/** Rounds of asking again before `reg new` gives up, so that no answer loops forever. */
const askAgainRounds = 3;

async function finish(ws: Workspace, data: Doc, kind: string, run: Run): Promise<number> {
  for (let round = 1; ; round += 1) {
    const outcome = await finishOnce(ws, data, kind, run);
    if (outcome.code !== undefined) return outcome.code;
    const { rel, text, errors } = outcome;
    // Answers already typed are never thrown away for one that clashes: it is asked again.
    await showFindings(ws, rel, text, errors);
    const deps = run.deps;
    if (deps && round <= askAgainRounds) {
      deps.prompter.note(t('new.ask-again'));
      const paths = errors.map((f) => f.path);
      if ((await askAgain(data, kind, paths, deps)) > 0) continue;
    }
    process.stderr.write(
      `${t('cli.error')}: ${t('new.refused', { problems: countOf('problem', errors.length) })}\n`,
    );
    return 1;
  }
}

type Outcome =
  { code: number } | { code?: undefined; rel: string; text: string; errors: Finding[] };

async function finishOnce(ws: Workspace, data: Doc, kind: string, run: Run): Promise<Outcome> {
  refuseMissing(missingFields(questionsFor(kind, ws.policy), data));
  const partner = String(data.partner);
  const submitted = str(data.submitted_on) ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(submitted)) {
    throw new UserError(t('new.date.bad', { value: submitted }), t('new.set.hint'));
  }
  const year = submitted.slice(0, 4);
  const template = loadTemplate(ws.root, kind);
  const render = (id: string): string => {
    const file = join(ws.root, 'registrations', partner, `${id}.yaml`);
    return renderRegistration(template, data, id, schemaLine(ws.root, file));
  };
  const id = idFor(partner, year, nextSequence(ws.root, partner, year, run.known(partner)));
  const rel = `registrations/${partner}/${id}.yaml`;
  const text = render(id);
  const sorted = sortFindings(previewFindings(ws, rel, text, run.today));
  if (!run.asker) tellConflicts(sorted.conflicts);
  if (sorted.errors.length > 0) return { rel, text, errors: sorted.errors };
  if (run.flags.dryRun) {
    process.stdout.write(text);
    process.stderr.write(`${t('new.would-write', { file: rel })}\n`);
    return { code: 0 };
  }
  if (run.asker && !(await confirmWrite(run.asker, data, id, rel, sorted))) {
    process.stderr.write(`${t('new.cancelled')}\n`);
    return { code: 0 };
  }
  const written = writeUnderNextId({
    root: ws.root,
    partner,
    year,
    render,
    known: run.known(partner),
  });
  report(ws, written.rel, sorted, run.quiet);
  return { code: 0 };
}

function refuseMissing(missing: string[]): void {
  if (missing.length === 0) return;
  const fields = validator('registration').fields;
  const details = missing.map((path) => {
    const { title } = fieldText(fields.get(path.replace(/\[\d+\]/g, '[]')));
    return title ? `${path} (${title})` : path;
  });
  throw new UserError(
    t('new.missing', { fields: countOf('required-field', missing.length) }),
    t('new.missing.hint'),
    1,
    details,
  );
}

function tellConflicts(conflicts: readonly Finding[]): void {
  for (const f of conflicts)
    process.stderr.write(`${t('cli.warning')}: ${t('new.conflict', { message: f.message })}\n`);
}

/** The findings that keep the registration from being written, with their source lines. */
async function showFindings(
  ws: Workspace,
  rel: string,
  text: string,
  errors: Finding[],
): Promise<void> {
  const lines = text.split('\n');
  const render = await formatter('pretty');
  process.stderr.write(
    render({
      command: 'new',
      version: version(),
      files: [displayPath(join(ws.root, rel))],
      findings: errors,
      strict: false,
      color: false,
      sourceLine: (_file, line) => lines[line - 1],
    }),
  );
}

async function confirmWrite(
  asker: Prompter,
  data: Doc,
  id: string,
  rel: string,
  sorted: Sorted,
): Promise<boolean> {
  asker.note(`\n${t('new.summary')}`);
  for (const line of summaryLines(inSchemaOrder({ ...data, id }))) asker.note(line);
  const conflict = sorted.conflicts.length > 0;
  const message = t(conflict ? 'new.confirm.conflict' : 'new.confirm', { file: rel });
  return asker.confirm({ message, default: !conflict });
}

function report(ws: Workspace, rel: string, sorted: Sorted, quiet: boolean): void {
  const shown = displayPath(join(ws.root, rel));
  const out = [t('new.wrote', { file: shown })];
  const todo = [...sorted.conflicts, ...sorted.later, ...sorted.other];
  if (todo.length > 0) {
    out.push(t('new.later'));
    for (const f of todo) out.push(`  - ${f.path ? `${f.path}: ` : ''}${f.message} [${f.rule}]`);
  }
  if (!quiet) out.push(t('new.next', { file: shown }));
  process.stdout.write(`${out.join('\n')}\n`);
}

function conflictsOf(ws: Workspace, data: Doc, today: string, known: Known): Finding[] {
  const partner = str(data.partner) ?? 'unknown';
  const year = (str(data.submitted_on) ?? today).slice(0, 4);
  const id = idFor(partner, year, nextSequence(ws.root, partner, year, known(partner)));
  const rel = `registrations/${partner}/${id}.yaml`;
  const text = stringify(inSchemaOrder({ ...data, id }));
  return previewFindings(ws, rel, text, today).filter((f) => f.rule.startsWith('conflict.'));
}

import { dirname, join, relative, resolve } from 'node:path';
import { UserError } from '../cli/errors.js';
import type { Globals } from '../cli/globals.js';
import { countOf, language, t } from '../i18n/index.js';
import { findRepo } from '../git/repo.js';
import { codeownersText } from './codeowners.js';
import { renderProcess } from './docs.js';
import { basePlan, type Planned } from '../init/plan.js';
import { writeAtomic } from '../workspace/atomic.js';
import { makeFolder } from '../workspace/write-error.js';
import { openWorkspace } from '../workspace/load.js';
import type { Workspace } from '../workspace/workspace.js';

interface Outcome {
  created: string[];
  skipped: string[];
}

/** `reg init [DIR]`: a new workspace; a file that exists is skipped, never overwritten. */
export async function initCommand(dir: string | undefined, g: Globals): Promise<number> {
  const root = resolve(g.cwd, dir ?? '.');
  makeFolder(root);
  const outcome: Outcome = { created: [], skipped: [] };
  let ws: Workspace | undefined;
  const programName = (): string => ws?.policy.program.name ?? 'Partner program';
  const [policy, ...rest] = basePlan(programName);
  if (policy) write(root, policy, outcome);
  ws = tryOpen(root);
  for (const planned of rest) write(root, planned, outcome);
  ws = tryOpen(root);
  if (ws) {
    const current = ws;
    const docs = {
      rel: 'docs/PROCESS.md',
      text: () => renderProcess(current, language(), 'docs/PROCESS.md'),
    };
    write(root, docs, outcome);
    const owners = codeownersText(current, (await findRepo(root))?.prefix ?? '');
    write(root, { rel: '.github/CODEOWNERS', text: () => owners }, outcome);
  }
  print(root, outcome, ws !== undefined, g.quiet);
  return 0;
}

function write(root: string, planned: Planned, outcome: Outcome): void {
  const target = join(root, planned.rel);
  makeFolder(dirname(target));
  if (writeAtomic(target, planned.text())) outcome.created.push(planned.rel);
  else outcome.skipped.push(planned.rel);
}

/** The workspace when its policy loads; an existing invalid policy is reported, not fixed. */
function tryOpen(root: string): Workspace | undefined {
  try {
    return openWorkspace(root);
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`${t('cli.warning')}: ${error.message}\n${t('init.no-docs')}\n`);
      return undefined;
    }
    throw error;
  }
}

function print(root: string, outcome: Outcome, docs: boolean, quiet: boolean): void {
  const where = relative(process.cwd(), root) || '.';
  const lines: string[] = [
    t('init.done', { dir: where, files: countOf('file', outcome.created.length) }),
  ];
  lines.push(...outcome.created.map((rel) => `  + ${rel}`));
  if (outcome.skipped.length > 0) {
    lines.push(t('init.skipped', { files: countOf('file', outcome.skipped.length) }));
    lines.push(...outcome.skipped.map((rel) => `  = ${rel}`));
  }
  if (!quiet) {
    lines.push('', t('init.next', { dir: where }));
    if (!docs) lines.push(t('init.no-docs'));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

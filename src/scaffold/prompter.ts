import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';

/** A choice of a select question. */
export interface Choice {
  value: string;
  name: string;
  description?: string;
}

/**
 * What `reg new` needs from a terminal. The command uses @inquirer/prompts; the tests
 * answer from a script, so the flow is tested without a terminal.
 */
export interface Prompter {
  input(q: {
    message: string;
    default?: string;
    validate(text: string): true | string;
  }): Promise<string>;
  select(q: { message: string; choices: Choice[]; default?: string }): Promise<string>;
  confirm(q: { message: string; default: boolean }): Promise<boolean>;
  /** A line of explanation shown before a question; never part of the results. */
  note(text: string): void;
}

/** Prompts on the terminal; they write to stderr so that `--dry-run` output stays clean. */
export async function terminalPrompter(): Promise<Prompter> {
  const { input, select, confirm } = await import('@inquirer/prompts');
  const context = { output: process.stderr };
  return {
    input: (q) =>
      cancellable(input({ message: q.message, default: q.default, validate: q.validate }, context)),
    select: (q) =>
      cancellable(select({ message: q.message, choices: q.choices, default: q.default }, context)),
    confirm: (q) => cancellable(confirm({ message: q.message, default: q.default }, context)),
    note: (text) => process.stderr.write(`${text}\n`),
  };
}

/** Ctrl-C at a question ends `reg new` as a choice of the user (exit 130), not as a fault. */
async function cancellable<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') {
      throw new UserError(t('write.interrupted'), undefined, 130);
    }
    throw error;
  }
}

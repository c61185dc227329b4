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
  const { default: chalk } = await import('chalk');
  const context = { output: process.stderr };
  // The prompts' own words (the keys under a list, the answer to a yes/no question) in
  // the run's language, drawn as the prompts draw them.
  const selectTheme = {
    style: {
      keysHelpTip: (keys: [string, string][]): string =>
        keys
          .map(([key, action]) => `${chalk.bold(key)} ${chalk.dim(keyAction(action))}`)
          .join(chalk.dim(' • ')),
    },
  };
  const yesNo = (value: boolean): string => t(value ? 'new.answer.yes' : 'new.answer.no');
  return {
    input: (q) =>
      cancellable(input({ message: q.message, default: q.default, validate: q.validate }, context)),
    select: (q) =>
      cancellable(
        select(
          { message: q.message, choices: q.choices, default: q.default, theme: selectTheme },
          context,
        ),
      ),
    confirm: (q) =>
      cancellable(confirm({ message: q.message, default: q.default, transformer: yesNo }, context)),
    note: (text) => process.stderr.write(`${text}\n`),
  };
}

function keyAction(action: string): string {
  if (action === 'navigate') return t('new.keys.navigate');
  if (action === 'select') return t('new.keys.select');
  return action;
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

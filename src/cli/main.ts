import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { pickLanguage, setLanguage, t } from '../i18n/index.js';
import { writeReason } from '../workspace/write-error.js';
import { isUserError, UserError } from './errors.js';
import type { Globals } from './globals.js';
import { defineCommands } from './commands.js';
import { exitCode } from './exit-code.js';
import { commandOf, helpExtra, helpTitle, usageMessage } from './usage.js';
import { version } from './version.js';

/** Runs `reg` with the given argv and resolves to the exit code; never throws. */
export async function run(argv: readonly string[]): Promise<number> {
  setLanguage(pickLanguage(langFlag(argv), process.env));
  const debug = argv.includes('--debug');
  endOnClosedPipe(debug);
  try {
    const program = build();
    await program.parseAsync([...argv]);
    return exitCode();
  } catch (error) {
    // argv is process.argv: node and the script come first.
    return report(error, debug, commandOf(argv.slice(2)));
  }
}

/**
 * A reader that stops early (`reg list | head`) closes the pipe: the output ends there,
 * as with any command-line tool, rather than in an error with a stack trace. The run
 * goes on to its end unheard, so that its exit code is the one it would have had: CI
 * that pipes `reg validate` through `head` still fails on errors. Any other failure to
 * write is said like any other failure.
 */
function endOnClosedPipe(debug: boolean): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') process.exit(report(outputFailure(error), debug));
      stream.write = (): boolean => true;
    });
  }
}

/** A disk that is full, say, under a redirection: said in words, as for --out. */
function outputFailure(error: NodeJS.ErrnoException): unknown {
  const why = writeReason(error);
  if (!why) return error;
  return new UserError(t('cli.output.failed', why), t('cli.output.failed.hint'));
}

function build(): Command {
  const program = new Command('reg');
  program
    .description(t('help.reg'))
    .version(version(), '-V, --version', t('help.version'))
    .helpOption('-h, --help', t('help.help'))
    .option('-C, --cwd <dir>', t('help.cwd'))
    .addOption(langOption())
    .option('--no-color', t('help.no-color'))
    .option('-q, --quiet', t('help.quiet'))
    .option('--debug', t('help.debug'))
    .showSuggestionAfterError()
    .configureHelp(helpInLanguage())
    .exitOverride()
    // A parse error is said by `report`, in the run's language and with a hint.
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: () => undefined });
  program.addHelpCommand(false);
  defineCommands(program, () => globals(program));
  return program;
}

/** commander's own words in the help (headings, choices, defaults) in the run's language. */
function helpInLanguage(): Partial<Help> {
  return {
    styleTitle: (title: string): string => helpTitle(title),
    optionDescription(this: Help, option: Option): string {
      return helpExtra(Help.prototype.optionDescription.call(this, option));
    },
  };
}

/** `--lang`, whatever the case it is typed in, as LANG is read. */
function langOption(): Option {
  const choices = ['en', 'zh-CN', 'zh'];
  return new Option('--lang <lang>', t('help.lang')).choices(choices).argParser((value) => {
    if (choices.some((c) => c.toLowerCase() === value.toLowerCase())) return value;
    throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
  });
}

function globals(program: Command): Globals {
  const o = program.opts<{
    cwd?: string;
    lang?: string;
    color: boolean;
    quiet?: boolean;
    debug?: boolean;
  }>();
  const noColorEnv = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return {
    cwd: o.cwd ?? process.cwd(),
    lang: pickLanguage(o.lang, process.env),
    color: o.color && !noColorEnv && process.stdout.isTTY === true,
    quiet: o.quiet === true,
    debug: o.debug === true,
  };
}

function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

function report(error: unknown, debug: boolean, command?: string): number {
  if (error instanceof CommanderError) {
    // Help and version exit 0; every other parse failure is a usage error.
    if (error.exitCode === 0 || error.code === 'commander.helpDisplayed') return 0;
    if (error.code === 'commander.version') return 0;
    const known = command !== undefined && error.code !== 'commander.unknownCommand';
    const hint = known ? t('cli.usage.hint', { command }) : t('cli.usage.general-hint');
    process.stderr.write(`${t('cli.error')}: ${usageMessage(error)}\n${t('cli.hint')}: ${hint}\n`);
    return 2;
  }
  if (isUserError(error)) {
    const lines = [`${t('cli.error')}: ${error.message}`, ...error.details.map((d) => `  ${d}`)];
    if (error.hint) lines.push(`${t('cli.hint')}: ${error.hint}`);
    process.stderr.write(`${lines.join('\n')}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `${t('cli.internal', { detail })}\n${t('cli.hint')}: ${t('cli.internal.hint')}\n`,
  );
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return 70;
}

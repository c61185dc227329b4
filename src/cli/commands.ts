import { Command, Option } from 'commander';
import { t } from '../i18n/index.js';
import { listFormats } from '../output/list/row.js';
import { findingFormats } from '../output/report.js';
import type { NewFlags } from '../commands/new.js';
import type { SubmitFlags } from '../commands/submit.js';
import type { UpdateFlags } from '../commands/update.js';
import type { Globals } from './globals.js';
import { defineReportCommands } from './commands-report.js';
import { setExitCode } from './exit-code.js';

type GlobalsOf = () => Globals;

/**
 * Every command's options. Each command's module is imported only when it runs, so
 * that `reg --help` does not pay for ajv, yaml or git.
 */
export function defineCommands(program: Command, globals: GlobalsOf): void {
  program
    .command('validate')
    .description(t('help.validate'))
    .argument('[paths...]', t('help.validate.paths'))
    .addOption(
      new Option('-f, --format <format>', t('help.format'))
        .choices([...findingFormats])
        .default('pretty'),
    )
    .option('--strict', t('help.strict'))
    .option('--changed', t('help.changed'))
    .option('--base <ref>', t('help.base'))
    .option('--today <date>', t('help.today'))
    .option('--no-cache', t('help.no-cache'))
    .action(async (paths: string[], options: ValidateFlags) => {
      const { validateCommand } = await import('../commands/validate.js');
      setExitCode(await validateCommand(paths, options, globals()));
    });

  program
    .command('init')
    .description(t('help.init'))
    .argument('[dir]', t('help.init.dir'))
    .action(async (dir: string | undefined) => {
      const { initCommand } = await import('../commands/init.js');
      setExitCode(await initCommand(dir, globals()));
    });

  program
    .command('new')
    .description(t('help.new'))
    .argument('[kind]', t('help.new.kind'))
    .option('-p, --partner <id>', t('help.new.partner'))
    .option('-s, --set <field=value>', t('help.new.set'), collect)
    .option('--from <file>', t('help.new.from'))
    .option('-y, --yes', t('help.new.yes'))
    .option('-n, --dry-run', t('help.new.dry-run'))
    .option('--today <date>', t('help.today'))
    .action(async (kind: string | undefined, options: NewFlags) => {
      const { newCommand } = await import('../commands/new.js');
      setExitCode(await newCommand(kind, options, globals()));
    });

  program
    .command('submit')
    .description(t('help.submit'))
    .argument('[file]', t('help.submit.file'))
    .option('--remote <name>', t('help.submit.remote'))
    .option('--upstream <name>', t('help.submit.upstream'))
    .option('--base <branch>', t('help.submit.base'))
    .option('--today <date>', t('help.today'))
    .action(async (file: string | undefined, options: SubmitFlags) => {
      const { submitCommand } = await import('../commands/submit.js');
      setExitCode(await submitCommand(file, options, globals()));
    });

  program
    .command('update')
    .description(t('help.update'))
    .option('--remote <name>', t('help.update.remote'))
    .option('--base <branch>', t('help.update.base'))
    .action(async (options: UpdateFlags) => {
      const { updateCommand } = await import('../commands/update.js');
      setExitCode(await updateCommand(options, globals()));
    });

  program
    .command('check-pr')
    .description(t('help.check-pr'))
    .requiredOption('--base <ref>', t('help.check-pr.base'))
    .option('--head <ref>', t('help.head'))
    .option('--actor <handle>', t('help.actor'))
    .addOption(formatOption())
    .option('--strict', t('help.strict'))
    .option('--today <date>', t('help.today'))
    .action(async (options: CheckPrFlags) => {
      const { checkPrCommand } = await import('../commands/check-pr.js');
      setExitCode(await checkPrCommand(options, globals()));
    });

  program
    .command('approvals')
    .description(t('help.approvals'))
    .option('--base <ref>', t('help.approvals.base'))
    .option('--head <ref>', t('help.head'))
    .option('--reviews <file>', t('help.reviews'))
    .option('--author <handle>', t('help.author'))
    .addOption(formatOption())
    .option('--today <date>', t('help.today'))
    .action(async (options: ApprovalsFlags) => {
      const { approvalsCommand } = await import('../commands/approvals.js');
      setExitCode(await approvalsCommand(options, globals()));
    });

  program
    .command('list')
    .description(t('help.list'))
    .option('--state <state>', t('help.list.state'))
    .option('--partner <partner>', t('help.list.partner'))
    .option('--expiring <days>', t('help.list.expiring'))
    .option('--base <ref>', t('help.list.base'))
    .addOption(formatOption(listFormats, 'table'))
    .option('--today <date>', t('help.today'))
    .option('--no-cache', t('help.documents.no-cache'))
    .action(async (options: ListFlags) => {
      const { listCommand } = await import('../commands/list.js');
      setExitCode(await listCommand(options, globals()));
    });

  program
    .command('history')
    .description(t('help.history'))
    .argument('<id>', t('help.history.id'))
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (id: string, options: HistoryFlags) => {
      const { historyCommand } = await import('../commands/history.js');
      setExitCode(await historyCommand(id, options, globals()));
    });

  program
    .command('codeowners')
    .description(t('help.codeowners'))
    .action(async () => {
      const { codeownersCommand } = await import('../commands/codeowners.js');
      setExitCode(await codeownersCommand(globals()));
    });

  program
    .command('explain')
    .description(t('help.explain'))
    .argument('<name>', t('help.explain.name'))
    .action(async (name: string) => {
      const { explainCommand } = await import('../commands/explain.js');
      setExitCode(await explainCommand(name, globals()));
    });

  program
    .command('docs')
    .description(t('help.docs'))
    .option('-o, --out <file>', t('help.docs.out'))
    .action(async (options: DocsFlags) => {
      const { docsCommand } = await import('../commands/docs.js');
      setExitCode(await docsCommand(options, globals()));
    });

  defineReportCommands(program, globals);
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function formatOption(choices: readonly string[] = findingFormats, fallback = 'pretty'): Option {
  return new Option('-f, --format <format>', t('help.format'))
    .choices([...choices])
    .default(fallback);
}

export interface ValidateFlags {
  format: (typeof findingFormats)[number];
  strict?: boolean;
  changed?: boolean;
  base?: string;
  today?: string;
  /** `false` with --no-cache. */
  cache: boolean;
}

export interface CheckPrFlags {
  base: string;
  head?: string;
  actor?: string;
  format: (typeof findingFormats)[number];
  strict?: boolean;
  today?: string;
}

export interface ApprovalsFlags {
  base?: string;
  head?: string;
  reviews?: string;
  author?: string;
  format: (typeof findingFormats)[number];
  today?: string;
}

export interface ListFlags {
  state?: string;
  partner?: string;
  expiring?: string;
  base?: string;
  format: (typeof listFormats)[number];
  today?: string;
  /** `false` with --no-cache. */
  cache?: boolean;
}

export interface HistoryFlags {
  format: 'text' | 'json';
}

export interface DocsFlags {
  out?: string;
}

import { Command, Option } from 'commander';
import { t } from '../i18n/index.js';
import { findingFormats } from '../output/report.js';
import type { NewFlags } from '../commands/new.js';
import type { SubmitFlags } from '../commands/submit.js';
import type { Globals } from './globals.js';
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
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export interface ValidateFlags {
  format: (typeof findingFormats)[number];
  strict?: boolean;
  changed?: boolean;
  base?: string;
  today?: string;
}

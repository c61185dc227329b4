import { Command, Option } from 'commander';
import { t } from '../i18n/index.js';
import { findingFormats } from '../output/report.js';
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
    .addOption(new Option('-f, --format <format>', t('help.format')).choices([...findingFormats]).default('pretty'))
    .option('--strict', t('help.strict'))
    .option('--changed', t('help.changed'))
    .option('--base <ref>', t('help.base'))
    .option('--today <date>', t('help.today'))
    .action(async (paths: string[], options: ValidateFlags) => {
      const { validateCommand } = await import('../commands/validate.js');
      setExitCode(await validateCommand(paths, options, globals()));
    });
  defineReportCommands(program, globals);
}

export interface ValidateFlags {
  format: (typeof findingFormats)[number];
  strict?: boolean;
  changed?: boolean;
  base?: string;
  today?: string;
}

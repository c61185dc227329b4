import { Command, Option } from 'commander';
import { t } from '../i18n/index.js';
import { findingFormats } from '../output/report.js';
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
    .addOption(new Option('-f, --format <format>', t('help.format')).choices([...findingFormats]).default('pretty'))
    .option('--strict', t('help.strict'))
    .option('--changed', t('help.changed'))
    .option('--base <ref>', t('help.base'))
    .option('--today <date>', t('help.today'))
    .action(async (paths: string[], options: ValidateFlags) => {
      const { validateCommand } = await import('../commands/validate.js');
      setExitCode(await validateCommand(paths, options, globals()));
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
}

export interface DocsFlags {
  out?: string;
}

export interface ValidateFlags {
  format: (typeof findingFormats)[number];
  strict?: boolean;
  changed?: boolean;
  base?: string;
  today?: string;
}

import { Command, Option } from 'commander';
import { t } from '../i18n/index.js';
import type { Globals } from './globals.js';
import { setExitCode } from './exit-code.js';

export const reportFormats = ['markdown', 'html', 'json', 'csv'] as const;
export const digestFormats = ['markdown', 'text'] as const;
export const exportFormats = ['csv', 'json'] as const;

export interface ReportFlags {
  format: (typeof reportFormats)[number];
  changed?: boolean;
  base?: string;
  reviews?: string;
  author?: string;
  out?: string;
  force?: boolean;
  bom?: boolean;
  today?: string;
  /** `false` with --no-cache. */
  cache?: boolean;
}

export interface DigestFlags {
  since: string;
  until?: string;
  format: (typeof digestFormats)[number];
  out?: string;
  force?: boolean;
}

export interface ExportFlags {
  format: (typeof exportFormats)[number];
  mapping?: string;
  out?: string;
  force?: boolean;
  bom?: boolean;
  today?: string;
  /** `false` with --no-cache. */
  cache?: boolean;
}

/** `reg report`, `reg digest` and `reg export`; each module is imported when it runs. */
export function defineReportCommands(program: Command, globals: () => Globals): void {
  const out = (c: Command): Command =>
    c.option('-o, --out <file>', t('help.out')).option('--force', t('help.force'));
  out(
    program
      .command('report')
      .description(t('help.report'))
      .addOption(formatOption(reportFormats, 'markdown'))
      .option('--changed', t('help.report.changed'))
      .option('--base <ref>', t('help.report.base'))
      .option('--reviews <file>', t('help.reviews'))
      .option('--author <handle>', t('help.author'))
      .option('--bom', t('help.bom'))
      .option('--today <date>', t('help.today'))
      .option('--no-cache', t('help.no-cache')),
  ).action(async (flags: ReportFlags) => {
    const { reportCommand } = await import('../commands/report.js');
    setExitCode(await reportCommand(flags, globals()));
  });
  out(
    program
      .command('digest')
      .description(t('help.digest'))
      .requiredOption('--since <date|ref>', t('help.since'))
      .option('--until <date|ref>', t('help.until'))
      .addOption(formatOption(digestFormats, 'markdown')),
  ).action(async (flags: DigestFlags) => {
    const { digestCommand } = await import('../commands/digest.js');
    setExitCode(await digestCommand(flags, globals()));
  });
  out(
    program
      .command('export')
      .description(t('help.export'))
      .addOption(formatOption(exportFormats, 'csv'))
      .option('--mapping <name>', t('help.mapping'))
      .option('--bom', t('help.bom'))
      .option('--today <date>', t('help.today'))
      .option('--no-cache', t('help.documents.no-cache')),
  ).action(async (flags: ExportFlags) => {
    const { exportCommand } = await import('../commands/export.js');
    setExitCode(await exportCommand(flags, globals()));
  });
}

function formatOption(choices: readonly string[], fallback: string): Option {
  return new Option('-f, --format <format>', t('help.format'))
    .choices([...choices])
    .default(fallback);
}

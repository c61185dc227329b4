import Handlebars from 'handlebars';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';

/**
 * Makes an unknown helper fail with the line it is used on. Handlebars' own message for
 * it has no position, and a workspace template is written by someone who needs one.
 */
export function guardHelpers(hbs: typeof Handlebars): void {
  hbs.registerHelper('helperMissing', (...args: unknown[]) => {
    const options = args[args.length - 1] as Handlebars.HelperOptions & {
      name?: string;
      loc?: { start?: { line?: number } };
    };
    const line = options.loc?.start?.line ?? 0;
    throw new TemplateFault(`unknown helper "${options.name ?? '?'}"`, line);
  });
}

class TemplateFault extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** A template's failure, compiling or rendering, as a UserError naming file and line. */
export function templateFailure(file: string, source: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  const line = lineOf(error, source, detail);
  return new UserError(t('template.failed', { file, line, detail }), t('template.failed.hint'));
}

function lineOf(error: unknown, source: string, detail: string): number {
  if (error instanceof TemplateFault) return error.line;
  if (typeof error === 'object' && error !== null && 'lineNumber' in error) {
    const n = Number((error as { lineNumber: unknown }).lineNumber);
    if (Number.isFinite(n) && n > 0) return n;
  }
  const partial = /partial (\S+) could not be found/.exec(detail)?.[1];
  const parse = /Parse error on line (\d+)/.exec(detail)?.[1];
  if (parse) return Number(parse);
  if (partial === undefined) return 0;
  const at = source.search(new RegExp(`\\{\\{~?#?>\\s*${escapeRegExp(partial)}\\b`));
  return at < 0 ? 0 : source.slice(0, at).split('\n').length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

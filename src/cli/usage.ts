import type { CommanderError } from 'commander';
import { t } from '../i18n/index.js';

/**
 * commander's parse errors in the run's language. commander words them in English only;
 * each kind is known by its code, and the names and values it quotes are taken from its
 * text. A kind not known here keeps commander's words.
 */
export function usageMessage(error: CommanderError): string {
  const text = error.message.replace(/^error: /, '').trim();
  const [first = '', ...rest] = text.split('\n');
  const quoted = [...first.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
  const said = phrase(error.code, first, quoted);
  if (said === undefined) return text;
  const suggestion = /\(Did you mean (.+)\?\)/.exec(rest.join(' '))?.[1];
  return suggestion ? `${said} ${t('cli.usage.did-you-mean', { suggestion })}` : said;
}

function phrase(code: string, first: string, quoted: string[]): string | undefined {
  const [a = '', b = ''] = quoted;
  switch (code) {
    case 'commander.unknownOption':
      return t('cli.usage.unknown-option', { option: a });
    case 'commander.unknownCommand':
      return t('cli.usage.unknown-command', { command: a });
    case 'commander.missingArgument':
      return t('cli.usage.missing-argument', { argument: a });
    case 'commander.optionMissingArgument':
      return t('cli.usage.option-missing-argument', { option: a });
    case 'commander.missingMandatoryOptionValue':
      return t('cli.usage.missing-option', { option: a });
    case 'commander.excessArguments':
      return t('cli.usage.too-many', { command: a });
    case 'commander.invalidArgument': {
      const allowed = /Allowed choices are (.+)\.$/.exec(first)?.[1];
      if (allowed === undefined) return undefined;
      return t('cli.usage.invalid-choice', { option: a, value: b, allowed });
    }
    default:
      return undefined;
  }
}

/** The command of a command line, for the hint that points at its help. */
export function commandOf(argv: readonly string[]): string | undefined {
  const valued = new Set(['-C', '--cwd', '--lang']);
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (valued.has(arg)) i += 1;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

const titles: Record<
  string,
  'cli.help.usage' | 'cli.help.options' | 'cli.help.commands' | 'cli.help.arguments'
> = {
  'Usage:': 'cli.help.usage',
  'Options:': 'cli.help.options',
  'Commands:': 'cli.help.commands',
  'Arguments:': 'cli.help.arguments',
};

/** A heading of commander's help ("Usage:", "Options:") in the run's language. */
export function helpTitle(title: string): string {
  const key = titles[title];
  return key === undefined ? title : t(key);
}

/** The "(choices: …, default: …)" commander adds to an option's description, worded. */
export function helpExtra(description: string): string {
  return description.replace(/\((choices: .*?|default: .*?)\)$/, (_whole, inner: string) => {
    const parts = inner
      .split(/, (?=choices: |default: )/)
      .map((part) =>
        part
          .replace(/^choices: /, t('cli.help.choices'))
          .replace(/^default: /, t('cli.help.default')),
      );
    return t('cli.help.extra', { parts: parts.join(t('cli.help.separator')) });
  });
}

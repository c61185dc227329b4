import { visible } from '../../output/escape.js';

/*
 * Text from a registration must read as text in a pull-request comment: it may not open a
 * link, mention a user or team, start a heading, list or table cell, or break out of the
 * line it stands on. A zero-width space (a character, not an entity, so that it survives
 * however the host orders entity decoding and autolinking) breaks mentions and autolinks.
 */
const zwsp = '\u200b';

// eslint-disable-next-line no-useless-escape -- the set reads as the list it is
const punctuation = /[\\`*_{}\[\]()#+\-.!|~]/g;

/** Markdown text for one line: every markup character escaped, newlines folded. */
export function markdownText(text: string): string {
  return breakAutolinks(
    visible(String(text))
      .replace(/\r\n?|\n/g, ' ')
      .replace(punctuation, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;'),
  );
}

/** Text inside raw HTML of a comment, such as `<summary>`, where markdown is not parsed. */
export function markdownHtml(text: string): string {
  return breakAutolinks(
    visible(String(text))
      .replace(/\r\n?|\n/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
      .replace(/[`*_[\]|\\]/g, (c) => `&#${c.charCodeAt(0)};`),
  );
}

/** Inline code, for rule ids and paths: the fence is longer than any backtick run inside. */
export function markdownCode(text: string): string {
  const clean = visible(String(text)).replace(/\r\n?|\n/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${breakMentions(clean)}${pad}${fence}`;
}

function breakAutolinks(text: string): string {
  return breakMentions(text)
    .replace(/:\/\//g, `:${zwsp}//`)
    .replace(/\b(www)\\\./gi, `$1${zwsp}\\.`);
}

function breakMentions(text: string): string {
  return text.replace(/@/g, `@${zwsp}`);
}

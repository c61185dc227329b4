import type { FileCommit } from '../git/log.js';
import { t } from '../i18n/index.js';
import { jsonText, visible } from './escape.js';

export interface HistoryEntry extends FileCommit {
  /** What changed, each in words. */
  changes: string[];
}

/** For people: one block per commit, who and when, then what changed. */
export function historyText(id: string, file: string, entries: readonly HistoryEntry[]): string {
  if (entries.length === 0) return `${t('history.none', { id })}\n`;
  const out = [`${id}  ${visible(file)}`, ''];
  for (const e of entries) {
    const when = `${e.time.slice(0, 10)} ${e.time.slice(11, 16)} UTC`;
    const who = `${visible(e.author)} <${visible(e.email)}>`;
    out.push(`${when}  ${e.commit.slice(0, 10)}  ${who}  ${visible(e.subject)}`);
    out.push(`    ${visible(e.changes.join(t('history.separator')))}`);
  }
  return `${out.join('\n')}\n`;
}

export function historyJson(id: string, file: string, entries: readonly HistoryEntry[]): string {
  return `${jsonText({ version: 1, id, file, commits: entries })}\n`;
}

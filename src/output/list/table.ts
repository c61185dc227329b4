import { countOf, t } from '../../i18n/index.js';
import { visible } from '../escape.js';
import { displayWidth } from '../width.js';
import { listColumns, type ListRow } from './row.js';

const maxCell = 40;

/** Aligned columns for a terminal; CJK characters take two columns, long cells are cut. */
export function listTable(rows: readonly ListRow[]): string {
  if (rows.length === 0) return `${t('list.none')}\n`;
  const cells = rows.map((row) => listColumns.map((c) => cut(visible(row[c]))));
  const header = listColumns.map((c) => c.replace(/_/g, ' '));
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => pad(v, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const summary = t('list.summary', { registrations: countOf('registration', rows.length) });
  return `${[line(header), ...cells.map(line), '', summary].join('\n')}\n`;
}

function cut(text: string): string {
  const chars = Array.from(text);
  return chars.length > maxCell ? `${chars.slice(0, maxCell - 1).join('')}…` : text;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

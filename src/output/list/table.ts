import { countOf, t } from '../../i18n/index.js';
import { visible } from '../escape.js';
import { displayWidth } from '../width.js';
import { listColumns, type ListRow } from './row.js';

const maxCell = 40;

/** Aligned columns for a terminal; CJK characters take two columns, long cells are cut. */
export function listTable(rows: readonly ListRow[]): string {
  if (rows.length === 0) return `${t('list.none')}\n`;
  // A table is read by people, in their language; the state is a word of the report's.
  const cell = (row: ListRow, c: keyof ListRow): string =>
    c === 'state' ? t(`report.state.${row.state}`) : row[c];
  const cells = rows.map((row) => listColumns.map((c) => cut(visible(cell(row, c)))));
  const header = listColumns.map((c) => t(`list.col.${c}`));
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

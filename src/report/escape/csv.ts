import { visible } from '../../output/escape.js';

/*
 * Spreadsheets evaluate a cell that starts with one of these as a formula, so a customer
 * named `=HYPERLINK(…)` would run on the reader's machine. A leading apostrophe makes
 * Excel, LibreOffice and WPS read the cell as text.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** One RFC 4180 field: numbers as they are, text guarded against formulas and quoted. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = visible(typeof value === 'string' ? value : JSON.stringify(value));
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, terminated by CRLF as RFC 4180 asks. */
export function csvRow(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** UTF-8 byte-order mark: Excel on Chinese Windows reads CSV as GBK without it. */
export const bom = '\ufeff';

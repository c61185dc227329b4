import { listColumns, type ListRow } from './row.js';

/** RFC 4180: CRLF between records, a field quoted when it holds a comma, quote or break. */
export function listCsv(rows: readonly ListRow[]): string {
  const lines = [
    listColumns.join(','),
    ...rows.map((row) => listColumns.map((c) => field(row[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

function field(value: string): string {
  // A spreadsheet runs a cell that starts like a formula; a customer name must never do that.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

import { validDeal } from './workspace.js';

/** Every kind of text that must come out as text in markdown, HTML and CSV. */
export const hostile = {
  script: '<script>alert(1)</script>',
  pipe: 'A | B',
  mention: '@team',
  backtick: 'tick`code`',
  link: '[click](javascript:alert(1))',
  braces: '{{constructor}}',
  formula: '=HYPERLINK("x")',
};

export const hostileName = Object.values(hostile).join(' ');

/** A valid deal whose customer, title and notes carry `name`. */
export function dealNamed(id: string, name: string, extra = ''): string {
  const quoted = JSON.stringify(name);
  return (
    validDeal
      .replace('id: ALPHA-2026-0002', `id: ${id}`)
      .replace('name: Meridian Foods Ltd.', `name: ${quoted}`)
      .replace('title: Packaging line controls', `title: ${quoted}`) +
    `notes: ${quoted}\n` +
    extra
  );
}

/** RFC 4180 records: quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

import { readDocuments } from '../cache/kept-documents.js';
import { todayUtc } from '../checks/context.js';
import type { ExportFlags } from '../cli/commands-report.js';
import type { Globals } from '../cli/globals.js';
import { mergedOnDefaultBase } from '../git/base.js';
import { bom, csvRow } from '../report/escape/csv.js';
import { exportTable, type ExportTable } from '../report/export.js';
import { checkOut, emit } from '../report/out.js';
import { registrationsInPlace } from '../workspace/files.js';
import { openWorkspace } from '../workspace/load.js';
import { parseToday } from './today.js';

/** `reg export`: approved registrations in the columns a CRM import expects. */
export async function exportCommand(flags: ExportFlags, g: Globals): Promise<number> {
  const ws = openWorkspace(g.cwd);
  const today = flags.today ? parseToday(flags.today) : todayUtc();
  checkOut(ws, flags, g, 'export');
  // Only what is approved goes to the CRM: a registration not yet merged is not, as in
  // reg list and reg report.
  const merged = mergedOnDefaultBase(ws.root).catch(() => undefined);
  const docs = await readDocuments(ws, registrationsInPlace(ws.root), flags.cache !== false);
  const table = exportTable(ws, docs, flags.mapping, today, await merged);
  const text = flags.format === 'json' ? asJson(table) : asCsv(table, flags.bom === true);
  emit(ws, text, flags, g, 'export');
  return 0;
}

function asCsv(table: ExportTable, withBom: boolean): string {
  const text = [table.headers, ...table.rows].map(csvRow).join('');
  return withBom ? `${bom}${text}` : text;
}

/** Records keyed by the mapping's headers; Object.fromEntries keeps `__proto__` a plain key. */
function asJson(table: ExportTable): string {
  const records = table.rows.map((row) =>
    Object.fromEntries(table.headers.map((h, i) => [h, row[i] ?? null])),
  );
  return `${JSON.stringify({ version: 1, mapping: table.mapping, records }, null, 2)}\n`;
}

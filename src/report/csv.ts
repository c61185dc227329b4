import type { Workspace } from '../workspace/workspace.js';
import { bom } from './escape/csv.js';
import type { ReportEntry } from './model.js';
import { renderTemplate } from './templates.js';

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, for spreadsheets that guess the encoding. */
  bom?: boolean;
}

/** One RFC 4180 row per registration, through the `report/csv` template. */
export function renderCsv(ws: Workspace, entries: ReportEntry[], options: CsvOptions = {}): string {
  const rows = entries.map((e) => ({
    ...e,
    approvalText: e.approvers
      .map((g) => `${g.group}:${g.approved ? 'approved' : 'pending'}`)
      .join('; '),
    conflictText: [...e.conflicts, ...e.similar].join(' '),
  }));
  const text = renderTemplate(ws.root, 'report', 'csv', 'csv', { entries: rows });
  return options.bom ? `${bom}${text}` : text;
}

import type { ReadDocument } from '../cache/kept-documents.js';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import type { Registration } from '../model/registration.js';
import { get, getPath, isDoc, own } from '../model/read.js';
import { derive, type Derived, type State } from '../policy/derive.js';
import { derivedFields } from '../policy/export-fields.js';
import type { Workspace } from '../workspace/workspace.js';

export interface ExportTable {
  mapping: string;
  headers: string[];
  rows: unknown[][];
}

/** The states of an approved registration: it protects its customer, or it was won. */
const approved: readonly State[] = ['active', 'expiring', 'won'];

/**
 * Approved registrations in the columns of one mapping of the policy's `export.mappings`:
 * schema-valid, without a decision, active, expiring or won, and merged (`merged`; when
 * it is not known, every registration counts as merged).
 */
export function exportTable(
  ws: Workspace,
  units: readonly ReadDocument[],
  name: string | undefined,
  today: string,
  merged?: (rel: string) => boolean,
): ExportTable {
  const mappings = ws.policy.export?.mappings ?? {};
  const known = Object.keys(mappings);
  const mapping = name ?? known[0];
  const columns = mapping === undefined ? undefined : own(mappings, mapping)?.columns;
  if (mapping === undefined || columns === undefined) {
    const key = known.length === 0 ? 'report.export.no-mappings' : 'report.export.unknown-mapping';
    throw new UserError(
      t(key, { mapping: name ?? '', known: known.join(', ') }),
      t('report.export.hint'),
    );
  }
  const rows: unknown[][] = [];
  for (const unit of units) {
    if (!unit.data || get(unit.data, 'decision') !== undefined || !unit.valid()) continue;
    const reg = unit.data as Partial<Registration>;
    const derived = derive(reg, ws.policy, { today, merged: merged?.(unit.rel) });
    if (!approved.includes(derived.state)) continue;
    rows.push(columns.map((c) => cellOf(reg, derived, c.field)));
  }
  return { mapping, headers: columns.map((c) => c.header), rows };
}

function cellOf(reg: Partial<Registration>, derived: Derived, field: string): unknown {
  const fromDerived = own(derivedFields, field);
  const value = fromDerived ? fromDerived(derived) : getPath(reg, field);
  if (Array.isArray(value))
    return value.map((v) => (isDoc(v) ? JSON.stringify(v) : String(v))).join('; ');
  return isDoc(value) ? JSON.stringify(value) : value;
}

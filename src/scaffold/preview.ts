import { join } from 'node:path';
import { checkDocument } from '../checks/document.js';
import { runChecks } from '../checks/run.js';
import type { Finding } from '../findings/finding.js';
import { loadDocument } from '../load/document.js';
import { registrationsInPlace } from '../workspace/files.js';
import { loadUnit } from '../workspace/load.js';
import type { Workspace } from '../workspace/workspace.js';

/** Every finding `reg validate` would report on this text if it were written at `rel`. */
export function previewFindings(
  ws: Workspace,
  rel: string,
  text: string,
  today: string,
): Finding[] {
  const source = {
    abs: join(ws.root, rel),
    rel,
    text,
    size: Buffer.byteLength(text),
    problems: [],
  };
  const unit = checkDocument(rel, loadDocument(source, ws.limits), 'registration');
  const others = registrationsInPlace(ws.root)
    .filter((other) => other !== rel)
    .map((other) => loadUnit(ws.root, other, 'registration', ws.limits));
  return runChecks(ws, { only: [rel], today, units: [...others, unit] }).findings;
}

/** Families a partner completes after the file exists: attachments and the policy's lists. */
const laterFamilies = new Set(['completeness', 'attachment', 'waiver']);

export interface Sorted {
  /** Another partner's registration protects the customer: told at once, not a refusal. */
  conflicts: Finding[];
  /** Left for later: listed after writing. */
  later: Finding[];
  /** Mistakes in what was given: nothing is written while there is one. */
  errors: Finding[];
  /** Warnings and notices, shown with the result. */
  other: Finding[];
}

export function sortFindings(findings: readonly Finding[]): Sorted {
  const out: Sorted = { conflicts: [], later: [], errors: [], other: [] };
  for (const f of findings) {
    const family = f.rule.split('.')[0] ?? '';
    if (family === 'conflict') out.conflicts.push(f);
    else if (laterFamilies.has(family)) out.later.push(f);
    else if (f.severity === 'error') out.errors.push(f);
    else out.other.push(f);
  }
  return out;
}

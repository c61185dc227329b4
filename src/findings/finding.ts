/** How much a finding matters: errors fail the run, notices are waived errors. */
export type Severity = 'error' | 'warning' | 'notice';

/** One step into a YAML document: a map key or a list index. */
export type Segment = string | number;

/** What every check yields and every output format renders. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Path of the file relative to the directory `reg` was started in, with `/`. */
  file: string;
  /** 1-based; 0 when the finding concerns the file as a whole and it has no text. */
  line: number;
  column: number;
  /** Dotted path into the document, e.g. `customer.contact.email` or `products[0].line`. */
  path: string;
  message: string;
  hint: string;
  /**
   * The draft's parameters, for reports that need the structured data behind the message
   * (a conflict's other id). Internal: no output format prints them.
   */
  params?: Params;
}

export type Params = Record<string, string | number>;

/**
 * A finding as a check reports it: located by document path, not yet by line, and not
 * yet phrased. The locate and phrase steps turn it into a Finding.
 */
export interface Draft {
  rule: string;
  /** Message key when one rule has several phrasings; defaults to the rule id. */
  key?: string;
  severity?: Severity;
  /** Workspace-relative file the finding belongs to; defaults to the file being checked. */
  file?: string;
  path: readonly Segment[];
  /** Point at the key (default) or at the value of the last segment. */
  at?: 'key' | 'value';
  /** A position known up front, as for YAML syntax errors. */
  position?: { line: number; column: number };
  params?: Params;
  /** Message key of the hint when it is not the message key's, as for a waived finding. */
  hintKey?: string;
}

export function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Stable order for output: by file, then position, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.severity !== b.severity) return severityOrder[a.severity] - severityOrder[b.severity];
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  // Two findings of one rule at one place (two similar names, say) in a fixed order.
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

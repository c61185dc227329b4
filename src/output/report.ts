import type { Finding } from '../findings/finding.js';

/** What every output format renders: the findings of one run and where they come from. */
export interface FindingReport {
  /** Name of the command that produced it, e.g. `validate`. */
  command: string;
  version: string;
  /** Every file checked, as shown to the user (relative to the working directory). */
  files: string[];
  findings: Finding[];
  strict: boolean;
  /**
   * `--quiet`: a listing for people shows only the findings that fail the run. The
   * summary and the exit code still count every finding.
   */
  quiet?: boolean;
  /** The text of a source line, for formats that show it. */
  sourceLine(file: string, line: number): string | undefined;
  color: boolean;
}

export type Formatter = (report: FindingReport) => string;

export const findingFormats = ['pretty', 'json', 'github', 'junit', 'sarif'] as const;
export type FindingFormat = (typeof findingFormats)[number];

/** Whether the report fails the run: errors, or warnings too when strict. */
export function fails(report: Pick<FindingReport, 'findings' | 'strict'>): boolean {
  return report.findings.some((f) => failing(f, report.strict));
}

/** Whether one finding fails the run. */
export function failing(f: Pick<Finding, 'severity'>, strict: boolean): boolean {
  return f.severity === 'error' || (strict && f.severity === 'warning');
}

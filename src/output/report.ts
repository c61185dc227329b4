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
  /** The text of a source line, for formats that show it. */
  sourceLine(file: string, line: number): string | undefined;
  color: boolean;
}

export type Formatter = (report: FindingReport) => string;

export const findingFormats = ['pretty', 'json', 'github', 'junit', 'sarif'] as const;
export type FindingFormat = (typeof findingFormats)[number];

/** Whether the report fails the run: errors, or warnings too when strict. */
export function fails(report: Pick<FindingReport, 'findings' | 'strict'>): boolean {
  return report.findings.some(
    (f) => f.severity === 'error' || (report.strict && f.severity === 'warning'),
  );
}

import { join } from 'node:path';
import type { Unit } from '../checks/unit.js';
import type { Globals } from '../cli/globals.js';
import { version } from '../cli/version.js';
import type { Finding } from '../findings/finding.js';
import { displayPath } from '../findings/phrase.js';
import type { FindingFormat, FindingReport } from '../output/report.js';

/** The report a findings command hands to its formatter, with source lines for pretty. */
export function findingReport(
  command: string,
  root: string,
  files: readonly string[],
  findings: Finding[],
  units: readonly (Unit | undefined)[],
  options: { format: FindingFormat; strict?: boolean; g: Globals },
): FindingReport {
  const texts = new Map<string, string[]>();
  for (const unit of units) {
    const text = unit?.loaded.source.text;
    if (unit && text !== undefined)
      texts.set(displayPath(join(root, unit.rel)), text.split(/\r?\n/));
  }
  return {
    command,
    version: version(),
    files: files.map((rel) => displayPath(join(root, rel))),
    findings,
    strict: options.strict === true,
    quiet: options.g.quiet,
    color: options.g.color,
    sourceLine: (file, line) => texts.get(file)?.[line - 1],
  };
}

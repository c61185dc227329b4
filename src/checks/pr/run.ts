import { join } from 'node:path';
import type { Draft, Finding } from '../../findings/finding.js';
import { compareFindings } from '../../findings/finding.js';
import { displayPath, phrase, phraseFindings } from '../../findings/phrase.js';
import type { PullRequest } from './context.js';
import { prGuards } from './guards.js';

/**
 * Runs every guard and phrases its drafts: located in the head version of the file when
 * it has one, else at the file as a whole (line 0), as for a deleted registration.
 */
export function runGuards(pr: PullRequest): Finding[] {
  const byFile = new Map<string, Draft[]>();
  for (const guard of prGuards) {
    for (const draft of guard.run(pr)) {
      const file = draft.file ?? '';
      byFile.set(file, [...(byFile.get(file) ?? []), draft]);
    }
  }
  const heads = new Map(pr.registrations.map((r) => [r.change.file, r.after]));
  const findings: Finding[] = [];
  for (const [file, drafts] of byFile) {
    const head = heads.get(file);
    if (head?.loaded.source.text !== undefined) {
      findings.push(...phraseFindings(drafts, head.loaded, pr.ws.limits));
      continue;
    }
    const shown = displayPath(join(pr.ws.root, file));
    findings.push(...drafts.map((d) => phrase(d, shown, { line: 0, column: 0 })));
  }
  return findings.sort(compareFindings);
}

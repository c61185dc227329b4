import { runChecks } from '../../src/checks/run.js';
import type { Finding } from '../../src/findings/finding.js';
import { openWorkspace } from '../../src/workspace/load.js';
import { programFixture } from './registrations.js';
import { makeWorkspace, removeWorkspace } from './workspace.js';

export interface Checked {
  findings: Finding[];
  /** Findings of one registration, by its id. */
  of(id: string): Finding[];
}

/** Runs every check in-process on a throwaway copy of the program fixture plus `files`. */
export function checkFiles(
  files: Record<string, string>,
  options: { today?: string; only?: string[]; from?: string } = {},
): Checked {
  const dir = makeWorkspace(files, options.from ?? programFixture);
  try {
    const ws = openWorkspace(dir);
    const { findings } = runChecks(ws, {
      today: options.today ?? '2026-12-03',
      only: options.only,
    });
    return { findings, of: (id) => findings.filter((f) => f.file.endsWith(`/${id}.yaml`)) };
  } finally {
    removeWorkspace(dir);
  }
}

export const rules = (findings: readonly Finding[]): string[] => findings.map((f) => f.rule);

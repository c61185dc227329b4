import type { MergedFirst } from './conflict/claims.js';
import type { Draft } from '../findings/finding.js';
import type { Workspace } from '../workspace/workspace.js';
import type { Facts } from './facts.js';
import type { Unit } from './unit.js';

export interface CheckContext {
  ws: Workspace;
  /** The date checks treat as today, `YYYY-MM-DD` in UTC. */
  today: string;
  /**
   * The files whose findings are reported, when not all are: cross-file checks may skip
   * the work that could only yield findings for the others.
   */
  reported?: (file: string) => boolean;
  /**
   * The order in which registrations were merged, for ties of the conflict checks; worked
   * out on the first call (see git/merge-order.ts).
   */
  mergedFirst?: MergedFirst;
}

/** A check of one registration on its own. */
export interface RegistrationCheck {
  /** The rule ids it can yield, for `reg explain` and the tests. */
  rules: readonly string[];
  run(unit: Unit, ctx: CheckContext): Draft[];
}

/**
 * A check across registrations; its drafts name their file. It reads only each file's
 * facts, so that it can run on cached facts without the files being parsed again.
 */
export interface WorkspaceCheck {
  rules: readonly string[];
  run(facts: readonly Facts[], ctx: CheckContext): Draft[];
}

export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

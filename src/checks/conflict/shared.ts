import type { CheckContext } from '../context.js';
import type { Facts } from '../facts.js';
import { detectConflicts, type Conflict } from './detect.js';

const cache = new WeakMap<readonly Facts[], { ctx: CheckContext; conflicts: Conflict[] }>();

/** Both conflict checks read one detection per run rather than indexing twice. */
export function conflictsOf(facts: readonly Facts[], ctx: CheckContext): Conflict[] {
  const hit = cache.get(facts);
  if (hit && hit.ctx === ctx) return hit.conflicts;
  const { ws, today, reported, mergedFirst } = ctx;
  const conflicts = detectConflicts(facts, ws.policy, today, reported, mergedFirst);
  cache.set(facts, { ctx, conflicts });
  return conflicts;
}

import type { CheckContext } from '../context.js';
import type { Unit } from '../unit.js';
import { detectConflicts, type Conflict } from './detect.js';

const cache = new WeakMap<readonly Unit[], { ctx: CheckContext; conflicts: Conflict[] }>();

/** Both conflict checks read one detection per run rather than indexing twice. */
export function conflictsOf(units: readonly Unit[], ctx: CheckContext): Conflict[] {
  const hit = cache.get(units);
  if (hit && hit.ctx === ctx) return hit.conflicts;
  const inputs = units.map((u) => ({ file: u.rel, data: u.data }));
  const conflicts = detectConflicts(inputs, ctx.ws.policy, ctx.today);
  cache.set(units, { ctx, conflicts });
  return conflicts;
}

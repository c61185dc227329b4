import type { Draft } from '../findings/finding.js';
import { formatPath } from '../findings/finding.js';
import { pinPositions } from '../findings/phrase.js';
import type { Limits } from '../load/limits.js';
import { attachmentDeps } from './attachment/deps.js';
import type { CheckContext, RegistrationCheck } from './context.js';
import { factsOf } from './facts.js';
import { registrationChecks } from './registry.js';
import type { Unit } from './unit.js';

/**
 * Everything about one registration that needs no other file: its own checks, the
 * positions of their findings and its facts. It runs where the file was loaded (on a
 * worker thread for large workspaces), so that the main thread only joins the results.
 */
export function prepareUnit(unit: Unit, ctx: CheckContext, limits: Limits): Unit {
  runFileChecks(unit, registrationChecks, ctx);
  pinPositions(unit.drafts, unit.loaded, limits);
  unit.facts = factsOf(unit);
  unit.deps = attachmentDeps(ctx.ws.root, unit.data);
  unit.checked = true;
  return unit;
}

export function runFileChecks(
  unit: Unit,
  checks: readonly RegistrationCheck[],
  ctx: CheckContext,
): void {
  if (!unit.data) return;
  const own: Draft[] = [];
  for (const check of checks) own.push(...check.run(unit, ctx));
  if (own.length === 0) return;
  // Where a check of its own speaks about a value, it says more than the schema keyword.
  const spoken = new Set(own.map((d) => formatPath(d.path)));
  unit.drafts = unit.drafts.filter(
    (d) => d.rule === 'schema.required' || !spoken.has(formatPath(d.path)),
  );
  unit.drafts.push(...own);
}

import { parse } from 'yaml';
import type { CheckContext } from '../../src/checks/context.js';
import { checkDocument } from '../../src/checks/document.js';
import type { Unit } from '../../src/checks/unit.js';
import type { Loaded } from '../../src/load/document.js';
import { openWorkspace } from '../../src/workspace/load.js';
import { minimalFixture, validDeal } from './workspace.js';

/** The minimal fixture workspace as checks see it, with a fixed today. */
export function context(today = '2026-12-03'): CheckContext {
  return { ws: openWorkspace(minimalFixture), today };
}

/** A registration unit from YAML text, or from the valid deal with fields changed. */
export function unitOf(text: string, rel = 'registrations/alpha/ALPHA-2026-0002.yaml'): Unit {
  const loaded: Loaded = {
    source: { abs: `/virtual/${rel}`, rel, text, size: text.length, problems: [] },
    value: parse(text) as unknown,
    positioned: undefined,
    problems: [],
  };
  return checkDocument(rel, loaded, 'registration');
}

export function dealWith(change: (deal: Record<string, unknown>) => void): Unit {
  const deal = parse(validDeal) as Record<string, unknown>;
  change(deal);
  const unit = unitOf(validDeal);
  unit.data = deal;
  return unit;
}

import type { Doc } from '../../model/read.js';
import { get, list, str } from '../../model/read.js';

/** One entry of a registration's `waivers` list, as far as it can be read. */
export interface Waiver {
  index: number;
  rule: string;
  reason: string;
}

/**
 * Whether a registration has a `waivers` entry at all. The waiver step reads the
 * document of such a file, so no run may drop it or stand in a cached result for it.
 */
export function hasWaivers(reg: Doc | undefined): boolean {
  return reg !== undefined && get(reg, 'waivers') !== undefined;
}

export function waiversOf(reg: Doc): Waiver[] {
  const out: Waiver[] = [];
  list(get(reg, 'waivers')).forEach((w, index) => {
    const rule = str(get(w, 'rule'));
    if (rule !== undefined) out.push({ index, rule, reason: str(get(w, 'reason')) ?? '' });
  });
  return out;
}

/** Whether a finding of `rule` is covered by a waiver of `waived`: itself or a sub-rule. */
export function covers(waived: string, rule: string): boolean {
  return rule === waived || rule.startsWith(`${waived}.`);
}

/** Whether `rule` names a rule, or a group of rules, that the checks know. */
export function isKnownRule(rule: string, known: readonly string[]): boolean {
  return known.some((k) => covers(rule, k));
}

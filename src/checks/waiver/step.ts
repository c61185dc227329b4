import type { Draft } from '../../findings/finding.js';
import type { Policy } from '../../model/policy.js';
import { suggest } from '../../findings/suggest.js';
import type { Unit } from '../unit.js';
import { isRealReason, minReasonLength } from './reason.js';
import { covers, isKnownRule, waiversOf, type Waiver } from './waivers.js';

export const waiverRules = [
  'waiver.unknown-rule',
  'waiver.not-waivable',
  'waiver.reason',
  'waiver.unused',
] as const;

/**
 * The waiver step, after every other check of the file: a valid waiver turns the
 * matching errors into notices; a waiver that is not valid is an error of its own and
 * waives nothing; a valid waiver that matched no error is a warning, so stale waivers
 * (and the approvers they add) do not linger.
 */
export function applyWaivers(unit: Unit, policy: Policy, known: readonly string[]): void {
  if (!unit.data) return;
  const findings = [...unit.drafts];
  for (const waiver of waiversOf(unit.data)) {
    const problem = validate(waiver, policy, known);
    if (problem) {
      unit.drafts.push(problem);
      continue;
    }
    const matched = findings.filter((d) => isError(d) && covers(waiver.rule, d.rule));
    const approvers = policy.waivable?.[waiver.rule]?.approvers.join(', ') ?? '-';
    const waived = { waiver: `waivers[${waiver.index}]`, approvers };
    for (const draft of matched) {
      draft.severity = 'notice';
      draft.hintKey = 'waiver.applied';
      draft.params = { ...draft.params, ...waived };
    }
    if (matched.length === 0) unit.drafts.push(unused(waiver));
  }
}

function validate(waiver: Waiver, policy: Policy, known: readonly string[]): Draft | undefined {
  const path = ['waivers', waiver.index, 'rule'];
  const waivable = Object.keys(policy.waivable ?? {});
  const allowed = waivable.join(', ') || '-';
  if (!isKnownRule(waiver.rule, known)) {
    const close = suggest(waiver.rule, known).join(', ') || '-';
    const params = { rule: waiver.rule, close, allowed };
    return { rule: 'waiver.unknown-rule', path, at: 'value', params };
  }
  if (!waivable.includes(waiver.rule)) {
    return {
      rule: 'waiver.not-waivable',
      path,
      at: 'value',
      params: { rule: waiver.rule, allowed },
    };
  }
  if (!isRealReason(waiver.reason)) {
    const params = { rule: waiver.rule, min: minReasonLength };
    return {
      rule: 'waiver.reason',
      path: ['waivers', waiver.index, 'reason'],
      at: 'value',
      params,
    };
  }
  return undefined;
}

function isError(draft: Draft): boolean {
  return (draft.severity ?? 'error') === 'error';
}

function unused(waiver: Waiver): Draft {
  const path = ['waivers', waiver.index, 'rule'];
  return {
    rule: 'waiver.unused',
    severity: 'warning',
    path,
    at: 'value',
    params: { rule: waiver.rule },
  };
}

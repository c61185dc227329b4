import type { Draft } from '../../findings/finding.js';
import type { Policy } from '../../model/policy.js';

/** What a check of the policy file sees, beyond the policy itself. */
export interface PolicyContext {
  policy: Policy;
  /** Every rule id the checks can yield, for the waivable rules. */
  rules: readonly string[];
  /** Dotted paths of the registration schema's fields, for requirements. */
  fields: ReadonlySet<string>;
}

/**
 * A check of reg.config.yaml that its schema cannot express, such as a reference from
 * one part of the policy to another. Any draft stops every command with exit 2.
 */
export interface PolicyCheck {
  rules: readonly string[];
  run(ctx: PolicyContext): Draft[];
}

export function ownKeys(map: object | undefined): string[] {
  return map ? Object.keys(map) : [];
}

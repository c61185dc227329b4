import type { Draft } from '../../findings/finding.js';
import { policyApprover } from './approver.js';
import { policyAttachmentType } from './attachment-type.js';
import { policyCacheDir } from './cache-dir.js';
import { policyCalendar } from './calendar.js';
import { policyCertification } from './certification.js';
import type { PolicyCheck, PolicyContext } from './check.js';
import { policyCondition } from './condition.js';
import { policyDuplicateId } from './duplicate-id.js';
import { policyField } from './field.js';
import { policyFirstTier } from './first-tier.js';
import { policyTierOrder } from './tier-order.js';
import { policyWaivable } from './waivable.js';

export const policyChecks: readonly PolicyCheck[] = [
  policyFirstTier,
  policyTierOrder,
  policyDuplicateId,
  policyApprover,
  policyCertification,
  policyAttachmentType,
  policyField,
  policyCondition,
  policyWaivable,
  policyCalendar,
  policyCacheDir,
];

/** The policy's own problems beyond its schema, for a policy that matched its schema. */
export function checkPolicy(ctx: PolicyContext): Draft[] {
  return policyChecks.flatMap((check) => check.run(ctx));
}

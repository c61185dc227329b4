import type { PrGuard } from './context.js';
import { prDecision } from './decision.js';
import { prDeleted } from './deleted.js';
import { prExtension } from './extension.js';
import { prIdentity } from './identity.js';
import { prLocation } from './location.js';
import { prOutcome } from './outcome.js';
import { prPolicyMixed } from './policy-mixed.js';
import { prReasonCode } from './reason-code.js';
import { prRenamed } from './renamed.js';
import { prScope } from './scope.js';
import { prSubmittedOn } from './submitted-on.js';

/** The guards of `reg check-pr`, in the order their findings read best. */
export const prGuards: readonly PrGuard[] = [
  prScope,
  prLocation,
  prPolicyMixed,
  prDeleted,
  prRenamed,
  prIdentity,
  prSubmittedOn,
  prExtension,
  prDecision,
  prReasonCode,
  prOutcome,
];

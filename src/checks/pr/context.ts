import type { Draft } from '../../findings/finding.js';
import type { Change } from '../../git/changes.js';
import type { Workspace } from '../../workspace/workspace.js';
import type { Unit } from '../unit.js';

/** Who opened the pull request, as the workspace knows them. */
export interface Actor {
  /** The code-host handle given with `--actor`, without `@`. */
  handle: string | undefined;
  /** Partners that list the handle among their handles or contacts. */
  partners: string[];
  /** Approver groups of the policy that have the handle as a member. */
  groups: string[];
  admin: boolean;
}

/** One changed registration: its version at the merge base and at the head. */
export interface RegistrationChange {
  change: Change;
  before: Unit | undefined;
  after: Unit | undefined;
}

export interface PullRequest {
  ws: Workspace;
  today: string;
  actor: Actor;
  /** Every file the pull request changes, workspace-relative (`../` when outside it). */
  changes: readonly Change[];
  registrations: readonly RegistrationChange[];
}

/** One guard of `reg check-pr`; its drafts name the file they belong to. */
export interface PrGuard {
  rules: readonly string[];
  run(pr: PullRequest): Draft[];
}

/** Approvers and admins may record what partners may not, such as a decision. */
export function isApprover(actor: Actor): boolean {
  return actor.admin || actor.groups.length > 0;
}

/** The actor for messages: the handle, or a word saying none was given. */
export function actorParams(actor: Actor): { actor: string } {
  return { actor: actor.handle === undefined ? '-' : `@${actor.handle}` };
}

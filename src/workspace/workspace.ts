import { join } from 'node:path';
import type { Finding } from '../findings/finding.js';
import type { Limits } from '../load/limits.js';
import type { Policy } from '../model/policy.js';
import type { Partner } from '../model/partner.js';
import type { Unit } from '../checks/unit.js';

/** A registration repository: its root, its policy and its partners. */
export interface Workspace {
  root: string;
  policy: Policy;
  policyFile: string;
  limits: Limits;
  /** Partners by id, as far as their profiles could be read. */
  partners: Map<string, Partner>;
  /** Every partner profile, loaded, for the checks of `reg validate`. */
  partnerUnits: Unit[];
  /** Findings about partner profiles found while loading them. */
  partnerFindings: Finding[];
}

export function workspacePath(ws: Workspace, rel: string): string {
  return join(ws.root, rel);
}

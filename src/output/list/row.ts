import type { State } from '../../policy/derive.js';

/** One registration in `reg list`: what it is and the state derived from the policy. */
export interface ListRow {
  id: string;
  partner: string;
  kind: string;
  customer: string;
  tier: string;
  state: State;
  submitted_on: string;
  protection_end: string;
  /** When the registration reached the base branch (its approval), UTC; '' when not known. */
  merged_at: string;
}

export const listColumns: readonly (keyof ListRow)[] = [
  'id',
  'partner',
  'kind',
  'customer',
  'tier',
  'state',
  'submitted_on',
  'protection_end',
  'merged_at',
];

export const listFormats = ['table', 'json', 'csv'] as const;
export type ListFormat = (typeof listFormats)[number];

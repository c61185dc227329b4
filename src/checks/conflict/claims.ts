import type { Policy } from '../../model/policy.js';
import type { Registration } from '../../model/registration.js';
import { get, str, type Doc } from '../../model/read.js';
import { blocks, protectionEndOf, stateOfRegistration } from '../../policy/derive.js';
import { normaliseDomain, normaliseName, normaliseNumber } from '../../policy/normalise.js';
import { skeleton } from '../../policy/confusables.js';
import { productLinesOf } from '../../policy/tier.js';

/** What one registration claims for conflicts: a customer, product lines, a priority. */
export interface Claim {
  file: string;
  id: string;
  partner: string;
  submittedOn: string;
  lines: ReadonlySet<string>;
  name: string | undefined;
  /** The name with lookalike letters made Latin, which the similarity check compares. */
  lookalike: string | undefined;
  domain: string | undefined;
  number: string | undefined;
  /** Protects its customer against later registrations (active or expiring). */
  blocks: boolean;
  /** Still undecided or protected, so that a conflict matters to it. */
  open: boolean;
  protectionEnd: string | undefined;
}

export interface ClaimInput {
  file: string;
  data: Doc | undefined;
}

export function claimOf(input: ClaimInput, policy: Policy, today: string): Claim | undefined {
  const reg = input.data as Partial<Registration> | undefined;
  const customer = get(reg, 'customer');
  const id = str(get(reg, 'id'));
  const partner = str(get(reg, 'partner'));
  const submittedOn = str(get(reg, 'submitted_on'));
  if (!reg || customer === undefined || !id || !partner || !submittedOn) return undefined;

  const protectionEnd = protectionEndOf(reg, policy);
  const state = stateOfRegistration(reg, policy, { today }, protectionEnd);
  const open = state === 'pending' || blocks(state);
  // A closed or expired registration neither protects nor can be refused: skip the keys.
  if (!open) return undefined;

  const name = str(get(customer, 'name'));
  const domain = str(get(customer, 'domain'));
  const number = str(get(customer, 'registration_number'));
  const key = name === undefined ? '' : normaliseName(name);
  return {
    file: input.file,
    id,
    partner,
    submittedOn,
    lines: new Set(productLinesOf(reg)),
    name: key === '' ? undefined : key,
    lookalike: key === '' || name === undefined ? undefined : normaliseName(skeleton(name)),
    domain: domain === undefined ? undefined : normaliseDomain(domain),
    number: number === undefined ? undefined : normaliseNumber(number),
    blocks: blocks(state),
    open,
    protectionEnd,
  };
}

/**
 * Whether `a` has priority over `b`: the earlier `submitted_on`, then the lower id.
 * TODO(conflict): on equal dates the registration merged first should win; the lower id
 * stands in until the merge order from git is available to the checks.
 */
export function before(a: Claim, b: Claim): boolean {
  if (a.submittedOn !== b.submittedOn) return a.submittedOn < b.submittedOn;
  return a.id < b.id;
}

export function overlap(a: Claim, b: Claim): boolean {
  const [small, large] = a.lines.size <= b.lines.size ? [a.lines, b.lines] : [b.lines, a.lines];
  for (const line of small) if (large.has(line)) return true;
  return false;
}

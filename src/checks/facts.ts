import type { Registration } from '../model/registration.js';
import { get, str, type Doc } from '../model/read.js';
import { skeleton } from '../policy/confusables.js';
import {
  isPrintableAscii,
  normaliseDomain,
  normaliseName,
  normaliseNumber,
} from '../policy/normalise.js';
import { extensionDaysOf } from '../policy/derive.js';
import { productLinesOf } from '../policy/tier.js';

/**
 * What one registration contributes to the checks across files: small enough to cache
 * per file, so that a run over a large workspace need not parse every file again.
 * Dates stay inputs (not states) because the state depends on the day of the run.
 */
export interface Facts {
  file: string;
  id: string | undefined;
  partner: string | undefined;
  submittedOn: string | undefined;
  hasCustomer: boolean;
  lines: string[];
  /** Normalised customer keys; absent when the field is absent or normalises to nothing. */
  name: string | undefined;
  /** The name with lookalike letters made Latin, which only the similarity check reads. */
  lookalike: string | undefined;
  domain: string | undefined;
  number: string | undefined;
  outcome: string | undefined;
  decision: string | undefined;
  /** Days added by extensions, as protectionEndOf counts them. */
  extensionDays: number;
}

export function factsOf(unit: { rel: string; data: Doc | undefined }): Facts {
  const reg = unit.data as Partial<Registration> | undefined;
  const customer = get(reg, 'customer');
  const name = str(get(customer, 'name'));
  const domain = str(get(customer, 'domain'));
  const number = str(get(customer, 'registration_number'));
  const key = name === undefined ? '' : normaliseName(name);
  return {
    file: unit.rel,
    id: str(get(reg, 'id')),
    partner: str(get(reg, 'partner')),
    submittedOn: str(get(reg, 'submitted_on')),
    hasCustomer: customer !== undefined,
    lines: reg ? productLinesOf(reg) : [],
    name: key === '' ? undefined : key,
    lookalike: key === '' || name === undefined ? undefined : lookalikeOf(name, key),
    domain: domain === undefined ? undefined : normaliseDomain(domain),
    number: number === undefined ? undefined : normaliseNumber(number),
    outcome: str(get(get(reg, 'outcome'), 'status')),
    decision: str(get(get(reg, 'decision'), 'status')),
    extensionDays: extensionDaysOf(reg),
  };
}

/**
 * The part of a registration that derive's date and state rules read, rebuilt from its
 * facts, so that the state is worked out by the one implementation in policy/derive.
 */
export function stateInputs(facts: Facts): Partial<Registration> {
  const doc: Doc = { extensions: [{ days: facts.extensionDays }] };
  if (facts.submittedOn !== undefined) doc.submitted_on = facts.submittedOn;
  if (facts.outcome !== undefined) doc.outcome = { status: facts.outcome };
  if (facts.decision !== undefined) doc.decision = { status: facts.decision };
  return doc as Partial<Registration>;
}

/**
 * A plain ASCII name has no lookalike letters and its skeleton is only its lower case,
 * which normalising lowers anyway: its lookalike key is its key. So is that of a name
 * its skeleton leaves as it is, as most names in Chinese.
 */
function lookalikeOf(name: string, key: string): string {
  if (isPrintableAscii(name)) return key;
  const latin = skeleton(name);
  return latin === name ? key : normaliseName(latin);
}

import { join } from 'node:path';
import { stringify } from 'yaml';
import { repoRoot } from './cli.js';

export const programFixture = join(repoRoot, 'test', 'fixtures', 'program');

type Data = Record<string, unknown>;

const contacts: Record<string, { name: string; email: string }> = {
  alpha: { name: 'Zhang Wei', email: 'zhang.wei@alpha.example' },
  beta: { name: 'Li Na', email: 'li.na@beta.example' },
  gamma: { name: 'Wang Fang', email: 'wang.fang@gamma.example' },
};

/** A valid deal of the program fixture: standard tier, nothing the policy asks beyond it. */
export function deal(partner: string, seq: number, changes: Data = {}): Data {
  const submitted = typeof changes.submitted_on === 'string' ? changes.submitted_on : '2026-11-20';
  const base: Data = {
    id: `${partner.toUpperCase()}-${submitted.slice(0, 4)}-${String(seq).padStart(4, '0')}`,
    kind: 'deal',
    partner,
    submitted_by: contacts[partner],
    submitted_on: submitted,
    customer: {
      name: 'Meridian Foods Ltd.',
      region: 'APAC',
      industry: 'retail',
      contact: { name: 'Amy Tan', email: 'amy.tan@meridian-foods.example' },
    },
    opportunity: {
      title: 'Packaging line controls',
      value: 180000,
      currency: 'CNY',
      expected_close: '2027-03-01',
      stage: 'qualify',
    },
    products: [{ line: 'plc', quantity: 4 }],
  };
  return merge(base, changes);
}

/** Deep merge where `undefined` deletes a key and lists are replaced. */
export function merge(base: Data, changes: Data): Data {
  const out: Data = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    const current = out[key];
    if (value === undefined) delete out[key];
    else if (isData(value) && isData(current)) out[key] = merge(current, value);
    else out[key] = value;
  }
  return out;
}

function isData(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The file a registration lives in, and its YAML text with the $schema line. */
export function registrationFile(data: Data): Record<string, string> {
  const rel = `registrations/${String(data.partner)}/${String(data.id)}.yaml`;
  const text = `# yaml-language-server: $schema=../../schemas/registration.schema.json\n${stringify(data)}`;
  return { [rel]: text };
}

/** Files for several registrations, plus a placeholder for every attachment they list. */
export function files(...registrations: Data[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const data of registrations) {
    Object.assign(out, registrationFile(data));
    for (const a of (data.attachments as { path: string }[] | undefined) ?? []) {
      out[a.path] = '# placeholder\n';
    }
  }
  return out;
}

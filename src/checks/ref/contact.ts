import type { Draft } from '../../findings/finding.js';
import { get, str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';

/** submitted_by must be a contact of the partner, so the vendor knows whom to answer. */
export const contactRef: RegistrationCheck = {
  rules: ['ref.contact', 'ref.contact-name'],
  run(unit, { ws }) {
    const partnerId = str(unit.data?.partner);
    const partner = partnerId === undefined ? undefined : ws.partners.get(partnerId);
    const by = get(unit.data, 'submitted_by');
    const email = str(get(by, 'email'));
    if (!partner || email === undefined || !Array.isArray(partner.contacts)) return [];

    const wanted = comparable(email);
    const contact = partner.contacts.find(
      (c) => typeof c.email === 'string' && comparable(c.email) === wanted,
    );
    if (!contact) {
      const params = { email, partner: partner.id, profile: `partners/${partner.id}.yaml` };
      return [{ rule: 'ref.contact', path: ['submitted_by', 'email'], at: 'value', params }];
    }
    const name = str(get(by, 'name'));
    const drafts: Draft[] = [];
    // Most names are typed as the profile has them; only others need normalising.
    const differs = name !== contact.name && name !== undefined;
    if (differs && normaliseName(name) !== normaliseName(contact.name)) {
      const params = { name, email, expected: contact.name };
      drafts.push({
        rule: 'ref.contact-name',
        severity: 'warning',
        path: ['submitted_by', 'name'],
        at: 'value',
        params,
      });
    }
    return drafts;
  },
};

/** An address as it compares: case and surrounding spaces do not tell two apart. */
function comparable(email: string): string {
  return email.trim().toLowerCase();
}

function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

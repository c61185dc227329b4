import type { Draft } from '../../findings/finding.js';
import { get, list, str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';

/**
 * A product line that needs a certification (industrial robots, medical devices) may be
 * registered only by a partner holding it, unexpired on the day of submission.
 */
export const certificationRef: RegistrationCheck = {
  rules: ['ref.certification'],
  run(unit, { ws }) {
    const partnerId = str(unit.data?.partner);
    const partner = partnerId === undefined ? undefined : ws.partners.get(partnerId);
    const date = str(unit.data?.submitted_on);
    if (!partner || date === undefined) return [];

    const needs = new Map<string, string>();
    for (const line of ws.policy.product_lines ?? []) {
      if (line.certification) needs.set(line.id, line.certification);
    }
    const held = (certification: string): boolean =>
      list(partner.certifications).some(
        (c) => str(get(c, 'id')) === certification && (str(get(c, 'expires_on')) ?? '') >= date,
      );

    const drafts: Draft[] = [];
    list(unit.data?.products).forEach((p, i) => {
      const line = str(get(p, 'line'));
      const certification = line === undefined ? undefined : needs.get(line);
      if (line === undefined || certification === undefined || held(certification)) return;
      const params = { line, certification, partner: partner.id, date };
      drafts.push({ rule: 'ref.certification', path: ['products', i, 'line'], at: 'value', params });
    });
    return drafts;
  },
};

import type { Draft, Segment } from '../../findings/finding.js';
import { get, list, str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';

export const regionRef: RegistrationCheck = {
  rules: ['ref.region'],
  run(unit, { ws }) {
    const regions = ws.policy.regions;
    if (!regions || regions.length === 0) return [];
    const known = regions.join(', ');
    const drafts: Draft[] = [];
    const check = (region: string | undefined, path: Segment[]): void => {
      if (region !== undefined && !regions.includes(region)) {
        drafts.push({ rule: 'ref.region', path, at: 'value', params: { region, known } });
      }
    };
    check(str(get(unit.data?.customer, 'region')), ['customer', 'region']);
    const opportunityRegions = list(get(unit.data?.opportunity, 'regions'));
    opportunityRegions.forEach((r, i) => check(str(r), ['opportunity', 'regions', i]));
    return drafts;
  },
};

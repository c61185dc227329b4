import { afterEach, describe, expect, it } from 'vitest';
import { factsOf } from '../../../src/checks/facts.js';
import { runChecks } from '../../../src/checks/run.js';
import { loadUnit, openWorkspace } from '../../../src/workspace/load.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../../helpers/workspace.js';

let dir = '';
afterEach(() => removeWorkspace(dir));

const today = '2026-11-26';
const rel = (n: string): string => `registrations/alpha/ALPHA-2026-${n}.yaml`;
/** A deal in file `n` that says it is `id`, for the customer `name`. */
const deal = (id: string, name: string): string =>
  validDeal.replace('ALPHA-2026-0002', id).replace('Meridian Foods Ltd.', name);

describe('the checks across files, with facts from the cache beside loaded files', () => {
  it('see each file once, as loaded where it was loaded, whatever order the facts come in', () => {
    // 0101 and 0103 share an id; 0102 is on its own, unless 0103 were taken for its old self.
    dir = makeWorkspace({
      [rel('0101')]: deal('ALPHA-2026-0101', 'Redwood Metals'),
      [rel('0102')]: deal('ALPHA-2026-0102', 'Bluepeak Textiles'),
      [rel('0103')]: deal('ALPHA-2026-0101', 'Oakridge Motors'),
    });
    const ws = openWorkspace(dir);
    const load = (n: string) => loadUnit(ws.root, rel(n), 'registration', ws.limits);
    const all = runChecks(ws, { today, units: ['0001', '0101', '0102', '0103'].map(load) });
    const about0103 = (r: ReturnType<typeof runChecks>) =>
      r.findings.filter((f) => f.file.endsWith('ALPHA-2026-0103.yaml'));
    expect(about0103(all).map((f) => f.rule)).toContain('id.duplicate');

    // 0103 loaded now; the others from the cache, backwards, with a stale entry of 0103
    // that named 0102's id and would make it 0102's twin instead.
    const cached = ['0102', '0101', '0001'].map((n) => factsOf(load(n)));
    const stale = { ...factsOf(load('0103')), id: 'ALPHA-2026-0102' };
    const mixed = runChecks(ws, { today, units: [load('0103')], facts: [stale, ...cached] });
    expect(about0103(mixed)).toEqual(about0103(all));
  });
});

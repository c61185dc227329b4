import { describe, expect, it } from 'vitest';
import { dateClosePassed } from '../../../src/checks/date/close-passed.js';
import { dateFuture } from '../../../src/checks/date/future.js';
import { dateOrder } from '../../../src/checks/date/order.js';
import { factsOf } from '../../../src/checks/facts.js';
import { idDuplicate } from '../../../src/checks/id/duplicate.js';
import { idFileName } from '../../../src/checks/id/file-name.js';
import { idFolder } from '../../../src/checks/id/folder.js';
import { idFormat } from '../../../src/checks/id/format.js';
import { context, dealWith, unitOf } from '../../helpers/units.js';
import { validDeal } from '../../helpers/workspace.js';

const ctx = context('2026-12-03');
const rules = (drafts: { rule: string }[]) => drafts.map((d) => d.rule);

describe('id checks', () => {
  it('want the partner in upper case and the year of submission', () => {
    expect(idFormat.run(dealWith(() => {}), ctx)).toEqual([]);
    expect(rules(idFormat.run(dealWith((r) => (r.id = 'BETA-2026-0002')), ctx))).toEqual(['id.partner']);
    expect(rules(idFormat.run(dealWith((r) => (r.id = 'ALPHA-2025-0002')), ctx))).toEqual(['id.year']);
    expect(rules(idFormat.run(dealWith((r) => (r.id = 'alpha-1')), ctx))).toEqual(['id.format']);
  });

  it('want the file named after the id, in the partner folder', () => {
    expect(rules(idFileName.run(unitOf(validDeal, 'registrations/alpha/OTHER.yaml'), ctx))).toEqual(['id.file-name']);
    expect(rules(idFolder.run(unitOf(validDeal, 'registrations/beta/ALPHA-2026-0002.yaml'), ctx))).toEqual(['id.folder']);
    expect(rules(idFolder.run(unitOf(validDeal, 'registrations/ALPHA-2026-0002.yaml'), ctx))).toEqual(['id.location']);
  });

  it('tell every holder of a duplicate id about the others', () => {
    const a = unitOf(validDeal, 'registrations/alpha/ALPHA-2026-0002.yaml');
    const b = unitOf(validDeal, 'registrations/alpha/copy.yaml');
    const c = unitOf(validDeal.replace('ALPHA-2026-0002', 'ALPHA-2026-0003'), 'registrations/alpha/ALPHA-2026-0003.yaml');
    const drafts = idDuplicate.run([a, b, c].map(factsOf), ctx);
    expect(drafts.map((d) => [d.file, d.params?.other])).toEqual([
      ['registrations/alpha/ALPHA-2026-0002.yaml', 'registrations/alpha/copy.yaml'],
      ['registrations/alpha/copy.yaml', 'registrations/alpha/ALPHA-2026-0002.yaml'],
    ]);
  });
});

describe('date checks', () => {
  it('allow a day of slack for time zones, not more', () => {
    expect(dateFuture.run(dealWith((r) => (r.submitted_on = '2026-12-04')), ctx)).toEqual([]);
    expect(rules(dateFuture.run(dealWith((r) => (r.submitted_on = '2026-12-05')), ctx))).toEqual(['date.future']);
  });

  it('keep dates in order', () => {
    const unit = dealWith((r) => {
      r.campaign = { start: '2027-01-10', end: '2027-01-09' };
      r.extensions = [{ requested_on: '2026-01-01', days: 30, reason: 'x' }];
      r.outcome = { status: 'won', on: '2026-11-01' };
    });
    const paths = dateOrder.run(unit, ctx).map((d) => d.path.join('.'));
    expect(paths).toEqual(['campaign.end', 'outcome.on', 'extensions.0.requested_on']);
  });

  it('warn about an open deal whose expected close has passed, not a closed one', () => {
    const late = dealWith((r) => ((r.opportunity as Record<string, unknown>).expected_close = '2026-12-01'));
    expect(dateClosePassed.run(late, ctx)).toEqual([expect.objectContaining({ severity: 'warning' })]);
    const won = dealWith((r) => {
      (r.opportunity as Record<string, unknown>).expected_close = '2026-12-01';
      r.outcome = { status: 'won', on: '2026-12-01' };
    });
    expect(dateClosePassed.run(won, ctx)).toEqual([]);
  });
});

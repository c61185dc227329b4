import { describe, expect, it } from 'vitest';
import { certificationRef } from '../../../src/checks/ref/certification.js';
import { contactRef } from '../../../src/checks/ref/contact.js';
import { currencyRef } from '../../../src/checks/ref/currency.js';
import { kindRef } from '../../../src/checks/ref/kind.js';
import { partnerRef } from '../../../src/checks/ref/partner.js';
import { productLineRef } from '../../../src/checks/ref/product-line.js';
import { regionRef } from '../../../src/checks/ref/region.js';
import { attachmentTypeRef } from '../../../src/checks/ref/attachment-type.js';
import { context, dealWith } from '../../helpers/units.js';

const ctx = context();
const rules = (drafts: { rule: string }[]) => drafts.map((d) => d.rule);

describe('ref checks', () => {
  it('accept the valid deal', () => {
    const unit = dealWith(() => {});
    for (const check of [partnerRef, contactRef, productLineRef, certificationRef, currencyRef, regionRef, kindRef]) {
      expect(check.run(unit, ctx)).toEqual([]);
    }
  });

  it('reject an unknown partner and list the known ones', () => {
    const [d] = partnerRef.run(dealWith((r) => (r.partner = 'gamma')), ctx);
    expect(d).toMatchObject({ rule: 'ref.partner', path: ['partner'], params: { known: 'alpha, beta' } });
  });

  it('reject a submitter who is not a contact of the partner, ignoring case of the email', () => {
    const other = dealWith((r) => (r.submitted_by = { name: 'X', email: 'x@alpha.example' }));
    expect(rules(contactRef.run(other, ctx))).toEqual(['ref.contact']);
    const upper = dealWith((r) => (r.submitted_by = { name: 'Zhang Wei', email: 'Zhang.Wei@Alpha.example' }));
    expect(contactRef.run(upper, ctx)).toEqual([]);
  });

  it('warn when the contact name differs', () => {
    const unit = dealWith((r) => (r.submitted_by = { name: 'W. Zhang', email: 'zhang.wei@alpha.example' }));
    expect(contactRef.run(unit, ctx)).toEqual([expect.objectContaining({ rule: 'ref.contact-name', severity: 'warning' })]);
  });

  it('reject a product line the policy does not have, in products and in a plan', () => {
    const unit = dealWith((r) => {
      r.products = [{ line: 'plc', quantity: 1 }, { line: 'lasers', quantity: 1 }];
      r.plan = { product_line: 'x-ray' };
    });
    const drafts = productLineRef.run(unit, ctx);
    expect(drafts.map((d) => d.path)).toEqual([['products', 1, 'line'], ['plan', 'product_line']]);
  });

  it('require a valid certification on the day of submission', () => {
    const robots = (partner: string, date: string) =>
      dealWith((r) => {
        r.partner = partner;
        r.submitted_on = date;
        r.products = [{ line: 'robotics', quantity: 1 }];
      });
    expect(certificationRef.run(robots('alpha', '2027-06-30'), ctx)).toEqual([]);
    expect(rules(certificationRef.run(robots('alpha', '2027-07-01'), ctx))).toEqual(['ref.certification']);
    expect(rules(certificationRef.run(robots('beta', '2026-11-01'), ctx))).toEqual(['ref.certification']);
  });

  it('reject a currency without a rate', () => {
    const unit = dealWith((r) => ((r.opportunity as Record<string, unknown>).currency = 'JPY'));
    expect(currencyRef.run(unit, ctx)).toEqual([expect.objectContaining({ rule: 'ref.currency', params: { currency: 'JPY', known: 'CNY, USD' } })]);
    const usd = dealWith((r) => ((r.opportunity as Record<string, unknown>).currency = 'USD'));
    expect(currencyRef.run(usd, ctx)).toEqual([]);
  });

  it('reject a region outside the policy list', () => {
    const unit = dealWith((r) => ((r.customer as Record<string, unknown>).region = 'Mars'));
    expect(rules(regionRef.run(unit, ctx))).toEqual(['ref.region']);
  });

  it('reject an attachment type the policy does not have', () => {
    const unit = dealWith((r) => (r.attachments = [{ path: 'a.md', type: 'selfie' }]));
    expect(rules(attachmentTypeRef.run(unit, ctx))).toEqual(['ref.attachment-type']);
  });

  it('never resolves names of Object.prototype members', () => {
    const unit = dealWith((r) => {
      r.partner = 'constructor';
      r.kind = 'toString';
      r.attachments = [{ path: 'a.md', type: '__proto__' }];
    });
    expect(rules(partnerRef.run(unit, ctx))).toEqual(['ref.partner']);
    expect(rules(kindRef.run(unit, ctx))).toEqual(['ref.kind']);
    expect(rules(attachmentTypeRef.run(unit, ctx))).toEqual(['ref.attachment-type']);
  });
});

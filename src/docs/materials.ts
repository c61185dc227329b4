import { t } from '../i18n/index.js';
import type { Condition, Policy, Requirement } from '../model/policy.js';
import { phraseCondition } from '../policy/why.js';
import { requiredForKinds } from '../schema/required.js';
import { validator } from '../schema/validator.js';
import { inlineCode } from '../templates/markdown.js';

export interface TierMaterials {
  tier: string;
  fieldsMd: string;
  attachmentsMd: string;
}

export interface KindMaterials {
  kind: string;
  title: string;
  schemaFieldsMd: string;
  tiers: TierMaterials[];
}

/** Per kind and tier, what the schema and the requirements of the policy ask for. */
export function materials(policy: Policy): KindMaterials[] {
  const kinds = Object.keys(policy.kinds);
  return Object.entries(policy.kinds).map(([kind, { title }]) => ({
    kind,
    title,
    schemaFieldsMd: schemaFields(kind, kinds).map(inlineCode).join(t('docs.list')),
    tiers: collapse(policy.tiers.map((tier) => tierMaterials(kind, tier.id, policy))),
  }));
}

/** One row for all tiers when the tier makes no difference to what is asked. */
function collapse(rows: TierMaterials[]): TierMaterials[] {
  const first = rows[0];
  if (!first || rows.length < 2) return rows;
  const same = rows.every(
    (r) => r.fieldsMd === first.fieldsMd && r.attachmentsMd === first.attachmentsMd,
  );
  return same ? [{ ...first, tier: t('docs.materials.every-tier') }] : rows;
}

function tierMaterials(kind: string, tier: string, policy: Policy): TierMaterials {
  const applying = (policy.requirements ?? []).filter((r) => appliesTo(r.when, kind, tier));
  const list = (pick: 'fields' | 'attachments'): string => {
    const items = applying
      .filter((r) => (r[pick] ?? []).length > 0)
      .map((r) => `${(r[pick] ?? []).map(inlineCode).join(t('docs.list'))}${only(r)}`);
    return items.length > 0 ? items.join('<br>') : t('docs.materials.none');
  };
  return { tier: inlineCode(tier), fieldsMd: list('fields'), attachmentsMd: list('attachments') };
}

function appliesTo(when: Condition | undefined, kind: string, tier: string): boolean {
  return (!when?.kind || when.kind.includes(kind)) && (!when?.tier || when.tier.includes(tier));
}

/** The conditions beyond kind and tier under which a requirement applies, if any. */
function only(requirement: Requirement): string {
  const rest: Condition = { ...requirement.when, kind: undefined, tier: undefined };
  if (!rest.industry && !rest.region && !rest.product_lines) return '';
  return ` ${t('docs.materials.only', { when: phraseCondition(rest) })}`;
}

/**
 * Top-level fields the schema requires for a kind, and nested ones that only some kinds
 * require (a deal's `customer.contact`): the rest follows from these.
 */
function schemaFields(kind: string, kinds: readonly string[]): string[] {
  const { fields, schema } = validator('registration');
  const needs = (path: string): boolean => requiredForKinds(schema, path, kinds).includes(kind);
  const count = (path: string): number => requiredForKinds(schema, path, kinds).length;
  return [...fields.keys()].filter((path) => {
    if (path === '' || path.includes('[]')) return false;
    const parts = path.split('.');
    if (parts.length === 1) return needs(path);
    const parent = parts.slice(0, -1).join('.');
    return parts.length === 2 && needs(path) && count(path) < count(parent);
  });
}

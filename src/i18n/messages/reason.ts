import { defineMessages } from '../define.js';

/** Pieces that say why a tier or a requirement applies, joined into findings and reports. */
export const reasonMessages = defineMessages({
  'reason.tier': ['tier {tier} applies because {because}', '适用档位 {tier}，因为{because}'],
  'reason.tier.value': ['{amount} is at least {threshold}', '{amount} 不低于 {threshold}'],
  'reason.tier.value-converted': [
    '{amount} ({base}) is at least {threshold}',
    '{amount}（折合 {base}）不低于 {threshold}',
  ],
  'reason.tier.product-lines': [
    '{count} product lines are at least {threshold}',
    '{count} 条产品线不少于 {threshold} 条',
  ],
  'reason.tier.regions': [
    '{count} regions are at least {threshold}',
    '{count} 个区域不少于 {threshold} 个',
  ],
  'reason.tier.field': ['{path} is {value}', '{path} 为 {value}'],
  'reason.tier.default': ['no signal of a higher tier holds', '未满足更高档位的任何条件'],
  'reason.kind': ['the kind is {value}', '报备类型为 {value}'],
  'reason.industry': ['the industry is {value}', '客户行业为 {value}'],
  'reason.region': ['the region is {value}', '区域为 {value}'],
  'reason.product-lines': ['the product lines include {value}', '产品线包含 {value}'],
  'reason.always': ['it applies to every registration', '该要求适用于所有报备'],
  'reason.and': [' and ', '，且'],
  'reason.comma': [', ', '，'],
  'reason.or': [' or ', ' 或 '],
  'reason.when.kind': ['the kind is {values}', '报备类型为 {values}'],
  'reason.when.tier': ['the tier is {values}', '档位为 {values}'],
  'reason.when.industry': ['the industry is {values}', '客户行业为 {values}'],
  'reason.when.region': ['the region is {values}', '区域为 {values}'],
  'reason.when.product_lines': ['the product lines include {values}', '产品线包含 {values}'],
  'reason.tier-signals.and': [' and ', '，且'],
});

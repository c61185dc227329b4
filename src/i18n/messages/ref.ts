import { defineMessages } from '../define.js';

export const refMessages = defineMessages({
  'ref.partner': ['There is no partner "{partner}"', '不存在合作伙伴"{partner}"'],
  'ref.partner.hint': [
    'Use your partner id as in partners/<id>.yaml; known partners: {known}',
    '请使用 partners/<id>.yaml 中的合作伙伴编号；已有：{known}',
  ],
  'ref.contact': [
    '{email} is not a contact of partner {partner}',
    '{email} 不是合作伙伴 {partner} 的联系人',
  ],
  'ref.contact.hint': [
    'Use the name and email of a contact listed in {profile}, or ask your channel manager to add you there.',
    '请使用 {profile} 中登记的联系人姓名和邮箱，或请渠道经理把您加入其中。',
  ],
  'ref.contact-name': [
    'The name "{name}" does not match the contact {email} ("{expected}")',
    '姓名"{name}"与联系人 {email} 登记的姓名（"{expected}"）不一致',
  ],
  'ref.contact-name.hint': [
    'Write the name as it is in the partner profile.',
    '请按合作伙伴档案中的写法填写姓名。',
  ],
  'ref.kind': ['The kind "{kind}" is not part of this program', '本计划不支持报备类型"{kind}"'],
  'ref.kind.hint': ['Use one of: {known}', '请使用以下之一：{known}'],
  'ref.product-line': ['There is no product line "{line}"', '不存在产品线"{line}"'],
  'ref.product-line.hint': [
    'Use a product line id from reg.config.yaml: {known}',
    '请使用 reg.config.yaml 中的产品线编号：{known}',
  ],
  'ref.certification': [
    'Product line {line} needs the certification {certification}, which partner {partner} does not hold on {date}',
    '产品线 {line} 需要认证 {certification}，而合作伙伴 {partner} 在 {date} 未持有有效认证',
  ],
  'ref.certification.hint': [
    'Register this line only with a valid certification; renew it with the vendor, or ask for a waiver if the policy allows one.',
    '只有持有有效认证才能报备该产品线；请向厂商续期认证，或在政策允许时申请豁免。',
  ],
  'ref.certification-id': [
    'There is no certification "{certification}" in the policy',
    '政策中不存在认证"{certification}"',
  ],
  'ref.certification-id.hint': [
    'Use a certification id from reg.config.yaml: {known}',
    '请使用 reg.config.yaml 中的认证编号：{known}',
  ],
  'ref.currency': [
    'The currency {currency} is not accepted by this program',
    '本计划不接受币种 {currency}',
  ],
  'ref.currency.hint': ['Use one of: {known}', '请使用以下币种之一：{known}'],
  'ref.region': ['There is no region "{region}"', '不存在区域"{region}"'],
  'ref.region.hint': ['Use one of: {known}', '请使用以下区域之一：{known}'],
  'ref.attachment-type': ['There is no attachment type "{type}"', '不存在附件类型"{type}"'],
  'ref.attachment-type.hint': ['Use one of: {known}', '请使用以下类型之一：{known}'],
});

import { defineMessages } from '../define.js';

export const waiverMessages = defineMessages({
  'waiver.unknown-rule': ['There is no rule "{rule}" to waive', '不存在可豁免的规则"{rule}"'],
  'waiver.unknown-rule.hint': [
    'Write the rule id as the finding shows it (did you mean: {close}?); this program lets you waive: {allowed}',
    '请按校验结果中显示的规则编号填写（是否想写：{close}？）；本计划可豁免的规则：{allowed}',
  ],
  'waiver.not-waivable': [
    'The rule {rule} cannot be waived in this program',
    '本计划不允许豁免规则 {rule}',
  ],
  'waiver.not-waivable.hint': [
    'Fix the finding instead; this program lets you waive only: {allowed}',
    '请直接修正该问题；本计划只允许豁免：{allowed}',
  ],
  'waiver.reason': [
    'The reason for waiving {rule} is too short to judge',
    '豁免 {rule} 的理由过于简短，无法据此审批',
  ],
  'waiver.reason.hint': [
    'Explain in at least {min} letters or characters why the rule cannot be met here and what is done instead.',
    '请用至少 {min} 个字说明为何此处无法满足该规则，以及替代做法。',
  ],
  'waiver.applied': [
    'Waived by {waiver}: a notice for the reviewers, who approve the waiver ({approvers}).',
    '已由 {waiver} 豁免：仅作为提示供审批人参考，该豁免须由 {approvers} 审批。',
  ],
  'waiver.unused': [
    'The waiver of {rule} waives nothing: the rule finds no error here',
    '对 {rule} 的豁免没有作用：该规则在此未发现错误',
  ],
  'waiver.unused.hint': [
    'Remove the waiver; it would still ask its approvers for a review.',
    '请删除该豁免；否则仍会要求相应审批人审核。',
  ],
});

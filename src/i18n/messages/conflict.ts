import { defineMessages } from '../define.js';

export const conflictMessages = defineMessages({
  'conflict.customer': [
    'This customer is already registered for an overlapping product line by {other}, protected until {until}',
    '该客户的重叠产品线已由报备 {other} 登记在先，保护期至 {until}',
  ],
  'conflict.customer.hint': [
    'The earlier registration has priority while it is protected. If this is a different company or project, tell your channel manager; otherwise withdraw this registration (outcome: withdrawn).',
    '保护期内以在先报备为准。如确属不同公司或不同项目，请联系渠道经理；否则请撤回本报备（outcome: withdrawn）。',
  ],
  'conflict.similar': [
    'The customer name is close to that of the earlier registration {other} ({score}% alike)',
    '客户名称与在先报备 {other} 的客户名称相近（相似度 {score}%）',
  ],
  'conflict.similar.hint': [
    'A reviewer will check whether both name the same company; write the full legal name and add the registration_number to make it clear.',
    '审批人将核实两者是否为同一公司；请填写客户的法定全称并补充 registration_number，以便区分。',
  ],
});

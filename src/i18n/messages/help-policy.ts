import { defineMessages } from '../define.js';

/** Help of the commands that explain the policy. */
export const helpPolicyMessages = defineMessages({
  'help.explain': [
    'explain a field or a rule: what it means, when it is required, how to fix it',
    '解释字段或规则：含义、何时必填、如何修改',
  ],
  'help.explain.name': [
    'a field (e.g. customer.registration_number) or a rule id (e.g. completeness.attachment)',
    '字段（如 customer.registration_number）或规则编号（如 completeness.attachment）',
  ],
  'help.docs': [
    'render the process document from the policy and the schemas',
    '根据政策和数据规范生成流程说明文档',
  ],
  'help.docs.out': [
    'write to FILE (only over a file written by reg docs) instead of printing',
    '写入指定文件（只覆盖由 reg docs 生成的文件），而不是输出到屏幕',
  ],
});

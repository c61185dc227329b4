import { defineMessages } from '../define.js';

/** Help of the commands that read git: pull-request guards, approvals, states, history. */
export const helpWorkflowMessages = defineMessages({
  'help.check-pr': [
    'check a pull request against the guards: scope, policy files, identity, dates, extensions',
    '按规则检查合并请求：修改范围、政策文件、身份字段、日期、延期',
  ],
  'help.check-pr.base': [
    'the branch the pull request goes into (origin/<ref> is tried too)',
    '合并请求的目标分支（也会尝试 origin/<ref>）',
  ],
  'help.head': [
    'the commit to check (default: the working tree)',
    '要检查的提交（默认：工作区中的文件）',
  ],
  'help.actor': [
    'code-host handle of who makes the change (in CI: the pull request author)',
    '提交变更者的代码托管平台账号（在 CI 中为合并请求作者）',
  ],
});

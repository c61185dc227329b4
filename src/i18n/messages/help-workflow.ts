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
  'help.approvals': [
    'who must approve the changed registrations; with --reviews, which approvals are missing',
    '列出已变更报备的必需审批人；配合 --reviews 检查缺少哪些批准',
  ],
  'help.approvals.base': [
    'only the registrations changed since the merge base with this branch (default: all)',
    '只列出与该分支合并基准相比有变更的报备（默认：全部）',
  ],
  'help.reviews': [
    "the code host's reviews as JSON (GitHub pull request reviews or GitLab approvals)",
    '代码托管平台的评审记录 JSON（GitHub 合并请求评审或 GitLab 审批信息）',
  ],
  'help.author': [
    'handle of the pull request author, whose own approval never counts',
    '合并请求作者的账号；作者本人的批准不计入',
  ],
  'help.list': [
    'registrations with their derived state, tier and protection end',
    '列出报备及其推导出的状态、级别和保护期截止日',
  ],
  'help.list.state': [
    'only this state: pending, active, expiring, expired, won, lost, withdrawn, rejected',
    '只列出该状态：pending、active、expiring、expired、won、lost、withdrawn、rejected',
  ],
  'help.list.partner': ["only this partner's registrations", '只列出该合作伙伴的报备'],
  'help.list.expiring': [
    'only registrations whose protection ends within DAYS',
    '只列出保护期在指定天数内结束的报备',
  ],
  'help.list.base': [
    'the base branch that says what is merged (default: the upstream, else main)',
    '用于判断是否已合并的基准分支（默认：上游分支，否则为 main）',
  ],
  'help.documents.no-cache': [
    'read every file afresh, not the documents a report keeps in the cache',
    '重新读取每个文件，不使用报告保存在缓存中的文档',
  ],
  'help.history': [
    'the audit trail of one registration from git: every change, who and when',
    '从 git 中列出某个报备的审计记录：每次变更、变更人和时间',
  ],
  'help.history.id': ['the registration id, e.g. ALPHA-2026-0001', '报备编号，如 ALPHA-2026-0001'],
  'help.codeowners': [
    'print CODEOWNERS lines: partner folders to their handles and approvers, policy to admins',
    '输出 CODEOWNERS 内容：合作伙伴目录归其账号和审批人，政策文件归管理员',
  ],
});

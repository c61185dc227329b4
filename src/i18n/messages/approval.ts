import { defineMessages } from '../define.js';

export const approvalMessages = defineMessages({
  'approval.missing': [
    '{id} still needs an approval of {title} ({group}); it can be given by {who}',
    '{id} 仍需 {title}（{group}）的批准；可由 {who} 批准',
  ],
  'approval.missing.hint': [
    "One approving review from any of them satisfies the group; the author's own does not count.",
    '其中任一人批准即可满足该组要求；作者本人的批准不计入。',
  ],
  'approval.missing.nobody': [
    '{id} needs an approval of {title} ({group}), but no member other than the author can give it',
    '{id} 需要 {title}（{group}）的批准，但除作者外该组没有其他成员可以批准',
  ],
  'approval.missing.nobody.hint': [
    'Ask an admin to add members to approvers.{group} in reg.config.yaml.',
    '请联系管理员在 reg.config.yaml 的 approvers.{group} 中添加成员。',
  ],
  'approval.required': [
    '{id} needs an approval of {title} ({group}), from one of {who}',
    '{id} 需要 {title}（{group}）的批准，可由 {who} 中的任一人批准',
  ],
  'approval.required.hint': [
    "Pass --reviews FILE with the code host's reviews to check which approvals are present.",
    '请用 --reviews FILE 提供代码托管平台的评审记录，以检查已有哪些批准。',
  ],
  'approval.required.nobody': [
    '{id} needs an approval of {title} ({group}), but the group has no member who can give it',
    '{id} 需要 {title}（{group}）的批准，但该组没有可以批准的成员',
  ],
  'approval.required.nobody.hint': [
    'Ask an admin to add members to approvers.{group} in reg.config.yaml.',
    '请联系管理员在 reg.config.yaml 的 approvers.{group} 中添加成员。',
  ],
  'approval.bad-reviews': [
    "The reviews file {file} is neither GitHub's list of reviews nor GitLab's approvals",
    '评审文件 {file} 既不是 GitHub 的评审列表，也不是 GitLab 的审批信息',
  ],
  'approval.bad-reviews.hint': [
    'Save GET /repos/{owner}/{repo}/pulls/{number}/reviews (GitHub) or ' +
      'GET /projects/:id/merge_requests/:iid/approvals (GitLab) as JSON.',
    '请将 GET /repos/{owner}/{repo}/pulls/{number}/reviews（GitHub）或 ' +
      'GET /projects/:id/merge_requests/:iid/approvals（GitLab）的结果保存为 JSON。',
  ],
  'approval.unreadable': [
    'The reviews file {file} cannot be read: {detail}',
    '无法读取评审文件 {file}：{detail}',
  ],
  'approval.none': ['No changed registration needs an approval.', '没有需要审批的已变更报备。'],
  'approval.auto': [
    'no approval needed (tier {tier} is auto-approved)',
    '无需审批（{tier} 级别自动通过）',
  ],
  'approval.ok': ['approved by {who}', '已由 {who} 批准'],
  'approval.wanted': ['missing', '缺少'],
  'approval.open': ['required', '需要'],
  'approval.reason.tier': ['tier {tier}', '级别 {tier}'],
  'approval.reason.waiver': ['waiver of {rule}', '豁免 {rule}'],
  'approval.reason.extra': ['policy rule {id}', '政策规则 {id}'],
  'approval.reason.rejected': ['rejection, tier {tier}', '拒绝决定，级别 {tier}'],
  'approval.reason.returned': ['return, tier {tier}', '退回决定，级别 {tier}'],
  'approval.summary': [
    '{registrations} registrations: {missing} approvals missing.',
    '{registrations} 个报备：缺少 {missing} 项批准。',
  ],
});

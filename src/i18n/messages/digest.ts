import { defineMessages } from '../define.js';

export const digestMessages = defineMessages({
  'digest.title': ['Registration digest, {since} to {until}', '报备动态摘要：{since} 至 {until}'],
  'digest.quiet': [
    'No registration, decision, outcome or policy change in this period.',
    '本时段内没有新报备、审批决定、结果或政策变更。',
  ],
  'digest.added': [
    'New registrations, approved by merge ({count})',
    '新增报备（随合并获批，{count} 个）',
  ],
  'digest.status.rejected': ['rejected', '驳回'],
  'digest.status.returned': ['returned', '退回'],
  'digest.status.won': ['won', '赢单'],
  'digest.status.lost': ['lost', '丢单'],
  'digest.status.withdrawn': ['withdrawn', '撤回'],
  'digest.decisions': ['Rejected or returned ({count})', '驳回或退回（{count} 个）'],
  'digest.outcomes': ['Outcomes ({count})', '结果（{count} 个）'],
  'digest.expiring': ['Protection ending soon ({count})', '保护期即将到期（{count} 个）'],
  'digest.ends': ['ends {date}, in {days} days', '{date} 到期，剩 {days} 天'],
  'digest.overdue': ['Pending past their SLA ({count})', '待审批且已超时（{count} 个）'],
  'digest.due': ['was due {date}', '时限为 {date}'],
  'digest.policy': [
    'Changes to the policy, schemas or templates ({count})',
    '政策、数据规范或模板的变更（{count} 项）',
  ],
  'digest.none': ['none', '无'],
});

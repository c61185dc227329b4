import { defineMessages } from '../define.js';

export const listMessages = defineMessages({
  'list.none': ['No registration matches.', '没有符合条件的报备。'],
  // The headers of the table for people; JSON and CSV keep the field names.
  'list.col.id': ['id', '编号'],
  'list.col.partner': ['partner', '合作伙伴'],
  'list.col.kind': ['kind', '类型'],
  'list.col.customer': ['customer', '客户'],
  'list.col.tier': ['tier', '级别'],
  'list.col.state': ['state', '状态'],
  'list.col.submitted_on': ['submitted on', '提交日期'],
  'list.col.protection_end': ['protection end', '保护期截止'],
  'list.col.merged_at': ['merged at', '合并时间'],
  'list.summary': ['{registrations}.', '共 {registrations}。'],
  'list.unreadable': [
    'Left out, since they could not be read: {files}; run "reg validate" to see why.',
    '有 {files}无法读取，已略过；运行"reg validate"查看原因。',
  ],
  'list.bad-state': [
    'Unknown state "{value}"; choose one of: {known}',
    '未知的状态"{value}"；可选：{known}',
  ],
  'list.bad-partner': [
    'There is no partner "{value}"; the partners are: {known}',
    '不存在合作伙伴"{value}"；现有合作伙伴：{known}',
  ],
  'list.bad-days': ['"{value}" is not a number of days', '"{value}"不是有效的天数'],
});

import { defineMessages } from '../define.js';

export const listMessages = defineMessages({
  'list.none': ['No registration matches.', '没有符合条件的报备。'],
  'list.summary': ['{registrations}.', '共 {registrations}。'],
  'list.unreadable': [
    'Left out, since they could not be read: {files}; run "reg validate" to see why.',
    '有 {files}无法读取，已略过；运行"reg validate"查看原因。',
  ],
  'list.bad-state': [
    'Unknown state "{value}"; choose one of: {known}',
    '未知的状态"{value}"；可选：{known}',
  ],
  'list.bad-days': ['"{value}" is not a number of days', '"{value}"不是有效的天数'],
});

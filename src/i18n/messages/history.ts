import { defineMessages } from '../define.js';

export const historyMessages = defineMessages({
  'history.registered': [
    'registered: {kind}, tier {tier}, value {value}',
    '新建报备：{kind}，级别 {tier}，金额 {value}',
  ],
  'history.separator': ['; ', '；'],
  'history.deleted': ['deleted', '已删除'],
  'history.value': ['value {was} → {now}', '金额 {was} → {now}'],
  'history.field': ['{field} {was} → {now}', '{field} {was} → {now}'],
  'history.extension': ['extension of {days} days asked on {date}', '于 {date} 申请延期 {days} 天'],
  'history.extensions-changed': ['merged extensions changed', '已合并的延期被修改'],
  'history.status': ['{field} {value}', '{field} {value}'],
  'history.removed': ['{field} removed', '{field} 被删除'],
  'history.list': [', ', '、'],
  'history.fields-changed': ['changed: {fields}', '修改：{fields}'],
  'history.fields-added': ['added: {fields}', '新增：{fields}'],
  'history.fields-removed': ['removed: {fields}', '删除：{fields}'],
  'history.no-change': ['no change to the content', '内容无变化'],
  'history.unreadable': [
    'this version could not be read (run "reg validate" on it)',
    '此版本无法读取（请对其运行"reg validate"）',
  ],
  'history.moved': ['moved from {from}', '从 {from} 移来'],
  'history.bad-id': [
    '"{id}" is not a registration id (<PARTNER>-<YYYY>-<NNNN>)',
    '"{id}"不是有效的报备编号（<合作伙伴>-<年份>-<序号>）',
  ],
  'history.bad-id.hint': [
    'Give the id as in the file name, e.g. reg history ALPHA-2026-0001.',
    '请按文件名中的编号填写，如 reg history ALPHA-2026-0001。',
  ],
  'history.unknown': [
    'No registration {id} in this workspace or its history',
    '在此工作区及其历史中找不到报备 {id}',
  ],
  'history.unknown.hint': ['Check the id with "reg list".', '请用"reg list"核对编号。'],
  'history.none': ['The registration {id} has no commits yet.', '报备 {id} 尚无提交记录。'],
});

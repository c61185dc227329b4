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
  'history.unknown-shallow': [
    'No registration {id} in this workspace or in the part of its history this shallow clone holds',
    '在此工作区及此浅克隆所含的部分历史中找不到报备 {id}',
  ],
  'history.shallow': [
    'This clone is shallow: its history of {id} is cut off at commit {commit}, so who ' +
      'registered it, when, and what changed before that are not in it',
    '当前克隆为浅克隆：{id} 的历史在提交 {commit} 处被截断，无法得知由谁、何时报备，以及此前的变更',
  ],
  'history.shallow.hint': [
    'Fetch the whole history: GitHub Actions "fetch-depth: 0" in actions/checkout, GitLab CI ' +
      '"GIT_DEPTH: 0"; or run git fetch --unshallow.',
    '请获取完整历史：GitHub Actions 在 actions/checkout 中设置"fetch-depth: 0"，GitLab CI 设置' +
      '"GIT_DEPTH: 0"；或运行 git fetch --unshallow。',
  ],
  'history.none': ['The registration {id} has no commits yet.', '报备 {id} 尚无提交记录。'],
});

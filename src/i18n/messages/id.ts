import { defineMessages } from '../define.js';

export const idMessages = defineMessages({
  'id.format': [
    'The id {id} is not of the form <PARTNER>-<YYYY>-<NNNN>',
    '编号 {id} 不符合 <合作伙伴>-<年份>-<序号> 的格式',
  ],
  'id.format.hint': [
    'Let "reg new" assign the id; by hand it looks like {example}.',
    '请让"reg new"分配编号；手工填写时形如 {example}。',
  ],
  'id.file-name': [
    'The id {id} does not match the file name {name}',
    '编号 {id} 与文件名 {name} 不一致',
  ],
  'id.file-name.hint': [
    'Rename the file to {id}.yaml, or correct the id; they must be equal.',
    '请把文件改名为 {id}.yaml，或改正编号；两者必须相同。',
  ],
  'id.duplicate': ['The id {id} is also used by {other}', '编号 {id} 已被 {other} 使用'],
  'id.duplicate.hint': [
    'Each registration needs its own id; create new ones with "reg new".',
    '每个报备都需要唯一的编号；请用"reg new"新建。',
  ],
  'id.folder': [
    'The registration of partner {partner} is in the folder of {folder}',
    '合作伙伴 {partner} 的报备放在了 {folder} 的目录中',
  ],
  'id.folder.hint': [
    'Move it to registrations/{partner}/, or correct the partner field.',
    '请把它移到 registrations/{partner}/，或改正 partner 字段。',
  ],
  'id.partner': [
    'The id {id} does not start with the partner {prefix}',
    '编号 {id} 的前缀与合作伙伴 {prefix} 不一致',
  ],
  'id.partner.hint': [
    'The id starts with the partner id in upper case: {prefix}-….',
    '编号应以大写的合作伙伴编号开头：{prefix}-…。',
  ],
  'id.year': [
    'The id {id} names the year {year}, but submitted_on is in {submitted}',
    '编号 {id} 中的年份为 {year}，但 submitted_on 在 {submitted} 年',
  ],
  'id.year.hint': [
    'The year in the id is the year of submitted_on.',
    '编号中的年份应与 submitted_on 的年份一致。',
  ],
  'id.partner-file': [
    'The partner id {id} does not match the file name {name}',
    '合作伙伴编号 {id} 与文件名 {name} 不一致',
  ],
  'id.partner-file.hint': [
    'Rename the file to {id}.yaml or correct the id.',
    '请把文件改名为 {id}.yaml，或改正编号。',
  ],
  'id.location': [
    'The file {file} is not where registrations live',
    '文件 {file} 不在报备应放的位置',
  ],
  'id.location.hint': [
    "Registrations live directly in their partner's folder, as registrations/<partner>/<ID>.yaml: move the file there, or out of registrations/ (documents go under attachments/<partner>/<ID>/).",
    '报备文件应直接放在所属合作伙伴的目录中，即 registrations/<合作伙伴>/<编号>.yaml：请把文件移到该位置，或移出 registrations/（文档应放在 attachments/<合作伙伴>/<编号>/ 下）。',
  ],
  'id.location.name': [
    'The file {file} is not named as a registration: <ID>.yaml',
    '文件 {file} 的名称不符合报备文件的命名：<编号>.yaml',
  ],
  'id.location.name.hint': [
    'A registration is named after its id with the ending .yaml, in lower case; rename the file, or move it out of registrations/ (documents go under attachments/<partner>/<ID>/).',
    '报备文件以其编号命名，扩展名为小写的 .yaml；请重命名该文件，或把它移出 registrations/（文档应放在 attachments/<合作伙伴>/<编号>/ 下）。',
  ],
});

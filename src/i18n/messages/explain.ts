import { defineMessages } from '../define.js';

/** The words around `reg explain`; the rules' own texts are in explain-*.ts. */
export const explainMessages = defineMessages({
  'explain.label.rule': ['rule', '规则'],
  'explain.label.error': ['an error: it fails the check', '错误：检查不通过'],
  'explain.label.warning': [
    'a warning: it fails the check only with --strict',
    '警告：仅在使用 --strict 时判为不通过',
  ],
  'explain.label.notice': [
    'a notice: information, never a failure',
    '提示：仅供参考，不会判为不通过',
  ],
  'explain.label.waivable': [
    'May be waived in this program, with the approval of: {approvers}',
    '本计划允许豁免，须经以下审批组批准：{approvers}',
  ],
  'explain.label.not-waivable': ['Cannot be waived in this program.', '本计划不允许豁免。'],
  'explain.label.requirements': ['In this program:', '本计划中：'],
  'explain.label.requirement': [
    '"{id}" ({title}): when {when}: {asks}',
    '"{id}"（{title}）：当{when}时：{asks}',
  ],
  'explain.label.field-of': ['Field of the {document}', '{document}中的字段'],
  'explain.label.document.registration': ['registration', '报备'],
  'explain.label.document.partner': ['partner profile', '合作伙伴档案'],
  'explain.label.document.policy': ['policy (reg.config.yaml)', '政策（reg.config.yaml）'],
  'explain.label.example': ['Example: {example}', '示例：{example}'],
  'explain.label.fields': ['Fields: {fields}', '下级字段：{fields}'],
  'explain.label.required': ['Required:', '是否必填：'],
  'explain.label.required.always': [
    'by the schema, for every kind',
    '数据规范要求，所有报备类型均须填写',
  ],
  'explain.label.required.kinds': [
    'by the schema, for the kinds {kinds}',
    '数据规范要求，适用于报备类型 {kinds}',
  ],
  'explain.label.required.item': [
    'by the schema, in every entry of {parent}',
    '数据规范要求，{parent} 中的每一项均须填写',
  ],
  'explain.label.required.parent': [
    'by the schema, whenever {parent} is given',
    '数据规范要求，凡填写 {parent} 时均须填写',
  ],
  'explain.label.values': ['In this program: {values}', '本计划中可用的值：{values}'],
  'explain.label.required.optional': ['not by the schema', '数据规范不要求'],
  'explain.label.required.by': [
    'by requirement "{id}" ({title}) when {when}',
    '要求"{id}"（{title}）：当{when}时须填写',
  ],
  'explain.label.fix': ['How to fix: {fix}', '如何修改：{fix}'],
  'explain.fix.enum': ['Use one of: {values}.', '请使用以下之一：{values}。'],
  'explain.fix.date': [
    'Write a calendar date as YYYY-MM-DD, e.g. {example}',
    '请按 YYYY-MM-DD 填写日历日期，如 {example}',
  ],
  'explain.fix.email': [
    'Write a plain email address, e.g. {example}',
    '请填写纯邮箱地址，如 {example}',
  ],
  'explain.fix.number': [
    'Write a number without currency or thousands separators, e.g. {example}',
    '请填写数字，不带币种和千位分隔符，如 {example}',
  ],
  'explain.fix.boolean': ['Write true or false.', '请填写 true 或 false。'],
  'explain.fix.list': [
    'Write a list, one entry per line starting with "- ".',
    '请写成列表，每项一行，以"- "开头。',
  ],
  'explain.fix.map': [
    'Write its fields on the lines below it, indented by two spaces: {fields}.',
    '请在其下方逐行填写下级字段，缩进两个空格：{fields}。',
  ],
  'explain.fix.pattern': [
    'Write it in the form of the example: {example}',
    '请按示例的格式填写：{example}',
  ],
  'explain.fix.text': ['Write it as text, e.g. {example}', '请填写文本，如 {example}'],
  'explain.unknown': ['There is no field or rule "{name}"', '不存在字段或规则"{name}"'],
  'explain.unknown.hint': [
    'Did you mean: {close}? Fields are dotted paths such as customer.name; rules are ids such as completeness.attachment.',
    '是否想查：{close}？字段为点分路径，如 customer.name；规则为编号，如 completeness.attachment。',
  ],
  'explain.unknown.hint.none': [
    'Fields are dotted paths such as customer.name; rules are ids such as completeness.attachment.',
    '字段为点分路径，如 customer.name；规则为编号，如 completeness.attachment。',
  ],
});

import { defineMessages } from '../define.js';

export const schemaMessages = defineMessages({
  'schema.required': ['{field} is missing', '缺少 {field}'],
  'schema.required.hint': [
    'Add {field}: {description}',
    '请填写 {field}：{description}',
  ],
  'schema.required.root': ['{field} is missing', '缺少 {field}'],
  'schema.type': ['{path} should be {expected}, not {actual}', '{path} 应为{expected}，而不是{actual}'],
  'schema.type.hint': [
    'Write {path} as {expected}, for example: {example}',
    '请把 {path} 写成{expected}，例如：{example}',
  ],
  'schema.type.string': ['text', '文本'],
  'schema.type.number': ['a number', '数字'],
  'schema.type.integer': ['a whole number', '整数'],
  'schema.type.boolean': ['true or false', 'true 或 false'],
  'schema.type.object': ['a map of keys and values', '键值映射'],
  'schema.type.array': ['a list', '列表'],
  'schema.type.null': ['empty', '空值'],
  'schema.format.email': ['{path} is not an email address', '{path} 不是有效的电子邮件地址'],
  'schema.format.date': [
    '{path} is not a date of the calendar (YYYY-MM-DD)',
    '{path} 不是有效的日历日期（YYYY-MM-DD）',
  ],
  'schema.format.uri': ['{path} is not a web address', '{path} 不是有效的网址'],
  'schema.format': ['{path} is not a valid {format}', '{path} 不是有效的 {format}'],
  'schema.format.hint': [
    'Write {path} like this: {example}',
    '请按此格式填写 {path}：{example}',
  ],
  'schema.enum': ['{path} must be one of: {allowed}', '{path} 只能是以下之一：{allowed}'],
  'schema.enum.hint': [
    'Use one of the listed values exactly as written (lower case).',
    '请原样使用所列的某个值（小写）。',
  ],
  'schema.const': ['{path} must be {allowed}', '{path} 必须为 {allowed}'],
  'schema.const.hint': ['Write {path}: {allowed}', '请写成 {path}: {allowed}'],
  'schema.pattern': ['{path} does not have the expected form', '{path} 的格式不正确'],
  'schema.pattern.hint': [
    'Write {path} like this: {example}',
    '请按此格式填写 {path}：{example}',
  ],
  'schema.additional-properties': ['{path} is not a known field', '{path} 不是已知的字段'],
  'schema.additional-properties.hint': [
    'Check the spelling (keys are lower case with underscores) or remove it; known fields here: {allowed}',
    '请检查拼写（键名为小写加下划线）或删除；此处可用的字段：{allowed}',
  ],
  'schema.minimum': ['{path} must be at least {limit}', '{path} 不能小于 {limit}'],
  'schema.maximum': ['{path} must be at most {limit}', '{path} 不能大于 {limit}'],
  'schema.exclusive-minimum': ['{path} must be more than {limit}', '{path} 必须大于 {limit}'],
  'schema.exclusive-maximum': ['{path} must be less than {limit}', '{path} 必须小于 {limit}'],
  'schema.range.hint': ['Enter a value in the allowed range.', '请输入允许范围内的值。'],
  'schema.min-length': [
    '{path} is too short: at least {limit} characters',
    '{path} 太短：至少需要 {limit} 个字符',
  ],
  'schema.max-length': [
    '{path} is too long: at most {limit} characters',
    '{path} 太长：最多 {limit} 个字符',
  ],
  'schema.length.hint': [
    'Write {path} with the number of characters allowed.',
    '请按允许的字数填写 {path}。',
  ],
  'schema.min-items': ['{path} needs at least {limit} entries', '{path} 至少需要 {limit} 项'],
  'schema.max-items': ['{path} has more than {limit} entries', '{path} 超过了 {limit} 项'],
  'schema.items.hint': ['Add or remove entries of {path}.', '请增减 {path} 中的条目。'],
  'schema.unique-items': ['{path} lists the same entry twice', '{path} 中有重复的条目'],
  'schema.unique-items.hint': ['Remove the repeated entry.', '请删除重复的条目。'],
  'schema.multiple-of': ['{path} must be a multiple of {limit}', '{path} 必须是 {limit} 的倍数'],
  'schema.other': ['{path}: {detail}', '{path}：{detail}'],
  'schema.other.hint': [
    'See "reg explain {path}" for what this field expects.',
    '运行"reg explain {path}"查看该字段的要求。',
  ],
  'schema.root': ['the registration', '报备'],
});

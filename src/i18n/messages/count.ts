import { defineMessages } from '../define.js';

// A number with its noun, for messages that count: English says "1 file" but "2 files",
// Chinese writes both alike. See `countOf` in i18n/index.ts.
export const countMessages = defineMessages({
  'count.file.one': ['1 file', '1 个文件'],
  'count.file.other': ['{n} files', '{n} 个文件'],
  'count.problem.one': ['1 problem', '1 处问题'],
  'count.problem.other': ['{n} problems', '{n} 处问题'],
  'count.registration.one': ['1 registration', '1 个报备'],
  'count.registration.other': ['{n} registrations', '{n} 个报备'],
  'count.registration-file.one': ['1 registration file', '1 个报备文件'],
  'count.registration-file.other': ['{n} registration files', '{n} 个报备文件'],
  'count.required-field.one': ['1 required field', '1 个必填字段'],
  'count.required-field.other': ['{n} required fields', '{n} 个必填字段'],
});

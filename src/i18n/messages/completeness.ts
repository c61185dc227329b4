import { defineMessages } from '../define.js';

export const completenessMessages = defineMessages({
  'completeness.field': [
    '{why}, so requirement "{requirement}" asks for the field {field}',
    '{why}，因此要求"{requirement}"需要填写字段 {field}',
  ],
  'completeness.field.hint': [
    'Fill in {field} ({title}); "reg explain {field}" says what it expects.',
    '请填写 {field}（{title}）；运行"reg explain {field}"可查看填写说明。',
  ],
  'completeness.attachment': [
    '{why}, so requirement "{requirement}" asks for an attachment of type {type}',
    '{why}，因此要求"{requirement}"需要提供类型为 {type} 的附件',
  ],
  'completeness.attachment.hint': [
    'Put the {title} under attachments/{partner}/{id}/ and list it under attachments with type: {type}.',
    '请把{title}放到 attachments/{partner}/{id}/ 下，并在 attachments 中登记，type 为 {type}。',
  ],
});

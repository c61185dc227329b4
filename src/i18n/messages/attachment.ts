import { defineMessages } from '../define.js';

export const attachmentMessages = defineMessages({
  'attachment.missing': ['The attachment {file} does not exist', '附件 {file} 不存在'],
  'attachment.missing.hint': [
    'Put the file at {file} (paths are relative to the workspace root) or correct the path.',
    '请把文件放到 {file}（路径相对于工作区根目录），或改正路径。',
  ],
  'attachment.outside': [
    'The attachment path {file} leads outside the workspace',
    '附件路径 {file} 指向了工作区之外',
  ],
  'attachment.outside.hint': [
    'Copy the document into attachments/{partner}/{id}/ and list it by that relative path.',
    '请把文档复制到 attachments/{partner}/{id}/，并使用该相对路径。',
  ],
  'attachment.too-large': [
    'The attachment {file} has {size} bytes, more than the limit of {limit}',
    '附件 {file} 大小为 {size} 字节，超过了 {limit} 字节的上限',
  ],
  'attachment.too-large.hint': [
    'Compress the document or split it; the limit is set in reg.config.yaml.',
    '请压缩或拆分文档；上限在 reg.config.yaml 中设定。',
  ],
  'attachment.type': [
    'The attachment {file} is of type {type}, which must be one of: {extensions}',
    '附件 {file} 的类型为 {type}，文件扩展名须为以下之一：{extensions}',
  ],
  'attachment.type.hint': [
    'Save the document in one of the accepted formats, or choose the right type.',
    '请把文档另存为可接受的格式，或选择正确的类型。',
  ],
  'attachment.folder': [
    "The attachment {file} is not in this registration's folder {folder}",
    '附件 {file} 不在本报备的目录 {folder} 中',
  ],
  'attachment.folder.hint': [
    'Move it to {folder} so that it is submitted with this registration.',
    '请把它移到 {folder}，以便与本报备一同提交。',
  ],
});

import { defineMessages } from '../define.js';

/** Failures while reading the workspace's folders. */
export const readMessages = defineMessages({
  'read.folder-failed': [
    'Could not read the folder {folder}: {reason} ({code})',
    '无法读取文件夹 {folder}：{reason}（{code}）',
  ],
  'read.folder-failed.hint': [
    'Let the user running reg read it and its files (for example chmod -R u+rX {folder}), then run the command again; reg does not pass a run over files it cannot see.',
    '请让运行 reg 的用户能够读取该文件夹及其中的文件（例如 chmod -R u+rX {folder}），然后重新运行命令；reg 不会放过它看不到的文件。',
  ],
  'read.registrations-link': [
    'The folder registrations/ is a link, which reg does not follow',
    'registrations/ 目录是一个链接，reg 不会跟随链接读取',
  ],
  'read.registrations-link.hint': [
    'Keep the registrations in a real folder of the workspace: a link may lead out of it.',
    '请把报备放在工作区中的真实目录里：链接可能指向工作区之外。',
  ],
  'read.reason.EACCES': ['permission denied', '没有读取权限'],
  'read.reason.EPERM': ['the operation is not permitted', '不允许此操作'],
  'read.reason.ENOTDIR': ['it is a file, not a folder', '它是文件而不是文件夹'],
  'read.reason.ELOOP': ['it is a loop of symbolic links', '它是循环的符号链接'],
  'read.reason.EIO': ['the disk reported an error', '磁盘报告了读取错误'],
  'read.reason.EMFILE': ['too many files are open', '打开的文件过多'],
  'read.reason.ENFILE': ['too many files are open', '打开的文件过多'],
  'read.reason.other': ['the system refused to list it', '系统拒绝列出其内容'],
});

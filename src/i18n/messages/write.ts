import { defineMessages } from '../define.js';

/** Failures while writing a file the user asked for (reg new, reg init, --out). */
export const writeMessages = defineMessages({
  'write.failed': [
    'Could not write {file}: {reason} ({code}). No partial file was left behind.',
    '无法写入 {file}：{reason}（{code}）。没有留下写了一半的文件。',
  ],
  'write.failed.hint': [
    'Free some space or make the folder writable, then run the command again.',
    '请腾出磁盘空间或让该文件夹可写，然后重新运行命令。',
  ],
  'write.failed.hint.path': [
    'Choose a path whose folders exist or can be made there, then run the command again.',
    '请换一个目录已存在或可以在那里创建的路径，然后重新运行命令。',
  ],
  'write.reason.ENOTDIR': [
    'a part of the path is a file, not a folder',
    '路径中有一段是文件而不是目录',
  ],
  'write.reason.ENOENT': ['a folder on the way cannot be made there', '路径上的目录无法在那里创建'],
  'write.reason.ENOSPC': ['the disk is full', '磁盘已满'],
  'write.reason.EDQUOT': ['the disk quota is used up', '磁盘配额已用完'],
  'write.reason.EROFS': ['the file system is read-only', '文件系统是只读的'],
  'write.reason.EACCES': ['permission denied', '没有写入权限'],
  'write.reason.EPERM': ['the operation is not permitted', '不允许此操作'],
  'write.reason.other': ['the system refused the write', '系统拒绝了写入'],
  'write.interrupted': ['Interrupted: nothing was written.', '已中断：未写入任何文件。'],
});

import { defineMessages } from '../define.js';

export const helpMessages = defineMessages({
  'help.reg': [
    'Channel project registration: check, scaffold and approve registrations kept in git.',
    '渠道项目报备：检查、创建和审批保存在 git 中的报备。',
  ],
  'help.version': ['print the version', '显示版本号'],
  'help.help': ['show help', '显示帮助'],
  'help.cwd': ['run in DIR instead of the current folder', '在指定目录而非当前目录中运行'],
  'help.lang': ['language of messages (default from LANG)', '提示信息的语言（默认取自 LANG）'],
  'help.no-color': ['never colour the output (also NO_COLOR)', '不使用彩色输出（也可设置 NO_COLOR）'],
  'help.quiet': ['print only errors', '只输出错误'],
  'help.debug': ['show internal details of a fault', '显示故障的内部细节'],
  'help.validate': [
    'check registrations and partner profiles against the schemas and the policy',
    '按照数据规范和政策检查报备与合作伙伴档案',
  ],
  'help.validate.paths': [
    'files or folders to check (default: the whole workspace)',
    '要检查的文件或目录（默认：整个工作区）',
  ],
  'help.format': ['output format', '输出格式'],
  'help.strict': ['fail on warnings too', '有警告时也判定为失败'],
  'help.changed': ['check only files changed since --base', '只检查自 --base 以来变更的文件'],
  'help.base': ['the base branch or commit to compare with', '用于比较的基准分支或提交'],
  'help.today': [
    'the date to treat as today (YYYY-MM-DD), for reproducible runs',
    '视为今天的日期（YYYY-MM-DD），用于可复现的运行',
  ],
});

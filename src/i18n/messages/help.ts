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
  'help.no-color': [
    'never colour the output (also NO_COLOR)',
    '不使用彩色输出（也可设置 NO_COLOR）',
  ],
  'help.quiet': [
    'list only what fails the run (the summary still counts everything)',
    '只列出使本次运行失败的问题（汇总仍计入全部问题）',
  ],
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
  'help.no-cache': [
    'check every file afresh, without reading or writing the cache',
    '重新检查每个文件，不读取也不写入缓存',
  ],
  'help.report': [
    'the approval report: tier, approvers, SLA, checklist, conflicts, waivers and findings',
    '审批报告：审批级别、审批人、时限、材料清单、撞单、豁免与检查结果',
  ],
  'help.report.changed': [
    'report only registrations changed since --base',
    '只报告自 --base 以来变更的报备',
  ],
  'help.report.base': [
    'the base branch that says what is merged (default: the upstream, else main) and that --changed compares with',
    '用于判断是否已合并的基准分支（默认：上游分支，否则为 main），也是 --changed 比较的对象',
  ],
  'help.out': [
    'write to FILE (atomically; never over a file reg did not write)',
    '写入文件（原子写入；不覆盖非 reg 所写的文件）',
  ],
  'help.force': ['replace an --out file reg did not write', '强制替换非 reg 所写的 --out 文件'],
  'help.bom': [
    'start CSV with a UTF-8 byte-order mark (for Excel on Chinese Windows)',
    'CSV 开头加 UTF-8 BOM（便于中文 Windows 上的 Excel 打开）',
  ],
  'help.digest': [
    'what changed in a period: new registrations, decisions, outcomes, expiries, policy changes',
    '某一时段的变化：新报备、审批决定、结果、即将到期与政策变更',
  ],
  'help.since': [
    'start of the period: a date (YYYY-MM-DD) or a git ref',
    '时段起点：日期（YYYY-MM-DD）或 git 引用',
  ],
  'help.until': [
    'end of the period: a date or a git ref (default: now)',
    '时段终点：日期或 git 引用（默认：现在）',
  ],
  'help.export': [
    'approved registrations in the columns a CRM import expects (policy export.mappings)',
    '按 CRM 导入所需的列（政策 export.mappings）导出已批准的报备',
  ],
  'help.mapping': [
    'the mapping of the policy to use (default: the first)',
    '使用政策中的哪个映射（默认：第一个）',
  ],
});

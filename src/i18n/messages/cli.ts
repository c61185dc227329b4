import { defineMessages } from '../define.js';

export const cliMessages = defineMessages({
  'cli.error': ['error', '错误'],
  'cli.warning': ['warning', '警告'],
  'cli.notice': ['notice', '提示'],
  'cli.hint': ['hint', '建议'],
  'cli.summary.clean': ['Checked {files}: no problems found.', '已检查 {files}：未发现问题。'],
  'cli.summary': [
    'Checked {files}: {errors}, {warnings}, {notices}.',
    '已检查 {files}：{errors}，{warnings}，{notices}。',
  ],
  'cli.count.error.one': ['1 error', '1 个错误'],
  'cli.count.error.other': ['{n} errors', '{n} 个错误'],
  'cli.count.warning.one': ['1 warning', '1 个警告'],
  'cli.count.warning.other': ['{n} warnings', '{n} 个警告'],
  'cli.count.notice.one': ['1 notice', '1 个提示'],
  'cli.count.notice.other': ['{n} notices', '{n} 个提示'],
  'cli.output.failed': [
    'Could not write the output: {reason} ({code})',
    '无法写出输出：{reason}（{code}）',
  ],
  'cli.output.failed.hint': [
    'Free some space or send the output to another place, then run the command again.',
    '请腾出磁盘空间或把输出写到别处，然后重新运行命令。',
  ],
  'cli.internal': ['Internal error: {detail}', '内部错误：{detail}'],
  'cli.internal.hint': [
    'This is a fault of reg, not of your files. Run again with --debug and report the output.',
    '这是 reg 本身的故障，并非您的文件有误。请加 --debug 重新运行，并报告输出内容。',
  ],
  'cli.no-workspace': [
    'No reg.config.yaml found in {dir} or any folder above it',
    '在 {dir} 及其上级目录中找不到 reg.config.yaml',
  ],
  'cli.no-workspace.hint': [
    'Run reg inside a registration repository, pass --cwd DIR, or create one with "reg init".',
    '请在报备仓库中运行 reg，或用 --cwd 指定目录，或用"reg init"新建仓库。',
  ],
  'cli.bad-policy': [
    'The policy {file} is not valid ({problems})',
    '政策文件 {file} 无效（{problems}）',
  ],
  'cli.bad-policy.hint': [
    'Fix reg.config.yaml; every command needs a valid policy.',
    '请修正 reg.config.yaml；所有命令都依赖有效的政策文件。',
  ],
  'cli.path-outside': [
    'The path {path} is outside the workspace {root}',
    '路径 {path} 不在工作区 {root} 之内',
  ],
  'cli.path-missing': ['The path {path} does not exist', '路径 {path} 不存在'],
  'cli.not-a-folder': ['{path} is a file, not a folder', '{path} 是文件，不是目录'],
  'cli.not-a-folder.hint': [
    'Give --cwd the folder of the workspace (the one with reg.config.yaml), or a folder inside it.',
    '请为 --cwd 指定工作区目录（含 reg.config.yaml 的目录）或其中的子目录。',
  ],
  'cli.usage.unknown-option': ['There is no option {option}', '没有选项 {option}'],
  'cli.usage.unknown-command': ['There is no command {command}', '没有命令 {command}'],
  'cli.usage.did-you-mean': ['(did you mean {suggestion}?)', '（您是否要输入 {suggestion}？）'],
  'cli.usage.missing-argument': ['The argument {argument} is missing', '缺少参数 {argument}'],
  'cli.usage.option-missing-argument': [
    'The option {option} needs a value',
    '选项 {option} 需要一个值',
  ],
  'cli.usage.missing-option': ['The option {option} is required', '必须提供选项 {option}'],
  'cli.usage.too-many': ['Too many arguments for {command}', '{command} 的参数过多'],
  'cli.usage.invalid-choice': [
    '{value} is not a value of {option}; it takes one of {allowed}',
    '{value} 不是 {option} 的可用值；可用值为 {allowed}',
  ],
  'cli.help.usage': ['Usage:', '用法：'],
  'cli.help.options': ['Options:', '选项：'],
  'cli.help.commands': ['Commands:', '命令：'],
  'cli.help.arguments': ['Arguments:', '参数：'],
  'cli.help.choices': ['choices: ', '可选值：'],
  'cli.help.default': ['default: ', '默认：'],
  'cli.help.separator': [', ', '；'],
  'cli.help.extra': ['({parts})', '（{parts}）'],
  'cli.usage.general-hint': ['Run "reg --help" for the usage.', '运行"reg --help"查看用法。'],
  'cli.usage.hint': [
    'Run "reg {command} --help" for the usage.',
    '运行"reg {command} --help"查看用法。',
  ],
  'cli.bad-date': ['"{value}" is not a date (YYYY-MM-DD)', '"{value}"不是有效日期（YYYY-MM-DD）'],
  'cli.base-needs-changed': [
    '--base is read only with --changed',
    '--base 仅在同时指定 --changed 时生效',
  ],
  'cli.base-needs-changed.hint': [
    'Add --changed to check the files changed since --base, or leave --base out to check every file.',
    '加上 --changed 以只检查自 --base 以来改动的文件，或去掉 --base 以检查全部文件。',
  ],
  'cli.changed-needs-base': [
    '--changed needs --base REF: the branch to compare with',
    '--changed 需要配合 --base REF 使用：指定用于比较的分支',
  ],
  'cli.bad-format': [
    'Unknown format "{format}"; choose one of: {known}',
    '未知的输出格式"{format}"；可选：{known}',
  ],
});

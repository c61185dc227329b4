import { defineMessages } from '../define.js';

export const newMessages = defineMessages({
  'help.new': [
    'scaffold a registration: asks for every field in a terminal, or takes them from flags',
    '新建报备：在终端中逐项询问，或从参数中读取各字段',
  ],
  'help.new.kind': [
    'kind of registration (deal, campaign, business-plan, …)',
    '报备类型（deal、campaign、business-plan 等）',
  ],
  'help.new.partner': ['the partner id', '合作伙伴编号'],
  'help.new.set': [
    'set a field, e.g. customer.name=ACME or products[0].quantity=3 (repeatable)',
    '设置字段，如 customer.name=ACME 或 products[0].quantity=3（可重复）',
  ],
  'help.new.from': ['read fields from a YAML or JSON file', '从 YAML 或 JSON 文件读取字段'],
  'help.new.yes': [
    'ask nothing; fail naming every missing field',
    '不询问；缺少字段时列出全部并失败',
  ],
  'help.new.dry-run': ['print the file instead of writing it', '只打印文件内容，不写入'],
  'new.set.form': ['"{arg}" is not of the form FIELD=VALUE', '"{arg}"不是 字段=值 的形式'],
  'new.set.hint': [
    'Write --set customer.name=VALUE; list entries by index: --set products[0].line=plc. ' +
      '"reg explain FIELD" lists the fields.',
    '请写成 --set customer.name=值；列表项用下标：--set products[0].line=plc。' +
      '运行"reg explain 字段名"查看字段。',
  ],
  'new.set.unknown': [
    '{field} is not a field a value can be set for',
    '{field} 不是可以设置取值的字段',
  ],
  'new.set.gap': [
    'List index {index} leaves a gap; number entries from 0',
    '列表下标 {index} 跳过了前面的项；请从 0 起连续编号',
  ],
  'new.from.bad': [
    '{file} cannot be read as YAML or JSON: {detail}',
    '{file} 无法按 YAML 或 JSON 读取：{detail}',
  ],
  'new.from.not-map': [
    '{file} is not a YAML or JSON map of fields',
    '{file} 不是由字段组成的 YAML 或 JSON 映射',
  ],
  'new.from.not-file': [
    '{file} is not a regular file but a folder, a device or a pipe',
    '{file} 不是普通文件，而是文件夹、设备或管道',
  ],
  'new.from.unreadable': ['{file} cannot be read ({code})', '无法读取 {file}（{code}）'],
  'new.from.loop': [
    '{file} has a map that contains itself through an alias',
    '{file} 中有一个通过别名包含自身的映射',
  ],
  'new.from.large': ['{file} is larger than {limit} bytes', '{file} 超过了 {limit} 字节'],
  'new.from.key': ['{file} uses the reserved key {key}', '{file} 使用了保留的键名 {key}'],
  'new.from.hint': [
    'Give a YAML or JSON file shaped like a registration, e.g. one written by "reg new --dry-run".',
    '请提供结构与报备一致的 YAML 或 JSON 文件，例如"reg new --dry-run"输出的内容。',
  ],
  'new.kind.bad': ['"{kind}" is not a kind id', '"{kind}"不是有效的报备类型编号'],
  'new.kind.unknown': [
    'The program has no kind "{kind}"; known kinds: {known}',
    '计划中没有"{kind}"类型；现有类型：{known}',
  ],
  'new.kind.hint': [
    'Pick one of the kinds of reg.config.yaml.',
    '请选用 reg.config.yaml 中定义的类型。',
  ],
  'new.partner.unknown': [
    'No partner "{partner}"; known partners: {known}',
    '没有编号为"{partner}"的合作伙伴；现有：{known}',
  ],
  'new.partner.hint': [
    'Pass --partner with the base name of a file in partners/.',
    '请用 --partner 指定 partners/ 目录中某个文件的文件名（不含扩展名）。',
  ],
  'new.date.bad': [
    'submitted_on "{value}" is not a date (YYYY-MM-DD)',
    'submitted_on "{value}" 不是有效日期（YYYY-MM-DD）',
  ],
  'new.template.missing': ['No template for the kind "{kind}"', '没有"{kind}"类型的模板'],
  'new.template.missing.hint': ['Add {file} to the workspace.', '请在工作区中添加 {file}。'],
  'new.template.unfaithful': [
    'The template {file} does not write the registration as given (it differs at {path})',
    '模板 {file} 未能如实写出报备内容（在 {path} 处不一致）',
  ],
  'new.template.unfaithful.hint': [
    'Write each value with {{yaml …}} and wrap optional fields in {{#present …}}.',
    '模板中的每个取值请用 {{yaml …}} 输出，选填字段请用 {{#present …}} 包裹。',
  ],
  'new.missing': ['Missing {fields}; nothing was written', '缺少 {fields}；未写入任何文件'],
  'new.missing.hint': [
    'Give them with --set FIELD=VALUE or --from FILE, or run "reg new" in a terminal to be asked.',
    '请用 --set 字段=值 或 --from 文件 提供，或在终端中运行"reg new"逐项填写。',
  ],
  'new.keys.navigate': ['navigate', '移动'],
  'new.keys.select': ['select', '选择'],
  'new.answer.yes': ['Yes', '是'],
  'new.answer.no': ['No', '否'],
  'new.ask-again': [
    'Please answer these again; everything else you typed is kept.',
    '请重新回答以下问题；您已填写的其他内容都会保留。',
  ],
  'new.refused': [
    'The registration has {problems}; nothing was written',
    '报备存在 {problems}；未写入任何文件',
  ],
  'new.conflict': ['Possible conflict: {message}', '可能撞单：{message}'],
  'new.wrote': ['Wrote {file}', '已写入 {file}'],
  'new.would-write': [
    'Would write {file} (dry run: nothing written)',
    '将写入 {file}（试运行：未写入）',
  ],
  'new.later': ['Still to do before you submit:', '提交前还需完成：'],
  'new.next': [
    'Check it with "reg validate {file}", then send it with "reg submit {file}".',
    '请运行"reg validate {file}"检查，再用"reg submit {file}"提交。',
  ],
  'new.summary': ['Summary:', '摘要：'],
  'new.confirm': ['Write {file}?', '写入 {file}？'],
  'new.confirm.conflict': [
    'The customer may be registered already. Write {file} anyway?',
    '该客户可能已被报备。仍要写入 {file}？',
  ],
  'new.cancelled': ['Nothing was written.', '未写入任何文件。'],
  'new.ask.kind': ['Kind of registration', '报备类型'],
  'new.ask.partner': ['Partner', '合作伙伴'],
  'new.ask.contact': ['Submitted by (a contact of the partner)', '提交人（合作伙伴的联系人）'],
  'new.ask.more': ['Add another entry to {title}?', '继续添加一项{title}？'],
  'new.ask.entry': ['{title} #{n}', '{title} 第 {n} 项'],
  'new.ask.optional': ['(optional, Enter to skip)', '（选填，回车跳过）'],
  'new.ask.skip': ['(skip)', '（跳过）'],
  'new.ask.required': ['This field is required', '此项为必填'],
  'new.line.needs': ['needs the certification {certification}', '需要具备 {certification} 认证'],
});

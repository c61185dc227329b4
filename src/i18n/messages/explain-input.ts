import { defineMessages } from '../define.js';

/** `reg explain RULE` for the rules of reading a file: YAML and the JSON Schemas. */
export const explainInputMessages = defineMessages({
  'explain.yaml.syntax': [
    'The file is not valid YAML, so nothing else in it can be checked. Look at the line shown and the one before it: an unclosed quote or bracket, or a wrong indentation, is the usual cause.',
    '文件不是有效的 YAML，因此无法进行其他检查。请查看所示行及其上一行：常见原因是引号或括号未闭合，或缩进有误。',
  ],
  'explain.yaml.duplicate-key': [
    'A key appears twice in one map; YAML tools disagree on which value wins, so regkit refuses to guess. Keep one line and delete the other.',
    '同一映射中出现了重复的键；不同 YAML 工具对取哪个值并不一致，regkit 不做猜测。请保留一行，删除另一行。',
  ],
  'explain.yaml.tab': [
    'YAML allows only spaces for indentation. Replace the tabs with spaces (two per level); most editors do this with "convert indentation to spaces".',
    'YAML 只允许用空格缩进。请把制表符换成空格（每级两个）；多数编辑器都有"将缩进转换为空格"的功能。',
  ],
  'explain.yaml.limits': [
    'A key or value exceeds a limit of the YAML parser, such as a key over 1024 characters. Shorten it; long text belongs in a value, not in a key.',
    '键或值超出了 YAML 解析器的限制，如键长超过 1024 个字符。请缩短；长文本应放在值中，而不是键中。',
  ],
  'explain.yaml.aliases': [
    'The file uses more YAML aliases (*name) than the policy allows. Aliases can expand a small file into a huge one, so CI limits them. Write the values out instead.',
    '文件中的 YAML 别名（*name）超过了政策允许的数量。别名可把小文件膨胀成巨大的数据，因此 CI 对其加以限制。请直接写出各个值。',
  ],
  'explain.yaml.empty': [
    'The file has no content. Write the registration into it, or delete the file; "reg new" creates a filled-in one.',
    '文件没有内容。请填写报备内容或删除该文件；"reg new"可生成填好框架的文件。',
  ],
  'explain.yaml.multiple-documents': [
    'The file holds more than one YAML document (separated by ---). One file holds one registration; move the others to files of their own.',
    '文件中包含多个 YAML 文档（以 --- 分隔）。一个文件只能放一个报备；请把其他内容移到各自的文件中。',
  ],
  'explain.yaml.encoding': [
    'The file is not UTF-8 text. Save it as UTF-8 (without a byte order mark), which every editor offers; Chinese text then reads the same everywhere.',
    '文件不是 UTF-8 编码的文本。请以 UTF-8（不带 BOM）另存，各编辑器均支持；这样中文在任何环境下都能正确显示。',
  ],
  'explain.yaml.unreadable': [
    'The file was listed but could not be read. Usually it was deleted or replaced while reg ran, as a checkout or a pull does: check again once the files stop changing. When the system denies reading it (EACCES, EPERM), let the user running reg read it; when the path is a folder (EISDIR), put the file there instead. Nothing is wrong with its content.',
    '文件已列出但无法读取。通常是 reg 运行期间它被删除或替换（检出或拉取时常见）：请在文件不再变化后重新检查。若系统拒绝读取（EACCES、EPERM），请让运行 reg 的用户能够读取它；若该路径是文件夹（EISDIR），请在那里放置文件本身。这与文件内容无关。',
  ],
  'explain.yaml.too-large': [
    'The file is larger than the policy allows (limits.max_file_bytes). A registration is a few kilobytes; put documents into attachments instead of the YAML.',
    '文件超过了政策允许的大小（limits.max_file_bytes）。报备文件通常只有几 KB；文档请作为附件提交，不要写进 YAML。',
  ],
  'explain.schema.required': [
    'A field the schema requires is missing; which fields are required depends on the kind of registration. Add it; "reg explain FIELD" says what it expects.',
    '缺少数据规范要求的字段；哪些字段必填取决于报备类型。请补充该字段；"reg explain 字段"可查看填写要求。',
  ],
  'explain.schema.type': [
    'A value has the wrong type, e.g. text where a number belongs ("1,200,000 CNY" instead of 1200000). Write it as the type shown; amounts go without currency or separators.',
    '值的类型不对，如该填数字的地方写了文本（写成"1,200,000 CNY"而不是 1200000）。请按所示类型填写；金额不带币种和千位分隔符。',
  ],
  'explain.schema.format': [
    'A value does not have its format: a date must be a real calendar day as YYYY-MM-DD, an email address a plain address without a name around it.',
    '值的格式不对：日期须为真实存在的日历日期（YYYY-MM-DD），电子邮件须为不带姓名的纯地址。',
  ],
  'explain.schema.enum': [
    'A value must be one of a fixed list, such as the stage of a deal. Use one of the listed values exactly as written.',
    '该值只能取固定列表中的一项，如项目阶段。请原样使用所列的某个值。',
  ],
  'explain.schema.const': [
    'A value must be exactly the one shown, such as the version of the file format.',
    '该值必须与所示完全一致，如文件格式的版本号。',
  ],
  'explain.schema.pattern': [
    'A value does not have the expected form, such as an id, a currency code of three capital letters or a web domain without https://. Follow the example in the hint.',
    '值的写法不符合要求，如编号、三个大写字母的币种代码，或不带 https:// 的域名。请参照提示中的示例。',
  ],
  'explain.schema.additional-properties': [
    'A key is not a field of the schema, often a misspelling (keys are lower case with underscores). Correct it or remove it; the hint lists the fields allowed there.',
    '该键不是数据规范中的字段，通常是拼写错误（键名为小写加下划线）。请改正或删除；提示中列出了此处允许的字段。',
  ],
  'explain.schema.minimum': [
    'A number is below the smallest value allowed, such as a negative quantity. Enter a value in the allowed range.',
    '数值低于允许的最小值，如数量为负数。请输入允许范围内的值。',
  ],
  'explain.schema.maximum': [
    'A number is above the largest value allowed, such as an extension of more than 365 days. Enter a value in the allowed range.',
    '数值超过允许的最大值，如延期超过 365 天。请输入允许范围内的值。',
  ],
  'explain.schema.exclusive-minimum': [
    'A number must be strictly greater than the limit shown, such as an exchange rate above 0.',
    '数值必须严格大于所示下限，如汇率必须大于 0。',
  ],
  'explain.schema.exclusive-maximum': [
    'A number must be strictly less than the limit shown.',
    '数值必须严格小于所示上限。',
  ],
  'explain.schema.min-length': [
    'A text is shorter than allowed, such as a waiver reason under 20 characters. Reviewers need enough to judge: say what and why.',
    '文本短于允许的长度，如豁免理由不足 20 个字符。审批人需要足够的信息才能判断：请写明内容和原因。',
  ],
  'explain.schema.max-length': [
    'A text is longer than allowed. Shorten it; long documents belong in attachments.',
    '文本超过允许的长度。请精简；长篇文档请作为附件提交。',
  ],
  'explain.schema.min-items': [
    'A list has fewer entries than required, such as a deal without products. Add the missing entries.',
    '列表中的条目少于要求，如项目报备没有填写产品。请补充缺少的条目。',
  ],
  'explain.schema.max-items': [
    'A list has more entries than allowed. Remove some, or split the registration.',
    '列表中的条目超过允许的数量。请删减，或拆分为多个报备。',
  ],
  'explain.schema.unique-items': [
    'A list names the same entry twice. Remove the repetition.',
    '列表中有重复的条目。请删除重复项。',
  ],
  'explain.schema.multiple-of': [
    'A number must be a multiple of the value shown, such as whole units.',
    '数值必须是所示值的整数倍，如整件数量。',
  ],
  'explain.schema.other': [
    'A value breaks a rule of the schema that has no message of its own; the finding quotes the schema validator. "reg explain FIELD" says what the field expects.',
    '值违反了数据规范中没有专门提示的规则；该结果引用了规范校验器的原文。"reg explain 字段"可查看该字段的要求。',
  ],
});

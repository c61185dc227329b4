import { defineMessages } from '../define.js';

export const yamlMessages = defineMessages({
  'yaml.syntax': ['The file is not valid YAML: {detail}', '文件不是有效的 YAML：{detail}'],
  'yaml.syntax.hint': [
    'Check the indentation and quotes on this line and the one before it; every "key: value" of a map must line up.',
    '请检查本行及上一行的缩进和引号；同一层的"键: 值"必须左对齐。',
  ],
  'yaml.syntax.BAD_INDENT': [
    'The indentation of this line does not fit the lines above it',
    '本行的缩进与上面的行对不齐',
  ],
  'yaml.syntax.BLOCK_AS_IMPLICIT_KEY': [
    'A nested "key: value" is indented under a key that already has a value on its own line',
    '某个键在同一行已有值，下面却又缩进写了子项',
  ],
  'yaml.syntax.MULTILINE_IMPLICIT_KEY': [
    'A key runs over more than one line; probably a line is indented too far',
    '键名跨越了多行；可能是某一行缩进过多',
  ],
  'yaml.syntax.unclosed-flow': [
    'The {detail} opened here is never closed',
    '此处的 {detail} 没有闭合',
  ],
  'yaml.syntax.unclosed-flow.hint': [
    'Close it on the same line ("[a, b]" or "{a: 1}"), or write the entries one per line as a block.',
    '请在同一行闭合（如"[a, b]"或"{a: 1}"），或改为每行一项的块格式。',
  ],
  'yaml.syntax.MISSING_CHAR': [
    'A quote or bracket opened here is never closed',
    '此处的引号或括号没有闭合',
  ],
  'yaml.syntax.UNEXPECTED_TOKEN': [
    'Unexpected text here: {detail}',
    '此处出现了意外的内容：{detail}',
  ],
  'yaml.syntax.BAD_SCALAR_START': [
    'A value cannot start with this character unquoted; put the value in quotes',
    '值不能以该字符开头；请给值加上引号',
  ],
  'yaml.duplicate-key': [
    'The key "{detail}" appears twice in the same map',
    '同一层中出现了重复的键"{detail}"',
  ],
  'yaml.duplicate-key.hint': [
    'Keep one of the two entries; YAML would otherwise silently use only one of them.',
    '请只保留其中一个；否则只会有一个值生效，另一个被悄悄忽略。',
  ],
  'yaml.tab': ['Tabs are used for indentation', '使用了制表符（Tab）缩进'],
  'yaml.tab.hint': [
    'YAML allows only spaces for indentation: replace each tab with two spaces.',
    'YAML 只允许用空格缩进：请把每个 Tab 换成两个空格。',
  ],
  'yaml.too-large': [
    'The file has {size} bytes, more than the limit of {limit}',
    '文件大小为 {size} 字节，超过了 {limit} 字节的上限',
  ],
  'yaml.too-large.hint': [
    'A registration is a short text; put documents into attachments/ and list them under attachments.',
    '报备文件应是简短的文本；请把文档放到 attachments/ 目录，并在 attachments 中列出。',
  ],
  'yaml.unreadable': [
    'The file could not be read ({code}): it was removed or changed while it was checked',
    '无法读取该文件（{code}）：检查期间它被删除或修改了',
  ],
  'yaml.unreadable.hint': [
    'Run the check again once the files stop changing (after a checkout or a pull).',
    '请在文件不再变化后（检出或拉取完成后）重新运行检查。',
  ],
  'yaml.unreadable.denied': [
    'The file could not be read ({code}): permission denied',
    '无法读取该文件（{code}）：没有读取权限',
  ],
  'yaml.unreadable.denied.hint': [
    'Let the user running reg read the file (for example chmod u+r), then run the check again.',
    '请让运行 reg 的用户能够读取该文件（例如 chmod u+r），然后重新运行检查。',
  ],
  'yaml.unreadable.link': [
    'The file is a link ({code}), which reg does not follow',
    '该文件是一个链接（{code}），reg 不会跟随链接读取',
  ],
  'yaml.unreadable.link.hint': [
    'Put the registration itself here, not a link to it: a link may lead out of the workspace.',
    '请在此处放置报备文件本身，而不是指向它的链接：链接可能指向工作区之外。',
  ],
  'yaml.unreadable.folder': [
    'The path is a folder, not a file ({code})',
    '该路径是文件夹而不是文件（{code}）',
  ],
  'yaml.unreadable.folder.hint': [
    'Put the file itself at this path, or move the folder elsewhere.',
    '请在此路径放置文件本身，或把该文件夹移到别处。',
  ],
  'yaml.encoding': ['The file is not UTF-8 text', '文件不是 UTF-8 编码的文本'],
  'yaml.encoding.hint': [
    'Save the file as UTF-8 in your editor (for example "Save with Encoding → UTF-8").',
    '请在编辑器中以 UTF-8 编码另存该文件（例如"以编码保存 → UTF-8"）。',
  ],
  'yaml.aliases': [
    'The file uses {count} aliases, more than the limit of {limit}',
    '文件使用了 {count} 个别名（alias），超过了 {limit} 的上限',
  ],
  'yaml.aliases.hint': [
    'Write the values out instead of using & anchors and * aliases.',
    '请直接写出各个值，不要使用 & 锚点和 * 别名。',
  ],
  'yaml.multiple-documents': [
    'The file holds more than one YAML document',
    '文件中包含多个 YAML 文档',
  ],
  'yaml.multiple-documents.hint': [
    'Keep one registration per file: remove the "---" line and what follows, or move it to a file of its own.',
    '每个文件只放一个报备：请删除"---"及其后的内容，或移到单独的文件中。',
  ],
  'yaml.empty': ['The file is empty', '文件为空'],
  'yaml.empty.hint': [
    'Create the registration with "reg new", or delete the empty file.',
    '请用"reg new"创建报备，或删除这个空文件。',
  ],
  'yaml.empty.policy-hint': [
    'Write the policy of the program in it: "reg init" in an empty folder makes a commented one to start from.',
    '请在其中写入渠道计划的政策：在空目录中运行"reg init"可生成一份带注释的政策文件作为起点。',
  ],
  'yaml.empty.partner-hint': [
    'Write the partner profile in it (id, name, contacts), as partners/example-partner.yaml of "reg init" shows, or delete the empty file.',
    '请在其中写入合作伙伴档案（id、名称、联系人），可参照"reg init"生成的 partners/example-partner.yaml，或删除这个空文件。',
  ],
  'yaml.limits': ['The file exceeds a parser limit: {detail}', '文件超出了解析限制：{detail}'],
  'yaml.limits.depth': [
    'The file nests lists or maps deeper than the parser can follow',
    '文件中列表或映射的嵌套层数超出了解析器的处理能力',
  ],
  'yaml.limits.depth.hint': [
    'A registration nests a few levels at most; write the value as plain text or a short list.',
    '报备文件的嵌套最多只有几层；请把该值写成普通文本或简短的列表。',
  ],
  'yaml.limits.hint': ['Shorten the key or value on this line.', '请缩短本行的键或值。'],
});

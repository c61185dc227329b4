import { defineMessages } from '../define.js';

export const policyMessages = defineMessages({
  'policy.first-tier': [
    'The first tier {tier} has the signal {signal}',
    '第一个档位 {tier} 设置了判定条件 {signal}',
  ],
  'policy.first-tier.hint': [
    'The first tier is where every registration starts; remove {signal} here, or add a lower tier before it.',
    '第一个档位是所有报备的起点；请删除此处的 {signal}，或在其前面再加一个更低的档位。',
  ],
  'policy.tier-order': [
    'Tier {tier} starts at {value}, not above tier {lower} ({lowerValue})',
    '档位 {tier} 的起点 {value} 不高于档位 {lower}（{lowerValue}）',
  ],
  'policy.tier-order.hint': [
    'List tiers lowest first, with min_value rising from tier to tier.',
    '请按从低到高的顺序列出档位，min_value 逐级升高。',
  ],
  'policy.duplicate-id': ['{list} lists {id} twice', '{list} 中 {id} 出现了两次'],
  'policy.duplicate-id.hint': [
    'Give each entry its own id; other parts of the policy refer to entries by id.',
    '请为每一项使用唯一的编号；政策的其他部分按编号引用这些条目。',
  ],
  'policy.approver': ['There is no approver group "{group}"', '不存在审批组"{group}"'],
  'policy.approver.hint': [
    'Define the group under approvers, or use one of: {known}',
    '请在 approvers 下定义该审批组，或使用以下之一：{known}',
  ],
  'policy.certification': [
    'Product line {line} needs the certification {certification}, which the policy does not define',
    '产品线 {line} 要求的认证 {certification} 在政策中未定义',
  ],
  'policy.certification.hint': [
    'Add it under certifications, or use one of: {known}',
    '请在 certifications 下添加该认证，或使用以下之一：{known}',
  ],
  'policy.attachment-type': [
    'Requirement {requirement} asks for the attachment type {type}, which the policy does not define',
    '要求 {requirement} 需要的附件类型 {type} 在政策中未定义',
  ],
  'policy.attachment-type.hint': [
    'Add it under attachment_types, or use one of: {known}',
    '请在 attachment_types 下添加该类型，或使用以下之一：{known}',
  ],
  'policy.field': ['There is no registration field {field}', '报备中不存在字段 {field}'],
  'policy.field.unlike': ['There is no registration field {field}', '报备中不存在字段 {field}'],
  'policy.field.unlike.hint': [
    'Use a dotted path of the registration schema; "reg explain FIELD" lists them.',
    '请使用报备数据规范中的字段路径；可用"reg explain 字段"查看。',
  ],
  'policy.field.hint': [
    'Use a dotted path of the registration schema (did you mean: {close}?); "reg explain FIELD" lists them.',
    '请使用报备数据规范中的字段路径（是否想写：{close}？）；可用"reg explain 字段"查看。',
  ],
  'policy.condition': [
    'The condition names the {key} "{value}", which the policy does not define',
    '条件中的 {key}"{value}"在政策中未定义',
  ],
  'policy.condition.hint': ['Use one of: {known}', '请使用以下之一：{known}'],
  'policy.condition.industry': [
    'The condition names the industry "{value}", which no registration can have: industries are lower-case English words',
    '条件中的行业"{value}"不可能出现在任何报备中：行业须为小写英文单词',
  ],
  'policy.condition.industry.hint': [
    'Write the industry as registrations do, e.g. healthcare or oil and gas.',
    '请按报备中的写法填写行业，如 healthcare 或 oil and gas。',
  ],
  'policy.waivable': [
    'There is no rule "{rule}" to make waivable',
    '不存在可设为可豁免的规则"{rule}"',
  ],
  'policy.waivable.hint': [
    'Name a rule id as findings show it (did you mean: {close}?); "reg explain RULE" describes each.',
    '请填写校验结果中显示的规则编号（是否想写：{close}？）；可用"reg explain 规则"查看说明。',
  ],
  'policy.waivable.fixed': [
    'Rules of the family {family} cannot be waived: {rule}',
    '{family} 类规则不能豁免：{rule}',
  ],
  'policy.calendar': [
    '{date} is listed both as a holiday and as a make-up working day',
    '{date} 同时被列为节假日和调休工作日',
  ],
  'policy.calendar.hint': [
    'Keep the date in one list only: holidays are days off, workdays are weekend days worked.',
    '请只在一个列表中保留该日期：holidays 为休息日，workdays 为周末调休上班日。',
  ],
  'policy.cache-dir': [
    'The cache folder {dir} is not inside the workspace',
    '缓存文件夹 {dir} 不在工作区内',
  ],
  'policy.cache-dir.hint': [
    'Name a folder relative to the folder of reg.config.yaml, without "..", such as .reg-cache.',
    '请填写相对于 reg.config.yaml 所在文件夹的路径，不含".."，例如 .reg-cache。',
  ],
  'policy.calendar.weekday': [
    '{date} is a make-up working day but not on a weekend',
    '{date} 被列为调休工作日，但并非周末',
  ],
});

import { defineMessages } from '../define.js';

/** `reg explain RULE` for the rules that follow from the policy. */
export const explainPolicyMessages = defineMessages({
  'explain.completeness.field': [
    "The policy asks for fields beyond the schema depending on the kind, the tier, the customer's industry and region and the product lines (requirements in reg.config.yaml). The finding names the requirement and why it applies; fill in the field.",
    '政策会根据报备类型、档位、客户行业与区域以及产品线，要求填写数据规范之外的字段（reg.config.yaml 中的 requirements）。校验结果会指出适用的要求及原因；请填写该字段。',
  ],
  'explain.completeness.attachment': [
    'The policy asks for supporting documents depending on the kind, the tier, the industry, the region and the product lines, such as a forecast for large deals. The finding names the requirement and why it applies; attach a file of that type, or ask for a waiver where the policy allows it.',
    '政策会根据报备类型、档位、行业、区域和产品线要求提交证明材料，如大额项目须附销售预测。校验结果会指出适用的要求及原因；请提交该类型的附件，或在政策允许时申请豁免。',
  ],
  'explain.conflict.customer': [
    "Another partner registered the same customer (same registration number, web domain or name once legal forms, case and spacing are ignored) for an overlapping product line earlier, and that registration is still protected. The earlier submitted_on wins, and on the same day the one merged first; the finding names only the earlier registration's id and protection end.",
    '其他合作伙伴已先行报备了同一客户（统一社会信用代码、域名相同，或忽略公司类型、大小写与空格后名称相同）的重叠产品线，且该报备仍在保护期内。以 submitted_on 在先者为准，同一天则以先合并者为准；校验结果只显示在先报备的编号和保护期截止日。',
  ],
  'explain.conflict.similar': [
    'A customer name is close to, but not the same as, that of an earlier registration of another partner for an overlapping product line. A warning for the reviewer, who decides whether both name one company; write the full legal name and the registration number.',
    '客户名称与其他合作伙伴在先报备（重叠产品线）的客户名称相近但不相同。这是提醒审批人的警告，由其判断是否为同一公司；请填写法定全称和统一社会信用代码。',
  ],
  'explain.waiver.unknown-rule': [
    'A waiver names a rule that no check has. Write the rule id exactly as the finding shows it.',
    '豁免中填写的规则不存在。请按校验结果中显示的规则编号原样填写。',
  ],
  'explain.waiver.not-waivable': [
    'Only the rules listed under waivable in reg.config.yaml may be waived; any other finding must be fixed.',
    '只有 reg.config.yaml 中 waivable 所列的规则可以豁免；其他问题必须修正。',
  ],
  'explain.waiver.reason': [
    'A waiver needs a reason a reviewer can judge: at least 20 letters or characters, not padding or one repeated character. Say why the rule cannot be met and what is done instead.',
    '豁免须附审批人能据以判断的理由：至少 20 个字，不能是填充字符或重复的同一字符。请说明为何无法满足该规则以及替代做法。',
  ],
  'explain.waiver.unused': [
    'A waiver whose rule finds no error waives nothing but still asks its approvers for a review. A warning: remove it.',
    '所豁免的规则并未发现错误，该豁免没有作用，却仍会要求相应审批人审核。这是警告：请删除。',
  ],
  'explain.policy.first-tier': [
    'The first tier is where every registration starts, so it may have no signal (min_value, min_product_lines, min_regions, when_fields). Remove the signal or add a lower tier.',
    '第一个档位是所有报备的起点，不能设置判定条件（min_value、min_product_lines、min_regions、when_fields）。请删除条件，或增加一个更低的档位。',
  ],
  'explain.policy.tier-order': [
    'Tiers are listed lowest first, so value thresholds must rise from tier to tier.',
    '档位按从低到高排列，金额门槛必须逐级升高。',
  ],
  'explain.policy.duplicate-id': [
    'Ids within one list of the policy (tiers, requirements, product lines, reason codes …) must be unique, because other parts refer to them by id.',
    '政策中同一列表（档位、要求、产品线、原因代码等）内的编号必须唯一，因为其他部分按编号引用它们。',
  ],
  'explain.policy.approver': [
    'Tiers, waivable rules and extra approvals may name only approver groups defined under approvers.',
    '档位、可豁免规则和附加审批只能引用 approvers 下定义的审批组。',
  ],
  'explain.policy.certification': [
    'A product line may need only a certification defined under certifications, or no partner could ever register it.',
    '产品线只能要求 certifications 下定义的认证，否则没有合作伙伴能够报备该产品线。',
  ],
  'explain.policy.attachment-type': [
    'A requirement may ask only for attachment types defined under attachment_types.',
    '要求中只能使用 attachment_types 下定义的附件类型。',
  ],
  'explain.policy.field': [
    'Requirements and tier signals must name fields of the registration schema as dotted paths, such as customer.registration_number.',
    '要求和档位条件必须以点分路径引用报备数据规范中的字段，如 customer.registration_number。',
  ],
  'explain.policy.condition': [
    'A when condition may name only kinds, tiers, product lines and regions the policy defines; a misspelt value would make the requirement silently never apply.',
    'when 条件只能引用政策中定义的报备类型、档位、产品线和区域；拼写错误会使该要求悄无声息地永不生效。',
  ],
  'explain.policy.waivable': [
    'A waivable entry must name a rule id the checks yield; rules of the yaml, waiver, policy, pr and approval families can never be waived.',
    'waivable 中的条目必须是校验实际使用的规则编号；yaml、waiver、policy、pr 和 approval 类规则不能豁免。',
  ],
  'explain.policy.calendar': [
    'A date is either a holiday or a make-up working day, and make-up working days fall on weekends; otherwise SLA due dates would be ambiguous.',
    '一个日期只能是节假日或调休工作日之一，且调休工作日须在周末；否则 SLA 截止日期会产生歧义。',
  ],
  'explain.policy.cache-dir': [
    'reg writes its cache on every run, so the folder the policy names for it must stay inside the workspace: a policy must not make reg write elsewhere on the machine of whoever runs it.',
    'reg 每次运行都会写入缓存，因此政策为其指定的文件夹必须位于工作区内：政策不能让 reg 在运行者机器上的其他位置写入文件。',
  ],
});

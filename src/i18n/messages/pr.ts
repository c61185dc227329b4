import { defineMessages } from '../define.js';

export const prMessages = defineMessages({
  'pr.scope': [
    '{actor} acts for partner {partner} but changes {file} in the folder of {folder}',
    '{actor} 代表合作伙伴 {partner}，却修改了 {folder} 目录中的 {file}',
  ],
  'pr.scope.hint': [
    'A partner changes only registrations/<partner>/ and attachments/<partner>/ of its own.',
    '合作伙伴只能修改自己的 registrations/<合作伙伴>/ 和 attachments/<合作伙伴>/。',
  ],
  'pr.scope.outside': [
    '{actor} acts for partner {partner} but changes {file}, outside the partner folders',
    '{actor} 代表合作伙伴 {partner}，却修改了合作伙伴目录之外的 {file}',
  ],
  'pr.scope.policy': [
    '{actor} is not an admin of the policy but changes {file}',
    '{actor} 不是政策管理员，却修改了 {file}',
  ],
  'pr.scope.policy.hint': [
    'The policy, schemas, templates, partner profiles and CI files are changed by the admins.',
    '政策、数据规范、模板、合作伙伴档案和 CI 文件只能由管理员修改。',
  ],
  'pr.scope.unknown': [
    "{actor} is neither a partner's handle nor an approver nor an admin, and changes {file}",
    '{actor} 既不是任何合作伙伴的账号，也不是审批人或管理员，却修改了 {file}',
  ],
  'pr.scope.unknown.hint': [
    "Add the handle to the partner's profile (handles) in a separate pull request first.",
    '请先通过单独的合并请求把该账号加入合作伙伴档案（handles）。',
  ],
  'pr.scope.several': [
    'This pull request changes the folders of several partners: {partners}',
    '此合并请求同时修改了多个合作伙伴的目录：{partners}',
  ],
  'pr.scope.several.hint': [
    'Open one pull request per partner, or pass --actor to show that an approver made it.',
    '请为每个合作伙伴分别提交合并请求，或用 --actor 表明由审批人提交。',
  ],
  'pr.policy-mixed.one': [
    'The policy file {file} is changed in the same pull request as a registration file',
    '政策文件 {file} 与 1 个报备文件在同一个合并请求中被修改',
  ],
  'pr.policy-mixed': [
    'The policy file {file} is changed in the same pull request as {count} registration files',
    '政策文件 {file} 与 {count} 个报备文件在同一个合并请求中被修改',
  ],
  'pr.policy-mixed.hint': [
    'Change the policy in a pull request of its own, so that it is reviewed on its own.',
    '请在单独的合并请求中修改政策，以便单独审核。',
  ],
  'pr.deleted': ['The registration {file} is deleted', '报备 {file} 被删除'],
  'pr.deleted.hint': [
    'A registration is never deleted: set "outcome: {status: withdrawn, on: <date>}" instead.',
    '报备不可删除：请改为设置"outcome: {status: withdrawn, on: <日期>}"。',
  ],
  'pr.renamed': [
    'The registration {from} is renamed or moved to {file}',
    '报备 {from} 被改名或移动到 {file}',
  ],
  'pr.renamed.hint': [
    'The path holds the id and the partner, which never change; keep the file where it is.',
    '路径包含编号和合作伙伴，二者不可更改；请保持文件原位置不变。',
  ],
  'pr.identity': [
    '{field} of a merged registration is changed from {was} to {now}',
    '已合并报备的 {field} 从 {was} 被改为 {now}',
  ],
  'pr.identity.hint': [
    'id, partner, submitted_on and the customer never change after merge; ' +
      'for another customer withdraw this one and register anew.',
    'id、partner、submitted_on 和客户信息合并后不可更改；如为其他客户，请撤回此报备并重新报备。',
  ],
  'pr.identity.backdated': [
    'submitted_on of a merged registration is moved earlier, from {was} to {now}',
    '已合并报备的 submitted_on 被提前，从 {was} 改为 {now}',
  ],
  'pr.identity.backdated.hint': [
    'submitted_on decides conflicts between partners; it keeps the date it was merged with.',
    'submitted_on 决定合作伙伴之间的撞单优先顺序，须保持合并时的日期。',
  ],
  'pr.submitted-on': [
    'A new registration is dated {date}, but it is submitted on {today}',
    '新报备的日期为 {date}，但提交日期是 {today}',
  ],
  'pr.submitted-on.hint': [
    'Set submitted_on to the day you submit it ({today}, one day either side is accepted).',
    '请把 submitted_on 设为提交当天（{today}，可前后相差一天）。',
  ],
  'pr.extension': [
    "An extension breaks the policy's rules for extensions",
    '延期不符合政策的延期规则',
  ],
  'pr.extension.hint': [
    'Add one extension at the end of the list, within protection.extensions of the policy.',
    '请在列表末尾新增一项延期，并遵守政策中 protection.extensions 的限制。',
  ],
  'pr.extension.edited': [
    'The merged extension {index} is changed or removed',
    '已合并的第 {index} 项延期被修改或删除',
  ],
  'pr.extension.edited.hint': [
    'Extensions are only added: append a new one at the end of the list.',
    '延期只能新增：请在列表末尾添加新的一项。',
  ],
  'pr.extension.count': [
    'Extension {count} is one more than the policy allows ({max})',
    '第 {count} 次延期超出了政策允许的次数（{max} 次）',
  ],
  'pr.extension.count.hint': [
    'No further extension is possible; close the deal or let the protection end.',
    '已无法继续延期；请尽快成单，或让保护期自然结束。',
  ],
  'pr.extension.days': [
    'The extensions add {days} days; the policy allows {maxDays} in total',
    '延期累计 {days} 天，超出了政策允许的总天数（{maxDays} 天）',
  ],
  'pr.extension.days.hint': [
    'Ask for fewer days, so that all extensions together stay within {maxDays}.',
    '请减少申请的天数，使全部延期合计不超过 {maxDays} 天。',
  ],
  'pr.extension.date': [
    'The new extension is dated {date}, but it is asked for on {today}',
    '新延期的申请日期为 {date}，但申请当天是 {today}',
  ],
  'pr.extension.date.hint': [
    'Set requested_on to the day you ask ({today}).',
    '请把 requested_on 设为申请当天（{today}）。',
  ],
  'pr.decision': [
    '{actor} is not an approver and may not set, change or remove the decision',
    '{actor} 不是审批人，不能设置、修改或删除审批决定',
  ],
  'pr.decision.hint': [
    'The decision is recorded by a member of an approver group; leave it as it is. Only a return may be removed, to resubmit the completed registration.',
    '审批决定由审批组成员填写；请保持原样。只有“退回”可以删除，以便补全后重新提交。',
  ],
  'pr.decision.no-actor': [
    'The decision changes, but no --actor shows that an approver made the change',
    '审批决定有变更，但未用 --actor 表明变更出自审批人',
  ],
  'pr.decision.no-actor.hint': [
    "Run with --actor <handle> (in CI the pull request's author).",
    '请加上 --actor <账号>（在 CI 中为合并请求的作者）。',
  ],
  'pr.outcome': [
    '{actor} changes or removes an outcome already merged',
    '{actor} 修改或删除了已合并的结果',
  ],
  'pr.outcome.hint': [
    'An outcome is final; ask an approver if it was recorded by mistake.',
    '结果一经合并即为最终结果；如记录有误，请联系审批人。',
  ],
  'pr.reason-code': [
    "The reason code {code} is not one of the policy's codes for {status}: {known}",
    '原因代码 {code} 不在政策为 {status} 规定的代码中：{known}',
  ],
  'pr.reason-code.hint': [
    'Choose one of the codes listed under reason_codes in reg.config.yaml.',
    '请从 reg.config.yaml 的 reason_codes 中选择一个代码。',
  ],
  'pr.reason-code.missing': [
    'A registration that is {status} needs a reason code: {known}',
    '状态为 {status} 的报备需要原因代码：{known}',
  ],
});

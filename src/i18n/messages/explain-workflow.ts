import { defineMessages } from '../define.js';

/** `reg explain RULE` for the pull-request guards and the approvals. */
export const explainWorkflowMessages = defineMessages({
  'explain.pr.scope': [
    "A partner's pull request changes only its own registrations/<partner>/ and attachments/<partner>/; the policy files are the admins'. Open one pull request per partner, from a handle listed in the partner profile.",
    '合作伙伴的合并请求只能修改自己的 registrations/<合作伙伴>/ 和 attachments/<合作伙伴>/；政策文件由管理员维护。请为每个合作伙伴单独提交合并请求，并使用合作伙伴档案中登记的账号。',
  ],
  'explain.pr.policy-mixed': [
    'The policy, schemas, templates, partner profiles and CI files never change in the same pull request as registrations, so that a change of the rules is reviewed on its own.',
    '政策、数据规范、模板、合作伙伴档案和 CI 文件不得与报备在同一个合并请求中修改，以便规则变更单独审核。',
  ],
  'explain.pr.deleted': [
    'A registration is never deleted: the history is the audit trail. Withdraw it with outcome: { status: withdrawn, on: <date> }.',
    '报备不可删除：历史记录就是审计轨迹。请用 outcome: { status: withdrawn, on: <日期> } 撤回。',
  ],
  'explain.pr.renamed': [
    'A registration is never renamed or moved: its path holds its id and partner, which never change.',
    '报备不可改名或移动：路径包含编号和合作伙伴，二者均不可更改。',
  ],
  'explain.pr.identity': [
    'id, partner, submitted_on and the customer (name, registration number, domain) never change after merge, since conflicts are decided by them. For another customer, withdraw the registration and register anew.',
    'id、partner、submitted_on 和客户信息（名称、统一社会信用代码、域名）合并后不可更改，因为撞单依据它们判定。如为其他客户，请撤回并重新报备。',
  ],
  'explain.pr.submitted-on': [
    'A new registration is dated the day it is submitted (one day either side for time zones), so that nobody can claim an earlier priority.',
    '新报备的日期须为提交当天（可前后相差一天以兼容时区），以免有人虚报更早的优先日期。',
  ],
  'explain.pr.extension': [
    "Extensions are only added, never edited or removed after merge, and stay within the policy's count and total days.",
    '延期合并后只能新增，不能修改或删除，且次数和累计天数不得超过政策限制。',
  ],
  'explain.pr.decision': [
    "The decision (rejected or returned) is set, changed or removed only by a member of an approver group or an admin; its pull request is approved by the tier's groups. The partner may remove a return to resubmit the registration, never a rejection.",
    '审批决定（驳回或退回）只能由审批组成员或管理员设置、修改或删除；记录决定的合并请求由该档位的审批组批准。合作伙伴可以删除“退回”以重新提交报备，但不能删除“驳回”。',
  ],
  'explain.pr.reason-code': [
    "A decision and a lost outcome carry a reason code from the policy's reason_codes. Use one of the codes listed there.",
    '审批决定和丢单结果须附政策 reason_codes 中的原因代码。请使用其中列出的代码。',
  ],
  'explain.pr.outcome': [
    'An outcome, once recorded and merged, is changed only by an approver; a partner records the outcome of its own registrations.',
    '结果一经登记并合并，只能由审批人修改；合作伙伴登记自己报备的结果。',
  ],
  'explain.approval.missing': [
    'A group that must approve the registration (by its tier, a waiver or an extra approval of the policy) has no approving review yet. Any one member of the group can approve; the author never counts.',
    '须审批该报备的审批组（由档位、豁免或政策的附加审批决定）尚未给出批准。该组任一成员批准即可；作者本人不计入。',
  ],
  'explain.approval.required': [
    'A notice of which groups must approve the registration, before the reviews are known; with --reviews FILE it becomes approval.missing for every group still to approve.',
    '在尚未获取评审记录时，提示该报备须由哪些审批组批准；使用 --reviews FILE 后，尚未批准的组将显示为 approval.missing。',
  ],
});

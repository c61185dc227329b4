import { defineMessages } from '../define.js';

/** `reg explain RULE` for ids, references, attachments and dates. */
export const explainFileMessages = defineMessages({
  'explain.id.format': [
    'A registration id has the form <PARTNER>-<YYYY>-<NNNN>: the partner id in capitals, the year of submitted_on and a sequence number. Let "reg new" assign it.',
    '报备编号的格式为 <合作伙伴>-<年份>-<序号>：大写的合作伙伴编号、submitted_on 的年份和序号。请让"reg new"分配编号。',
  ],
  'explain.id.partner': [
    'The first part of the id must be the partner field in capitals, so that ids never collide between partners. Correct the id or the partner.',
    '编号的第一部分必须是大写的 partner 字段值，以免不同合作伙伴的编号冲突。请改正编号或 partner。',
  ],
  'explain.id.year': [
    'The year in the id must be the year of submitted_on. Correct whichever is wrong.',
    '编号中的年份必须与 submitted_on 的年份一致。请改正有误的一方。',
  ],
  'explain.id.file-name': [
    'The file name must be the id followed by .yaml, so that a registration can be found by its id. Rename the file or correct the id.',
    '文件名必须为编号加 .yaml，以便按编号查找报备。请重命名文件或改正编号。',
  ],
  'explain.id.folder': [
    "A registration lives in registrations/<partner>/ of its own partner: that folder is what a partner's pull request may touch. Move the file.",
    '报备必须放在所属合作伙伴的 registrations/<合作伙伴>/ 目录下：合作伙伴的合并请求只能修改该目录。请移动文件。',
  ],
  'explain.id.location': [
    "Registrations live in registrations/<partner>/<ID>.yaml, directly in the partner's folder and named after the id with the ending .yaml. Any other file under registrations/ (in a subfolder, with another ending, a note or a document) is reported here, never skipped, so that nothing there escapes the checks; it is not read as a registration. Hidden files such as .gitkeep are ignored. Move a registration to its place, and anything else out of registrations/ (documents go under attachments/<partner>/<ID>/).",
    '报备应位于 registrations/<合作伙伴>/<编号>.yaml：直接放在合作伙伴目录中，以编号命名，扩展名为 .yaml。registrations/ 下的其他文件（子目录中的文件、其他扩展名的文件、笔记或文档）都会在此报告而不会被跳过，以免逃过检查；它们不会被当作报备读取。.gitkeep 等隐藏文件会被忽略。请把报备移到正确位置，其他文件移出 registrations/（文档应放在 attachments/<合作伙伴>/<编号>/ 下）。',
  ],
  'explain.id.duplicate': [
    'Two files carry the same id, usually because one was copied from the other. Give the copy a new id with "reg new", or delete it.',
    '两个文件使用了相同的编号，通常是复制文件后未改编号。请用"reg new"为副本生成新编号，或将其删除。',
  ],
  'explain.id.partner-file': [
    'A partner profile is partners/<id>.yaml, named after the id inside it. Rename the file or correct the id.',
    '合作伙伴档案应为 partners/<编号>.yaml，文件名与其中的 id 一致。请重命名文件或改正 id。',
  ],
  'explain.ref.kind': [
    'The kind must be one the program offers (kinds in reg.config.yaml). Use one of them.',
    '报备类型必须是本计划提供的类型（reg.config.yaml 中的 kinds）。请使用其中之一。',
  ],
  'explain.ref.partner': [
    'The partner must have a profile in partners/. Use your partner id; a new partner is added by the program admins.',
    '合作伙伴必须在 partners/ 中有档案。请使用您的合作伙伴编号；新合作伙伴由计划管理员添加。',
  ],
  'explain.ref.contact': [
    "submitted_by must be a contact listed in the partner's profile, so that the vendor knows whom to answer. Use a listed contact or ask to be added.",
    'submitted_by 必须是合作伙伴档案中登记的联系人，以便厂商知道该回复谁。请使用已登记的联系人，或申请加入档案。',
  ],
  'explain.ref.contact-name': [
    "The name in submitted_by differs from the one in the partner's profile for that email address. A warning: write the name as in the profile.",
    'submitted_by 中的姓名与档案中该邮箱对应的姓名不一致。这是警告：请按档案中的写法填写。',
  ],
  'explain.ref.product-line': [
    "A product line must be one of the program's (product_lines in reg.config.yaml). Use its id.",
    '产品线必须是本计划中的产品线（reg.config.yaml 中的 product_lines）。请使用其编号。',
  ],
  'explain.ref.certification': [
    'Some product lines, such as industrial robots or medical devices, may be registered only by a partner holding their certification, valid on the day of submission. Renew the certification, or ask for a waiver where the policy allows it.',
    '部分产品线（如工业机器人、医疗器械）只能由持有相应认证、且认证在提交日有效的合作伙伴报备。请续期认证，或在政策允许时申请豁免。',
  ],
  'explain.ref.certification-id': [
    'A certification in a partner profile must be one the policy defines. Use its id from certifications in reg.config.yaml.',
    '合作伙伴档案中的认证必须是政策中定义的认证。请使用 reg.config.yaml 中 certifications 的编号。',
  ],
  'explain.ref.currency': [
    'A value must be in the base currency or in a currency the policy has a rate for, or it cannot be placed in a tier. Use one of the accepted currencies.',
    '金额必须使用基准币种或政策中有汇率的币种，否则无法确定档位。请使用所接受的币种之一。',
  ],
  'explain.ref.region': [
    "A region must be one of the policy's regions, so that reports group cleanly. Use one of them.",
    '区域必须是政策中列出的区域之一，以便报表分组。请使用其中之一。',
  ],
  'explain.ref.attachment-type': [
    "An attachment's type must be one of the policy's attachment types. Use one of them.",
    '附件类型必须是政策中定义的类型之一。请使用其中之一。',
  ],
  'explain.attachment.missing': [
    'A listed attachment is not in the repository. Add the file at that path (and commit it), or correct the path.',
    '所列附件不在仓库中。请在该路径添加文件（并提交），或改正路径。',
  ],
  'explain.attachment.outside': [
    'An attachment path leads outside the workspace, directly or through a link. CI never reads files from elsewhere; put the file under attachments/<partner>/<ID>/.',
    '附件路径（直接或经由链接）指向工作区之外。CI 不会读取其他位置的文件；请把文件放到 attachments/<合作伙伴>/<编号>/ 下。',
  ],
  'explain.attachment.too-large': [
    'An attachment is larger than the policy allows (limits.max_attachment_bytes). Compress it or attach a shorter version.',
    '附件超过政策允许的大小（limits.max_attachment_bytes）。请压缩，或提交精简版本。',
  ],
  'explain.attachment.type': [
    "An attachment's file extension does not fit its type, e.g. a photo as a customer letter that must be a PDF. Convert the file or correct the type.",
    '附件的扩展名与其类型不符，如客户确认函要求 PDF 却提交了照片。请转换文件格式或改正类型。',
  ],
  'explain.attachment.folder': [
    'Attachments belong under attachments/<partner>/<ID>/, the folder your pull request may touch and "reg submit" commits. A warning: move the file there.',
    '附件应放在 attachments/<合作伙伴>/<编号>/ 下，这是您的合并请求可修改、"reg submit"会提交的目录。这是警告：请把文件移到该目录。',
  ],
  'explain.date.future': [
    "submitted_on is the priority date for conflicts, so it may not lie ahead (one day of slack covers time zones). Use today's date.",
    'submitted_on 是判定撞单先后的日期，因此不能晚于今天（允许相差一天以兼容时区）。请使用今天的日期。',
  ],
  'explain.date.order': [
    'Dates must follow each other: a deal closes, a campaign ends and an outcome is recorded after they begin. Correct the earlier or the later date.',
    '日期须前后有序：项目成交、活动结束、结果登记都应在开始之后。请改正较早或较晚的日期。',
  ],
  'explain.date.close-passed': [
    'An open deal whose expected close has passed distorts every forecast. A warning: record the outcome, or move expected_close.',
    '未结项目的预计成交日期已过，会影响各类预测。这是警告：请登记结果，或调整 expected_close。',
  ],
});

import { defineMessages } from '../define.js';

export const submitMessages = defineMessages({
  'help.submit': [
    'send a registration for approval: validate, branch, commit, push, link the pull request',
    '提交报备审批：校验、建分支、提交其文件、推送并给出拉取请求链接',
  ],
  'help.submit.file': [
    'the registration (default: the one new or changed)',
    '要提交的报备（默认：唯一新增或修改的报备）',
  ],
  'help.submit.remote': ['the remote to push to', '推送到的远程仓库'],
  'help.submit.upstream': [
    'the remote the pull request goes into, when you push to a fork (default: "upstream" if any)',
    '使用派生仓库（fork）时，拉取请求的目标远程（默认：存在时为 upstream）',
  ],
  'help.submit.base': [
    "the branch the pull request goes into (default: the remote's)",
    '拉取请求的目标分支（默认：远程仓库的默认分支）',
  ],
  'submit.no-remote': [
    'The repository has no remote "{remote}" (remotes: {known})',
    '仓库中没有名为"{remote}"的远程（现有：{known}）',
  ],
  'submit.no-remote.hint': [
    "Add the code host's repository: git remote add origin URL, or pass --remote NAME.",
    '请添加代码托管平台上的仓库：git remote add origin 地址，或用 --remote 指定。',
  ],
  'submit.base': [
    'Cannot update the base branch {base} from {remote}',
    '无法从 {remote} 更新基准分支 {base}',
  ],
  'submit.commit': ['Could not commit the registration', '无法提交报备'],
  'submit.nothing': [
    'The registration is already submitted as it is; there is nothing new to commit',
    '该报备已按当前内容提交，没有需要提交的新内容',
  ],
  'submit.nothing.hint': [
    'Change the registration first, or open a pull request for it by hand.',
    '请先修改报备，或手动发起拉取请求。',
  ],
  'submit.branch-exists': [
    'A branch {branch} exists that reg submit did not make',
    '已存在一个并非由 reg submit 创建的分支 {branch}',
  ],
  'submit.branch-exists.hint': [
    'Rename or delete that branch, then submit again.',
    '请重命名或删除该分支后再提交。',
  ],
  'submit.rejected': [
    'The push of {branch} to {remote} was rejected',
    '推送 {branch} 到 {remote} 被拒绝',
  ],
  'submit.fetch-branch': [
    'Cannot fetch the branch {branch} from {remote}',
    '无法从 {remote} 获取分支 {branch}',
  ],
  'submit.taken': [
    'The branch {branch} on {remote} holds another submission of {id}, not one made from this copy; nothing was pushed',
    '{remote} 上的分支 {branch} 中是另一份 {id} 的提交，并非从本副本提交；未推送任何内容',
  ],
  'submit.taken.hint': [
    'Someone took the id {id} first. Run reg update (or git fetch {remote}), then give yours the next free id: create it again with reg new, or rename the file (and its attachments folder) and change its id, and submit that. If the branch is your own submission from another copy, take it over first: git branch {branch} {remote}/{branch}',
    '编号 {id} 已被他人先行使用。请运行 reg update（或 git fetch {remote}），再为你的报备换用下一个空闲编号：用 reg new 重新创建，或重命名文件（及其附件文件夹）并修改其中的 id，然后提交。若该分支是你在另一副本中的提交，请先接管：git branch {branch} {remote}/{branch}',
  ],
  'submit.refused': [
    'The registration has errors; fix them before you submit. Nothing was committed.',
    '报备存在错误，请修正后再提交。未提交任何内容。',
  ],
  'submit.not-registration': [
    '{file} is not a registration of this workspace',
    '{file} 不是本工作区的报备',
  ],
  'submit.usage.hint': [
    'Name the file: reg submit registrations/<partner>/<ID>.yaml',
    '请指定文件：reg submit registrations/<合作伙伴>/<报备编号>.yaml',
  ],
  'submit.none': ['No new or changed registration found', '没有找到新增或修改的报备'],
  'submit.several': [
    'Several registrations are new or changed: {files}',
    '有多个新增或修改的报备：{files}',
  ],
  'submit.pushed': ['Pushed branch {branch} with {files}:', '已推送分支 {branch}，包含 {files}：'],
  'submit.open': ['Open the pull request: {url}', '打开拉取请求：{url}'],
  'submit.open.unknown': [
    'Next: on your code host, open a pull request from {branch} into {base} (repository {url}).',
    '下一步：请在代码托管平台上发起从 {branch} 到 {base} 的拉取请求（仓库 {url}）。',
  ],
});

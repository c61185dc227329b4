import { defineMessages } from '../define.js';

export const updateMessages = defineMessages({
  'help.update': [
    'bring the approved registrations in, your submitted ones included, from the code host',
    '从代码托管平台取回已批准的报备（包括您提交的报备）',
  ],
  'help.update.remote': [
    'the remote to update from (default: "upstream" if any, else "origin")',
    '从哪个远程更新（默认：存在时为 upstream，否则为 origin）',
  ],
  'help.update.base': [
    "the branch registrations are merged into (default: the remote's)",
    '报备合并进的分支（默认：远程仓库的默认分支）',
  ],
  'submit.after-merge': [
    'Once it is approved (merged into {base}), run "reg update" to bring it into your copy.',
    '批准（合并进 {base}）后，请运行"reg update"把它取回到本地。',
  ],
  'update.current': ['{branch} is up to date with {from}.', '{branch} 已与 {from} 一致。'],
  'update.done': [
    'Updated {branch} from {from} (commits: {commits}, files changed: {count}).',
    '已从 {from} 更新 {branch}（提交：{commits}，变动文件：{count}）。',
  ],
  'update.adopted': [
    'These files you submitted are now part of {branch}, as approved:',
    '以下您提交的文件已按批准的内容并入 {branch}：',
  ],
  'update.detached': [
    'No branch is checked out (detached HEAD); there is nothing to update',
    '当前没有检出任何分支（HEAD 处于分离状态），无法更新',
  ],
  'update.detached.hint': [
    'Switch to the base branch first: git switch {base}',
    '请先切换到基准分支：git switch {base}',
  ],
  'update.other-branch': [
    'The branch checked out, {branch}, is not {base} and does not follow it',
    '当前分支 {branch} 不是 {base}，也不跟踪它',
  ],
  'update.other-branch.hint': [
    'Switch to it first: git switch {base}',
    '请先切换过去：git switch {base}',
  ],
  'update.diverged': [
    '{branch} has commits of its own that the base does not have; reg update only moves it forward',
    '{branch} 含有基准分支没有的提交；reg update 只做快进更新',
  ],
  'update.diverged.hint': [
    'Those commits were made outside reg ("reg submit" never commits on {branch}). Someone who knows git can merge the base into them (git merge with the base), or remove them.',
    '这些提交不是由 reg 创建的（"reg submit"从不在 {branch} 上提交）。请熟悉 git 的同事把基准分支合并进来（git merge），或删除这些提交。',
  ],
  'update.local-changes': [
    'Changed here, and different from the approved versions coming in: {files}',
    '以下文件在本地修改过，且与即将取回的批准版本不同：{files}',
  ],
  'update.local-changes.hint': [
    'These changes are not approved yet. Send them with "reg submit" and run "reg update" once they are merged; or copy the files out of the workspace and undo the changes (git restore FILE). Nothing was changed.',
    '这些修改尚未获批。请用"reg submit"提交，合并后再运行"reg update"；或把这些文件复制到工作区之外，再撤销修改（git restore 文件）。未做任何更改。',
  ],
  'update.differs': [
    'Not in git here, and different from the approved versions coming in: {files}',
    '以下文件未纳入本地 git，且与即将取回的批准版本不同：{files}',
  ],
  'update.differs.hint': [
    'Your copies may hold edits made after you submitted, or the approver changed them. Move your copies out of the workspace (to your desktop, say), run "reg update" again, then compare. Nothing was changed.',
    '您的副本可能含有提交后的修改，或审批人修改过它们。请把您的副本移到工作区之外（例如桌面），再运行"reg update"，然后比较两者。未做任何更改。',
  ],
  'update.failed': ['Could not update {branch}', '无法更新 {branch}'],
  'update.unborn': [
    '{branch} has no commits yet; there is nothing to move forward',
    '{branch} 还没有任何提交，无法快进更新',
  ],
  'update.unborn.hint': [
    'Clone the repository from the code host again: git clone URL',
    '请从代码托管平台重新克隆仓库：git clone 地址',
  ],
  'update.stuck': [
    'The update failed, and these files could not be put back: {files}',
    '更新失败，且以下文件未能放回原处：{files}',
  ],
  'update.stuck.hint': [
    'Their content is unchanged in {folder}; copy them back from there.',
    '它们的内容原样保存在 {folder}，请从那里复制回来。',
  ],
});

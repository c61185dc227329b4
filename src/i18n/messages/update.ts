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
    'Updated {branch} from {from}: {commits} commits, {count} files changed.',
    '已从 {from} 更新 {branch}：{commits} 个提交，{count} 个文件有变动。',
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
    'Check out the base branch first: git switch main',
    '请先切换到基准分支：git switch main',
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
    'Ask whoever made those commits; to keep them, merge the base yourself: git pull --no-rebase. "reg submit" never commits on {branch}.',
    '请联系创建这些提交的人；如需保留，请自行合并基准分支：git pull --no-rebase。"reg submit"从不在 {branch} 上提交。',
  ],
  'update.local-changes': [
    '{count} files changed here are also changed in the base: {files}',
    '{count} 个在本地修改过的文件在基准分支中也有变动：{files}',
  ],
  'update.local-changes.hint': [
    'Send your change with "reg submit", or move the files aside, then run "reg update" again. Nothing was changed.',
    '请先用"reg submit"提交您的修改，或把这些文件移到别处，再运行"reg update"。未做任何更改。',
  ],
  'update.differs': [
    '{count} files here are not in git and differ from the approved versions coming in: {files}',
    '{count} 个未纳入 git 的本地文件与即将取回的批准版本不同：{files}',
  ],
  'update.differs.hint': [
    'Your copies may hold edits made after you submitted, or the approver changed them. Rename your copies (add ".mine" to the name), run "reg update" again, then compare. Nothing was changed.',
    '您的副本可能含有提交后的修改，或审批人修改过它们。请给您的副本改名（在文件名后加 ".mine"），再运行"reg update"，然后比较两者。未做任何更改。',
  ],
  'update.failed': ['Could not update {branch}', '无法更新 {branch}'],
});

import { defineMessages } from '../define.js';

export const gitMessages = defineMessages({
  'git.missing': ['git is not installed or not on the PATH', '未安装 git，或 git 不在 PATH 中'],
  'git.missing.hint': [
    'This command reads the history of the registration repository; install git and try again.',
    '此命令需要读取报备仓库的历史记录；请安装 git 后重试。',
  ],
  'git.no-repo': [
    'The workspace {dir} is not inside a git repository',
    '工作区 {dir} 不在 git 仓库中',
  ],
  'git.no-repo.hint': [
    'Run it in a clone of the registration repository, or create one with "git init".',
    '请在报备仓库的克隆中运行，或用"git init"创建仓库。',
  ],
  'git.no-commits': [
    'The repository has no commit yet, so it has no history to read',
    '仓库中还没有任何提交，因此没有可读取的历史',
  ],
  'git.no-commits.hint': [
    'Commit the workspace first (git add -A, then git commit), and run reg {command} again.',
    '请先提交工作区（git add -A，然后 git commit），再运行 reg {command}。',
  ],
  'git.failed': ['{command} failed: {detail}', '{command} 执行失败：{detail}'],
  'git.failed.hint': [
    'Check that the repository is readable and not in the middle of a merge or rebase.',
    '请确认仓库可读，且不处于合并或变基过程中。',
  ],
  'git.bad-ref': ['"{ref}" is not a valid git ref', '"{ref}"不是有效的 git 引用'],
  'git.bad-ref.hint': [
    'Give a branch, tag or commit, e.g. --base main.',
    '请指定分支、标签或提交，如 --base main。',
  ],
  'git.ref-missing': [
    'The {role} {ref} is not a branch, tag or commit of this repository',
    '{role} {ref} 不是本仓库中的分支、标签或提交',
  ],
  'git.ref-missing.hint': [
    'Fetch it first: git fetch origin {branch}; or name it as origin/{branch}.',
    '请先获取它：git fetch origin {branch}；或写作 origin/{branch}。',
  ],
  'git.ref-shallow': [
    'The {role} {ref} is not in this clone: it is a shallow clone, as CI makes by default',
    '{role} {ref} 不在此克隆中：这是一个浅克隆（CI 的默认方式）',
  ],
  'git.ref-shallow.hint': [
    'Fetch the whole history: GitHub Actions "fetch-depth: 0" in actions/checkout, GitLab CI ' +
      '"GIT_DEPTH: 0"; or run git fetch --unshallow origin {branch}.',
    '请获取完整历史：GitHub Actions 在 actions/checkout 中设置"fetch-depth: 0"，GitLab CI 设置' +
      '"GIT_DEPTH: 0"；或运行 git fetch --unshallow origin {branch}。',
  ],
  'git.base-shallow': [
    'This shallow clone does not reach the merge base of {base} and {head}',
    '此浅克隆中找不到 {base} 与 {head} 的合并基准',
  ],
  'git.base-shallow.hint': [
    'Fetch the whole history: GitHub Actions "fetch-depth: 0" in actions/checkout, GitLab CI ' +
      '"GIT_DEPTH: 0"; or run git fetch --unshallow origin {branch}.',
    '请获取完整历史：GitHub Actions 在 actions/checkout 中设置"fetch-depth: 0"，GitLab CI 设置' +
      '"GIT_DEPTH: 0"；或运行 git fetch --unshallow origin {branch}。',
  ],
  'git.history-shallow': [
    'This shallow clone lacks the history of {ref} that says when each registration was merged',
    '此浅克隆不包含 {ref} 的完整历史，无法得知每个报备的合并时间',
  ],
  'git.no-merge-base': [
    '{base} and {head} have no common history',
    '{base} 与 {head} 没有共同的历史',
  ],
  'git.no-merge-base.hint': [
    'Start the change from the base branch: git switch -c my-change {base}.',
    '请从基准分支开始修改：git switch -c my-change {base}。',
  ],
  'git.role.base': ['base', '基准'],
  'git.role.head': ['head', '目标'],
});

import { defineMessages } from '../define.js';

export const initMessages = defineMessages({
  'help.init': [
    'create a registration repository: policy, a partner, folders, CI, CODEOWNERS, docs',
    '新建报备仓库：政策、示例合作伙伴、目录、CI、CODEOWNERS 和文档',
  ],
  'help.init.dir': [
    'the folder to create it in (default: the current one)',
    '在哪个目录中创建（默认：当前目录）',
  ],
  'init.done': ['Workspace in {dir}: {files} created', '工作区 {dir}：已创建 {files}'],
  'init.skipped': [
    'Already there, and left as they are ({files}):',
    '已存在，保持不变（{files}）：',
  ],
  'init.next': [
    'Next: edit reg.config.yaml and partners/, run "reg validate" in {dir}, then commit and push.',
    '下一步：修改 reg.config.yaml 和 partners/，在 {dir} 中运行"reg validate"，然后提交并推送。',
  ],
  'init.no-docs': [
    'docs/PROCESS.md and .github/CODEOWNERS were not written: fix reg.config.yaml, run reg init again.',
    '未写入 docs/PROCESS.md 和 .github/CODEOWNERS：请修正 reg.config.yaml 后重新运行 reg init。',
  ],
});

import { defineMessages } from '../define.js';

/** A workspace's own template that cannot be rendered. */
export const templateMessages = defineMessages({
  'template.failed': [
    'The template {file} failed at line {line}: {detail}',
    '模板 {file} 第 {line} 行出错：{detail}',
  ],
  'template.failed.hint': [
    'Templates may use only the helpers and partials regkit provides; fix the line or remove the override from templates/.',
    '模板只能使用 regkit 提供的 helper 和 partial；请修改该行，或从 templates/ 中删除这个覆盖模板。',
  ],
});

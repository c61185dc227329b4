import { defineMessages } from '../define.js';

export const cacheMessages = defineMessages({
  'cache.outside': [
    'The cache folder {dir} of the policy leads outside the workspace, to {real}',
    '政策中的缓存文件夹 {dir} 指向了工作区之外：{real}',
  ],
  'cache.outside.hint': [
    'A link on the way leads out; name a folder in the workspace under cache.dir, or remove the link.',
    '路径中的某个链接指向了工作区之外；请在 cache.dir 中填写工作区内的文件夹，或删除该链接。',
  ],
});

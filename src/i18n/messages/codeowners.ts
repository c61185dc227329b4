import { defineMessages } from '../define.js';

export const codeownersMessages = defineMessages({
  'codeowners.header': [
    'Made by "reg codeowners" from reg.config.yaml and partners/; run it again after a change.',
    '由"reg codeowners"根据 reg.config.yaml 和 partners/ 生成；修改它们后请重新生成。',
  ],
});

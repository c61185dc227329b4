import { defineMessages } from '../define.js';

export const progressMessages = defineMessages({
  'progress.checking': ['Checking registrations', '正在检查报备'],
  'progress.reporting': ['Preparing the report', '正在生成报告'],
});

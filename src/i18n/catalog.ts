import { approvalMessages } from './messages/approval.js';
import { attachmentMessages } from './messages/attachment.js';
import { cliMessages } from './messages/cli.js';
import { codeownersMessages } from './messages/codeowners.js';
import { dateMessages } from './messages/date.js';
import { digestMessages } from './messages/digest.js';
import { gitMessages } from './messages/git.js';
import { helpMessages } from './messages/help.js';
import { helpWorkflowMessages } from './messages/help-workflow.js';
import { historyMessages } from './messages/history.js';
import { idMessages } from './messages/id.js';
import { initMessages } from './messages/init.js';
import { newMessages } from './messages/new.js';
import { listMessages } from './messages/list.js';
import { prMessages } from './messages/pr.js';
import { refMessages } from './messages/ref.js';
import { reportMessages } from './messages/report.js';
import { schemaMessages } from './messages/schema.js';
import { submitMessages } from './messages/submit.js';
import { yamlMessages } from './messages/yaml.js';

export const catalog = {
  ...cliMessages,
  ...helpMessages,
  ...helpWorkflowMessages,
  ...yamlMessages,
  ...schemaMessages,
  ...refMessages,
  ...attachmentMessages,
  ...idMessages,
  ...dateMessages,
  ...newMessages,
  ...initMessages,
  ...submitMessages,
  ...gitMessages,
  ...prMessages,
  ...approvalMessages,
  ...listMessages,
  ...historyMessages,
  ...codeownersMessages,
  ...reportMessages,
  ...digestMessages,
};

export type MessageKey = keyof typeof catalog;

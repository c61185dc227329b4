import { attachmentMessages } from './messages/attachment.js';
import { cliMessages } from './messages/cli.js';
import { dateMessages } from './messages/date.js';
import { digestMessages } from './messages/digest.js';
import { helpMessages } from './messages/help.js';
import { idMessages } from './messages/id.js';
import { refMessages } from './messages/ref.js';
import { reportMessages } from './messages/report.js';
import { schemaMessages } from './messages/schema.js';
import { yamlMessages } from './messages/yaml.js';

export const catalog = {
  ...cliMessages,
  ...helpMessages,
  ...yamlMessages,
  ...schemaMessages,
  ...refMessages,
  ...attachmentMessages,
  ...idMessages,
  ...dateMessages,
  ...reportMessages,
  ...digestMessages,
};

export type MessageKey = keyof typeof catalog;

import { attachmentMessages } from './messages/attachment.js';
import { cliMessages } from './messages/cli.js';
import { completenessMessages } from './messages/completeness.js';
import { conflictMessages } from './messages/conflict.js';
import { dateMessages } from './messages/date.js';
import { helpMessages } from './messages/help.js';
import { idMessages } from './messages/id.js';
import { policyMessages } from './messages/policy.js';
import { reasonMessages } from './messages/reason.js';
import { refMessages } from './messages/ref.js';
import { schemaMessages } from './messages/schema.js';
import { waiverMessages } from './messages/waiver.js';
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
  ...completenessMessages,
  ...waiverMessages,
  ...conflictMessages,
  ...policyMessages,
  ...reasonMessages,
};

export type MessageKey = keyof typeof catalog;

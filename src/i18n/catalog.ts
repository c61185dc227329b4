import { attachmentMessages } from './messages/attachment.js';
import { cliMessages } from './messages/cli.js';
import { completenessMessages } from './messages/completeness.js';
import { conflictMessages } from './messages/conflict.js';
import { dateMessages } from './messages/date.js';
import { helpMessages } from './messages/help.js';
import { docsMessages } from './messages/docs.js';
import { explainMessages } from './messages/explain.js';
import { explainFileMessages } from './messages/explain-files.js';
import { explainInputMessages } from './messages/explain-input.js';
import { explainPolicyMessages } from './messages/explain-policy.js';
import { helpPolicyMessages } from './messages/help-policy.js';
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
  ...explainMessages,
  ...explainInputMessages,
  ...explainFileMessages,
  ...explainPolicyMessages,
  ...helpPolicyMessages,
  ...docsMessages,
};

export type MessageKey = keyof typeof catalog;

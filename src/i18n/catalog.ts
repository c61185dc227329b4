import { approvalMessages } from './messages/approval.js';
import { attachmentMessages } from './messages/attachment.js';
import { cacheMessages } from './messages/cache.js';
import { cliMessages } from './messages/cli.js';
import { codeownersMessages } from './messages/codeowners.js';
import { completenessMessages } from './messages/completeness.js';
import { conflictMessages } from './messages/conflict.js';
import { countMessages } from './messages/count.js';
import { dateMessages } from './messages/date.js';
import { docsMessages } from './messages/docs.js';
import { explainFileMessages } from './messages/explain-files.js';
import { explainInputMessages } from './messages/explain-input.js';
import { explainPolicyMessages } from './messages/explain-policy.js';
import { explainWorkflowMessages } from './messages/explain-workflow.js';
import { explainMessages } from './messages/explain.js';
import { digestMessages } from './messages/digest.js';
import { gitMessages } from './messages/git.js';
import { helpPolicyMessages } from './messages/help-policy.js';
import { helpWorkflowMessages } from './messages/help-workflow.js';
import { helpMessages } from './messages/help.js';
import { historyMessages } from './messages/history.js';
import { idMessages } from './messages/id.js';
import { initMessages } from './messages/init.js';
import { newMessages } from './messages/new.js';
import { listMessages } from './messages/list.js';
import { policyMessages } from './messages/policy.js';
import { prMessages } from './messages/pr.js';
import { progressMessages } from './messages/progress.js';
import { readMessages } from './messages/read.js';
import { reasonMessages } from './messages/reason.js';
import { refMessages } from './messages/ref.js';
import { reportMessages } from './messages/report.js';
import { schemaMessages } from './messages/schema.js';
import { submitMessages } from './messages/submit.js';
import { templateMessages } from './messages/template.js';
import { updateMessages } from './messages/update.js';
import { waiverMessages } from './messages/waiver.js';
import { writeMessages } from './messages/write.js';
import { yamlMessages } from './messages/yaml.js';

export const catalog = {
  ...cliMessages,
  ...countMessages,
  ...helpMessages,
  ...helpWorkflowMessages,
  ...yamlMessages,
  ...writeMessages,
  ...readMessages,
  ...templateMessages,
  ...schemaMessages,
  ...refMessages,
  ...attachmentMessages,
  ...idMessages,
  ...dateMessages,
  ...newMessages,
  ...initMessages,
  ...submitMessages,
  ...updateMessages,
  ...completenessMessages,
  ...waiverMessages,
  ...conflictMessages,
  ...policyMessages,
  ...reasonMessages,
  ...explainMessages,
  ...explainInputMessages,
  ...explainFileMessages,
  ...explainPolicyMessages,
  ...explainWorkflowMessages,
  ...helpPolicyMessages,
  ...docsMessages,
  ...gitMessages,
  ...prMessages,
  ...approvalMessages,
  ...listMessages,
  ...historyMessages,
  ...codeownersMessages,
  ...reportMessages,
  ...digestMessages,
  ...progressMessages,
  ...cacheMessages,
};

export type MessageKey = keyof typeof catalog;

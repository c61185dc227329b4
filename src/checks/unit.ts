import type { Draft } from '../findings/finding.js';
import type { Loaded } from '../load/document.js';
import type { Doc } from '../model/read.js';
import type { Facts } from './facts.js';

/** One YAML file of the workspace on its way through the checks. */
export interface Unit {
  /** Workspace-relative path with `/`. */
  rel: string;
  loaded: Loaded;
  /** The document when it parsed to a map; checks read only this. */
  data: Doc | undefined;
  /** Whether the document matched its schema, so that checks may trust its shape. */
  valid: boolean;
  drafts: Draft[];
  /** Set once its own checks ran (perhaps on a worker), so that they do not run twice. */
  checked?: boolean;
  /** What it contributes to the checks across files. */
  facts?: Facts;
  /** How its attachments resolved when its own checks ran (see attachment/deps.ts). */
  deps?: string[];
}

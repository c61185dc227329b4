import type { Draft } from '../findings/finding.js';
import type { Loaded } from '../load/document.js';
import type { Doc } from '../model/read.js';

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
}

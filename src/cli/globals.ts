import type { Language } from '../i18n/index.js';

/** Options every command takes. */
export interface Globals {
  /** Where to look for the workspace (`--cwd`, else the working directory). */
  cwd: string;
  lang: Language;
  color: boolean;
  quiet: boolean;
  debug: boolean;
}

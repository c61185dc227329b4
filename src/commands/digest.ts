import type { DigestFlags } from '../cli/commands-report.js';
import type { Globals } from '../cli/globals.js';

export async function digestCommand(_flags: DigestFlags, _g: Globals): Promise<number> {
  return 0;
}

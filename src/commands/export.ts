import type { ExportFlags } from '../cli/commands-report.js';
import type { Globals } from '../cli/globals.js';

export async function exportCommand(_flags: ExportFlags, _g: Globals): Promise<number> {
  return 0;
}

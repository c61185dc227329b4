import type { DocsFlags } from "../cli/commands.js"; import type { Globals } from "../cli/globals.js";
export async function docsCommand(_f: DocsFlags, _g: Globals): Promise<number> { return 0; }

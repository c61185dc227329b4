import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { errorCode } from './error-code.js';

/**
 * `mkdir -p`, one level at a time. Node's own recursive mkdir never returns where a file
 * system answers ENOENT for a folder whose parent is there (`--out /proc/x/report.html`
 * spun for ever); made level by level, that is an error like any other.
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); !existsSync(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // Made meanwhile by another run, or a dangling link: the next level tells which.
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
}

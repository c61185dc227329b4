import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../helpers/workspace.js';

let dir = '';
afterEach(() => removeWorkspace(dir));

/**
 * Runs the built loader (workers need the compiled worker file) over `dir` with partner
 * lookups that fail on the main thread only, and prints how many files were done when
 * the run failed and how many some time later.
 */
const script = `
import { setTimeout as sleep } from 'node:timers/promises';
const dist = ${JSON.stringify(join(repoRoot, 'dist'))};
const { checkUnitsParallel } = await import(dist + '/load/parallel.js');
const { registrationFiles } = await import(dist + '/workspace/files.js');
const { openWorkspace } = await import(dist + '/workspace/load.js');
class Broken extends Map { get() { throw new Error('broken lookup'); } }
const ws = openWorkspace(process.argv[1]);
ws.partners = new Broken(ws.partners);
let done = 0;
let failed = '';
try {
  await checkUnitsParallel(ws, registrationFiles(ws.root), '2026-11-26', { lean: true }, (n) => { done += n; });
} catch (error) {
  failed = error.message;
}
const atFailure = done;
await sleep(2500);
console.log(JSON.stringify({ failed, atFailure, later: done }));
`;

describe('loading on several threads', () => {
  it('stops every worker when the main thread fails, so no work goes on after the error', () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 640; i += 1) {
      const id = `ALPHA-2026-${String(i).padStart(4, '0')}`;
      files[`registrations/alpha/${id}.yaml`] = validDeal.replace('ALPHA-2026-0002', id);
    }
    dir = makeWorkspace(files);
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, dir], {
      encoding: 'utf8',
      env: { ...process.env, REG_WORKERS: '2' },
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { failed: string; atFailure: number; later: number };
    expect(result.failed).toBe('broken lookup');
    expect(result.later).toBe(result.atFailure);
    expect(result.later).toBeLessThan(640);
  });
});

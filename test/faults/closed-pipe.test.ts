import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { regBin } from '../helpers/cli.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../helpers/workspace.js';

let dir = '';
afterEach(() => removeWorkspace(dir));

/**
 * Runs `reg` with its output read only as far as the first chunk, then closed, as
 * `reg list | head` does; resolves to the exit code and what it wrote to stderr.
 */
function readFirstChunk(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [regBin, ...args], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a reader that closes the pipe early', () => {
  it('ends the output quietly, with no stack trace and the exit code of the run', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 800; i += 1) {
      const id = `ALPHA-2026-${String(i).padStart(4, '0')}`;
      const text = validDeal.replace('ALPHA-2026-0002', id);
      files[`registrations/alpha/${id}.yaml`] =
        i % 2 === 0 ? text.replace('stage: qualify', 'stage: someday') : text;
    }
    dir = makeWorkspace(files);
    const commands = [
      { args: ['list', '--format', 'json'], code: 0 },
      { args: ['report', '--format', 'json'], code: 0 },
      // One file has an error: a CI job that pipes the findings through head still fails.
      { args: ['validate', '--format', 'json'], code: 1 },
    ];
    for (const { args, code } of commands) {
      const run = await readFirstChunk([...args, '--today', '2026-11-26', '--no-cache']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(code);
    }
  });

  it.skipIf(!existsSync('/dev/full'))(
    'says in words that the output could not be written, where the disk is full',
    () => {
      dir = makeWorkspace();
      const full = openSync('/dev/full', 'w');
      try {
        const run = spawnSync(process.execPath, [regBin, 'validate', '--format', 'sarif'], {
          cwd: dir,
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
        });
        expect(run.stderr).toMatch(/Could not write the output: the disk is full \(ENOSPC\)/);
        expect(run.stderr).not.toMatch(/Internal error|at /);
        expect(run.status).toBe(2);
      } finally {
        closeSync(full);
      }
    },
  );
});

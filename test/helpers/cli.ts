import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const regBin = join(repoRoot, 'bin', 'reg.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `reg` binary as a user would, with a fixed language and no colour. */
export function reg(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; timeout?: number } = {},
): RunResult {
  const result = spawnSync(process.execPath, [regBin, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    input: options.input ?? '',
    env: {
      ...process.env,
      LANG: 'en_US.UTF-8',
      LC_ALL: '',
      LC_MESSAGES: '',
      NO_COLOR: '1',
      ...options.env,
    },
    maxBuffer: 64 * 1024 * 1024,
    // A run that hangs fails its test, saying so, rather than stalling the whole suite:
    // vitest cannot interrupt a synchronous spawn.
    timeout: options.timeout ?? 60_000,
    killSignal: 'SIGKILL',
  });
  const killed = result.error ? `\n[reg did not finish: ${result.error.message}]` : '';
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr + killed };
}

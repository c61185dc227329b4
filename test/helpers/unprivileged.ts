import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { regBin, type RunResult } from './cli.js';

const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path));
const asRoot = process.getuid?.() === 0;

/**
 * Whether a file's permissions can keep `reg` out: not on Windows, and not as root,
 * which reads anything, unless setpriv can run reg as an unprivileged user instead.
 */
export const permissionsApply =
  process.platform !== 'win32' &&
  process.getuid !== undefined &&
  (!asRoot || setpriv !== undefined);

/**
 * Runs the built `reg` as `reg()` of cli.ts does, as nobody (uid 65534) when the tests
 * run as root, so that a folder made unreadable stays unreadable to it.
 */
export function regUnprivileged(args: string[], cwd: string): RunResult {
  const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1' };
  const command = [process.execPath, regBin, ...args];
  const [file, ...rest] =
    asRoot && setpriv
      ? [setpriv, '--reuid=65534', '--regid=65534', '--clear-groups', ...command]
      : command;
  const result = spawnSync(file as string, rest, {
    cwd,
    env,
    encoding: 'utf8',
    input: '',
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  const killed = result.error ? `\n[reg did not finish: ${result.error.message}]` : '';
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr + killed };
}

/** Lets everyone read and enter a folder made for a test, as mkdtemp makes it 0700. */
export function openToAll(dir: string): void {
  chmodSync(dir, 0o755);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) openToAll(path);
    else chmodSync(path, 0o644);
  }
}

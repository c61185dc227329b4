import { spawn, spawnSync } from 'node:child_process';

/** Whether util-linux `script` is there to give a child a pseudo-terminal. */
export const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

export interface Exchange {
  /** Text the screen must show (after the previous match) before `send` is typed. */
  waitFor: string;
  send: string;
}

const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');

/**
 * Runs a command on a pseudo-terminal and types each answer once its question shows.
 * Resolves to the screen text without colour codes, the text as written (`raw`, escape
 * sequences kept) and the exit code. `env` adds to or overrides the environment.
 */
export function runOnTerminal(
  command: string,
  cwd: string,
  script: readonly Exchange[],
  timeoutMs = 30_000,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; screen: string; raw: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd,
      env: {
        ...process.env,
        LANG: 'en_US.UTF-8',
        LC_ALL: '',
        TERM: 'xterm',
        COLUMNS: '200',
        ...env,
      },
    });
    let screen = '';
    let raw = '';
    let from = 0;
    let step = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out waiting for "${script[step]?.waitFor}"; screen:\n${screen}`));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
      screen += chunk.toString('utf8').replace(ansi, '');
      for (;;) {
        const next = script[step];
        if (!next) break;
        const at = screen.indexOf(next.waitFor, from);
        if (at < 0) break;
        from = at + next.waitFor.length;
        step += 1;
        child.stdin.write(next.send);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, screen, raw });
    });
  });
}

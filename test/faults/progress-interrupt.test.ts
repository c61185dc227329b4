import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const esc = String.fromCharCode(27);
const progressModule = pathToFileURL(join(repoRoot, 'dist', 'cli', 'progress.js')).href;

/**
 * A process that draws a bar on a stand-in terminal (its stderr), says so on stdout and
 * waits; `handler` is code for a SIGINT handler of its own, as `reg new` has one.
 */
function drawingProcess(handler = '') {
  const code = `
    import { progress } from ${JSON.stringify(progressModule)};
    ${handler}
    const stream = { isTTY: true, columns: 60, write: (s) => process.stderr.write(s) };
    const env = { REG_PROGRESS_DELAY_MS: '0' };
    const bar = progress('Checking registrations', 10, { stream, env });
    bar.tick();
    process.stdout.write('drawn\\n');
    setInterval(() => undefined, 1000);
  `;
  return spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: 'pipe' });
}

/** Interrupts the process once its bar is drawn; resolves to how it ended and its stderr. */
function interruptWhenDrawn(handler?: string) {
  const child = drawingProcess(handler);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.stdout.on('data', (chunk: Buffer) => {
    if (chunk.toString('utf8').includes('drawn')) child.kill('SIGINT');
  });
  return new Promise<{ code: number | null; signal: string | null; stderr: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
}

describe('an interrupt while a progress bar is drawn', () => {
  it('clears the bar and ends the process as the interrupt does', async () => {
    const { signal, stderr } = await interruptWhenDrawn();
    expect(stderr).toContain('Checking registrations [');
    expect(stderr.endsWith(`\r${esc}[K`)).toBe(true);
    expect(signal).toBe('SIGINT');
  });

  it('clears the bar and leaves the ending to a command that handles the interrupt', async () => {
    const handler = `process.once('SIGINT', () => {
      process.stderr.write('Interrupted.\\n');
      process.exit(130);
    });`;
    const { code, stderr } = await interruptWhenDrawn(handler);
    expect(code).toBe(130);
    expect(stderr).toMatch(new RegExp(`\\r${esc}\\[KInterrupted\\.\\n$`));
  });
});

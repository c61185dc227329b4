import { afterEach, describe, expect, it } from 'vitest';
import { reg, regBin } from '../helpers/cli.js';
import { hasScript, runOnTerminal } from '../helpers/pty.js';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.js';

const esc = String.fromCharCode(27);
const clearLine = `\r${esc}[K`;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

function workspace(): string {
  const dir = makeWorkspace();
  dirs.push(dir);
  return dir;
}

/** A bar from the first moment, and no CI variable inherited from where the tests run. */
const now = { REG_PROGRESS_DELAY_MS: '0', CI: '' };

function onTerminal(args: string, env: NodeJS.ProcessEnv = now) {
  return runOnTerminal(`${process.execPath} ${regBin} ${args}`, workspace(), [], 30_000, env);
}

describe.skipIf(!hasScript)('the progress bar on a terminal', () => {
  it('shows while reg validate checks, and is cleared before the results', async () => {
    const { code, raw } = await onTerminal('validate --today 2026-11-25');
    expect(code).toBe(0);
    expect(raw).toMatch(/\rChecking registrations \[[#.]+\] \d+\/\d+ +\d+%/);
    const results = raw.slice(raw.lastIndexOf(clearLine) + clearLine.length);
    expect(results).toContain('Checked 3 files');
    expect(results).not.toContain('Checking registrations');
  });

  it('shows in Chinese with --lang zh-CN', async () => {
    const { screen } = await onTerminal('--lang zh-CN validate --today 2026-11-25');
    expect(screen).toContain('正在检查报备 [');
  });

  it('shows while reg report prepares the report, and leaves stdout to the report', async () => {
    const { code, raw } = await onTerminal('report --format markdown --today 2026-11-25');
    expect(code).toBe(0);
    expect(raw).toContain('\rPreparing the report [');
    const results = raw.slice(raw.lastIndexOf(clearLine) + clearLine.length);
    expect(results).toContain('ALPHA-2026-0001');
    expect(results).not.toContain('Preparing the report');
  });

  it('is not drawn with --quiet, in CI or on a dumb terminal', async () => {
    const runs = [
      await onTerminal('--quiet validate --today 2026-11-25'),
      await onTerminal('validate --today 2026-11-25', { ...now, CI: 'true' }),
      await onTerminal('validate --today 2026-11-25', { ...now, TERM: 'dumb' }),
    ];
    for (const { code, raw } of runs) {
      expect(code).toBe(0);
      expect(raw).not.toContain('Checking registrations');
      expect(raw).not.toContain(clearLine);
    }
  });
});

describe('the progress bar when standard error is piped', () => {
  it('is never drawn, and stderr holds no escape sequence', () => {
    for (const args of [['validate'], ['report', '--format', 'json']]) {
      const result = reg([...args, '--today', '2026-11-25'], {
        cwd: workspace(),
        env: { ...process.env, ...now },
      });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).not.toContain(esc);
      expect(result.stdout).not.toContain('\r');
    }
  });
});

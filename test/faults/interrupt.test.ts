import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { regBin } from '../helpers/cli.js';
import { hasScript, runOnTerminal } from '../helpers/pty.js';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

/** Every file under registrations/, hidden temporary files included. */
function registrationsOf(root: string): string[] {
  return readdirSync(join(root, 'registrations'), { recursive: true, encoding: 'utf8' }).sort();
}

describe.skipIf(!hasScript)('an interrupt during an interactive reg new', () => {
  it('writes nothing and exits 130 when Ctrl-C is typed at a question', async () => {
    const root = makeWorkspace();
    dirs.push(root);
    const before = registrationsOf(root);
    const { code, screen } = await runOnTerminal(
      `${process.execPath} ${regBin} new campaign --today 2026-11-26`,
      root,
      [
        { waitFor: 'Partner', send: '\x1b[B\r' },
        { waitFor: '(campaign.name)', send: 'Half typed\x03' },
      ],
    );
    expect(code).toBe(130);
    expect(screen).toContain('Interrupted: nothing was written.');
    expect(screen).not.toMatch(/at .*\.js:\d+/);
    expect(registrationsOf(root)).toEqual(before);
  });

  it('writes nothing and exits 130 when Ctrl-C is typed at the final confirmation', async () => {
    const root = makeWorkspace();
    dirs.push(root);
    const before = registrationsOf(root);
    const { code } = await runOnTerminal(
      `${process.execPath} ${regBin} new campaign --today 2026-11-26`,
      root,
      [
        { waitFor: 'Partner', send: '\x1b[B\r' },
        { waitFor: '(campaign.name)', send: 'Expo\r' },
        { waitFor: '(campaign.type)', send: '\r' },
        { waitFor: '(campaign.start)', send: '2027-04-16\r' },
        { waitFor: '(campaign.end)', send: '2027-04-17\r' },
        { waitFor: '(campaign.budget.value)', send: '80000\r' },
        { waitFor: '(campaign.budget.currency)', send: '\r' },
        { waitFor: 'Write registrations/beta/BETA-2026-0001.yaml?', send: '\x03' },
      ],
    );
    expect(code).toBe(130);
    expect(registrationsOf(root)).toEqual(before);
  });
});

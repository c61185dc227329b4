import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { regBin } from '../helpers/cli.js';
import { hasScript, runOnTerminal } from '../helpers/pty.js';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

const enter = '\r';

describe.skipIf(!hasScript)('reg new on a terminal', () => {
  it('answers every question of a campaign typed in Chinese and writes them', async () => {
    const root = makeWorkspace();
    dirs.push(root);
    const { code, screen } = await runOnTerminal(
      `${process.execPath} ${regBin} new campaign --today 2026-11-26`,
      root,
      [
        { waitFor: 'Partner', send: '\x1b[B' + enter },
        { waitFor: '(campaign.name)', send: '2027 华南智能制造研讨会（广州站）' + enter },
        { waitFor: '(campaign.type)', send: enter },
        { waitFor: '(campaign.start)', send: '2027-13-01' + enter },
        { waitFor: 'is not a date', send: '\x15' + '2027-04-16' + enter },
        { waitFor: '(campaign.end)', send: '2027-04-17' + enter },
        { waitFor: '(campaign.budget.value)', send: '八万' + enter },
        { waitFor: 'should be a number', send: '\x15' + '80000' + enter },
        { waitFor: '(campaign.budget.currency)', send: enter },
        { waitFor: 'Write registrations/beta/BETA-2026-0001.yaml?', send: 'y' + enter },
      ],
    );
    expect(screen).toContain('Wrote registrations/beta/BETA-2026-0001.yaml');
    expect(screen).toMatch(/navigate.*select/);
    expect(code).toBe(0);
    const written = parse(
      readFileSync(join(root, 'registrations/beta/BETA-2026-0001.yaml'), 'utf8'),
    );
    expect(written).toMatchObject({
      id: 'BETA-2026-0001',
      kind: 'campaign',
      partner: 'beta',
      submitted_by: { name: 'Li Na', email: 'li.na@beta.example' },
      campaign: {
        name: '2027 华南智能制造研讨会（广州站）',
        type: 'event',
        start: '2027-04-16',
        end: '2027-04-17',
        budget: { value: 80000, currency: 'CNY' },
      },
    });
  });

  it('words the keys under a list and the yes or no in Chinese', async () => {
    const root = makeWorkspace();
    dirs.push(root);
    const { code, screen } = await runOnTerminal(
      `${process.execPath} ${regBin} --lang zh-CN new campaign --today 2026-11-26`,
      root,
      [
        { waitFor: '合作伙伴', send: '\x1b[B' + enter },
        { waitFor: '(campaign.name)', send: '研讨会' + enter },
        { waitFor: '(campaign.type)', send: enter },
        { waitFor: '(campaign.start)', send: '2027-04-16' + enter },
        { waitFor: '(campaign.end)', send: '2027-04-17' + enter },
        { waitFor: '(campaign.budget.value)', send: '80000' + enter },
        { waitFor: '(campaign.budget.currency)', send: enter },
        { waitFor: '写入 registrations/beta/BETA-2026-0001.yaml', send: 'n' + enter },
      ],
    );
    expect(screen).toMatch(/移动.*选择/);
    expect(screen).not.toMatch(/navigate|select/);
    expect(screen).toContain('否');
    expect(code).toBe(0);
  });
});

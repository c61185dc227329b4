import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import {
  branchWith,
  makeRegistryRepo,
  read,
  removeRepo,
  workflowPolicy,
  write,
  type RegistryRepo,
} from '../helpers/registry-repo.js';
import { validDeal } from '../helpers/workspace.js';

let repo: RegistryRepo;
afterEach(() => removeRepo(repo));

const first = 'registrations/alpha/ALPHA-2026-0001.yaml';
const forecast = 'attachments/alpha/ALPHA-2026-0001/forecast.md';
const today = ['--today', '2026-11-25'];

/** Every deal attaches a financial forecast; ALPHA-2026-0001 on main lists forecast.md. */
function forecastRequired(): void {
  repo = makeRegistryRepo();
  const requirement =
    'requirements:\n  - id: forecast\n    title: Deals attach a forecast\n' +
    '    when: { kind: [deal] }\n    attachments: [financial-forecast]\n';
  write(repo.ws, { 'reg.config.yaml': `${workflowPolicy}${requirement}` });
  git(repo.top, 'add', '-A');
  git(repo.top, 'commit', '-q', '-m', 'Deals attach a forecast');
}

interface Item {
  requirement: string;
  status: string;
  problems?: string[];
}

function checklist(id = 'ALPHA-2026-0001', ...args: string[]): Item[] {
  const r = reg(['report', '--format', 'json', ...today, ...args], { cwd: repo.ws });
  expect(r.stderr).toBe('');
  const entries = JSON.parse(r.stdout).registrations as { id: string; checklist: Item[] }[];
  const items = entries.find((e) => e.id === id)?.checklist ?? [];
  return items.map(({ requirement, status, problems }) => ({
    requirement,
    status,
    ...(problems && { problems }),
  }));
}

function markdown(...args: string[]): string {
  const r = reg(['report', ...today, ...args], { cwd: repo.ws });
  expect(r.stderr).toBe('');
  return r.stdout;
}

const unusable = [
  { requirement: 'forecast', status: 'unusable', problems: ['attachment.missing'] },
];

describe('reg report, the checklist of an attachment whose file cannot be used', () => {
  it('does not count an attachment whose file is missing as met, warm or cold', () => {
    forecastRequired();
    expect(checklist()).toEqual([{ requirement: 'forecast', status: 'met' }]);
    write(repo.ws, { [forecast]: null });
    expect(reg(['validate', ...today], { cwd: repo.ws }).stdout).toContain('attachment.missing');
    // The second run takes the file's result from the cache the first one wrote.
    for (const args of [[], [], ['--no-cache']]) {
      expect(checklist('ALPHA-2026-0001', ...args)).toEqual(unusable);
    }
    const md = markdown();
    expect(md).toContain('<details><summary>Checklist: 0 of 1 met</summary>');
    expect(md).toMatch(
      /^- ❌ Deals attach a forecast: `financial-forecast` — listed, but the file cannot be used: `attachment\.missing`$/m,
    );
    expect(md).not.toContain('✅ Deals attach a forecast');
    expect(markdown('--lang', 'zh-CN')).toMatch(
      /`financial-forecast` — 已列出，但文件无法使用： `attachment\.missing`$/m,
    );
  });

  it('counts it met again once the file is back, without --no-cache', () => {
    forecastRequired();
    write(repo.ws, { [forecast]: null });
    expect(checklist()).toEqual(unusable);
    git(repo.top, 'checkout', '-q', '--', forecast);
    expect(checklist()).toEqual([{ requirement: 'forecast', status: 'met' }]);
    expect(markdown()).toContain('✅ Deals attach a forecast: `financial-forecast`');
  });

  it('names the attachment rule a file of the wrong type breaks', () => {
    forecastRequired();
    renameSync(join(repo.ws, forecast), join(repo.ws, forecast.replace('.md', '.txt')));
    write(repo.ws, { [first]: read(repo.ws, first).replace('forecast.md', 'forecast.txt') });
    expect(checklist()).toEqual([
      { requirement: 'forecast', status: 'unusable', problems: ['attachment.type'] },
    ]);
  });

  it('is met while one file of the type can be used, though another is missing', () => {
    forecastRequired();
    const listed = read(repo.ws, first);
    const old = listed.replace('forecast.md', 'old-forecast.md');
    write(repo.ws, { [first]: old });
    expect(checklist()).toEqual(unusable);
    const both = `${old}${listed.slice(listed.indexOf('  - path:'))}`;
    write(repo.ws, { [first]: both });
    expect(checklist()).toEqual([{ requirement: 'forecast', status: 'met' }]);
  });

  it('shows a missing file whose finding a waiver covers as waived, not met', () => {
    forecastRequired();
    const waiver =
      'waivers:\n  - rule: attachment.missing\n' +
      '    reason: The forecast went to the channel manager by mail on 2026-11-20.\n';
    write(repo.ws, { [forecast]: null, [first]: `${read(repo.ws, first)}${waiver}` });
    expect(checklist()).toEqual([{ requirement: 'forecast', status: 'waived' }]);
    expect(markdown()).toContain('➖ Deals attach a forecast: `financial-forecast`');
  });

  it('shows a waiver the waiver checks refuse as waiving nothing', () => {
    forecastRequired();
    const waiver = 'waivers:\n  - rule: completeness.attachment\n    reason: mailed\n';
    write(repo.ws, { [forecast]: null, [first]: `${read(repo.ws, first)}${waiver}` });
    expect(checklist()).toEqual(unusable);
  });

  it('says the same in the report of a pull request (--changed --base)', () => {
    forecastRequired();
    const second = 'registrations/alpha/ALPHA-2026-0002.yaml';
    const attached =
      'attachments:\n  - path: attachments/alpha/ALPHA-2026-0002/forecast.md\n' +
      '    type: financial-forecast\n';
    branchWith(repo, 'alpha/second', { [second]: `${validDeal}${attached}` });
    for (let run = 0; run < 2; run += 1) {
      expect(checklist('ALPHA-2026-0002', '--changed', '--base', 'main')).toEqual(unusable);
    }
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { parseCsv } from '../helpers/report.js';
import {
  branchWith,
  makeRegistryRepo,
  removeRepo,
  type RegistryRepo,
} from '../helpers/registry-repo.js';
import { validDeal, validDealFlags } from '../helpers/workspace.js';

let repo: RegistryRepo;
afterEach(() => removeRepo(repo));

const today = ['--today', '2026-11-25'];
const second = 'registrations/alpha/ALPHA-2026-0002.yaml';

interface Group {
  group: string;
  approved: boolean;
  byMerge: boolean;
}

interface Entry {
  id: string;
  state: string;
  approvers: Group[];
}

function run(args: string[]): string {
  const r = reg([...args, ...today], { cwd: repo.ws });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

function reportStates(...args: string[]): [string, string][] {
  const entries = JSON.parse(run(['report', '--format', 'json', ...args])).registrations as Entry[];
  return entries.map((e) => [e.id, e.state]);
}

function listStates(): [string, string][] {
  const rows = JSON.parse(run(['list', '--format', 'json'])).registrations as Entry[];
  return rows.map((r) => [r.id, r.state]);
}

/** A large deal made with `reg new` on main and not committed: it needs two groups. */
function uncommittedOnMain(): void {
  repo = makeRegistryRepo();
  const flags = [...validDealFlags, '--set', 'opportunity.value=900000'];
  const made = reg(['new', 'deal', ...flags, '--yes', ...today], { cwd: repo.ws });
  expect(made.code, made.stderr).toBe(0);
  expect(git(repo.top, 'status', '--porcelain')).toContain('ALPHA-2026-0002.yaml');
}

const expected: [string, string][] = [
  ['ALPHA-2026-0001', 'active'],
  ['ALPHA-2026-0002', 'pending'],
];

describe('reg report without --base, a registration not merged yet', () => {
  it('is pending in every format, as reg list has it, warm and cold', () => {
    uncommittedOnMain();
    expect(listStates()).toEqual(expected);
    // The second run reads the documents and results the first one cached.
    for (const args of [[], [], ['--no-cache']]) expect(reportStates(...args)).toEqual(expected);

    const json = JSON.parse(run(['report', '--format', 'json'])).registrations as Entry[];
    const groups = json.find((e) => e.id === 'ALPHA-2026-0002')?.approvers ?? [];
    expect(groups.map((g) => [g.group, g.approved, g.byMerge])).toEqual([
      ['channel-managers', false, false],
      ['sales-directors', false, false],
    ]);

    const md = run(['report']);
    const part = md.slice(md.indexOf('### `ALPHA-2026-0002`'));
    expect(part).toMatch(/\*\*State\*\*: pending/);
    expect(part).toMatch(/^- ⏳ Channel managers: awaiting approval/m);
    expect(part).not.toContain('approved by the merge');

    const rows = parseCsv(run(['report', '--format', 'csv']));
    const state = (rows[0] ?? []).indexOf('State');
    expect(rows.slice(1).map((row) => [row[0], row[state]])).toEqual(expected);
  });

  it('is pending on a partner branch until the branch is merged into main', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'alpha/second', { [second]: validDeal });
    expect(listStates()).toEqual(expected);
    expect(reportStates()).toEqual(expected);
    git(repo.top, 'switch', '-q', 'main');
    git(repo.top, 'merge', '-q', '--no-ff', 'alpha/second', '-m', 'Merge alpha/second');
    const merged: [string, string][] = [
      ['ALPHA-2026-0001', 'active'],
      ['ALPHA-2026-0002', 'active'],
    ];
    expect(listStates()).toEqual(merged);
    expect(reportStates()).toEqual(merged);
  });

  it('still reports on the pull request alone with --changed --base', () => {
    uncommittedOnMain();
    expect(reportStates('--changed', '--base', 'main')).toEqual([['ALPHA-2026-0002', 'pending']]);
    expect(reportStates('--base', 'main')).toEqual(expected);
  });
});

describe('reg export of a registration not yet merged', () => {
  it('leaves it out of what goes to the CRM, as list and report call it pending', () => {
    uncommittedOnMain();
    const policy = join(repo.ws, 'reg.config.yaml');
    const mapping =
      '\nexport:\n  mappings:\n    crm:\n      columns:\n        - { header: Id, field: id }\n';
    writeFileSync(policy, readFileSync(policy, 'utf8') + mapping);
    const out = JSON.parse(run(['export', '--format', 'json'])) as { records: { Id: string }[] };
    expect(out.records.map((r) => r.Id)).toEqual(['ALPHA-2026-0001']);
    git(repo.top, 'add', '-A');
    git(repo.top, 'commit', '-q', '-m', 'Merge it');
    const after = JSON.parse(run(['export', '--format', 'json'])) as { records: { Id: string }[] };
    expect(after.records.map((r) => r.Id)).toEqual(['ALPHA-2026-0001', 'ALPHA-2026-0002']);
  });
});

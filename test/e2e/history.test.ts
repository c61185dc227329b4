import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { makeWorkspace } from '../helpers/workspace.js';
import { deal, registrationFile } from '../helpers/registrations.js';
import {
  branchWith,
  makeRegistryRepo,
  mergeNoFf,
  read,
  removeRepo,
  type RegistryRepo,
} from '../helpers/registry-repo.js';

const alphaFile = 'registrations/alpha/ALPHA-2026-0001.yaml';

let repo: RegistryRepo;
let clone: string | undefined;
afterEach(() => {
  removeRepo(repo);
  if (clone !== undefined) rmSync(clone, { recursive: true, force: true });
  clone = undefined;
});

/** ALPHA-2026-0001 merged, then made larger, then extended, each by a merged branch. */
function auditedRepo(subfolder?: string): RegistryRepo {
  repo = makeRegistryRepo({ subfolder });
  const bigger = read(repo.ws, alphaFile)
    .replace('value: 320000', 'value: 1200000')
    .replace('stage: develop', 'stage: propose');
  branchWith(repo, 'alpha/bigger', { [alphaFile]: bigger }, '2026-11-24T09:00:00+08:00');
  mergeNoFf(repo.top, 'alpha/bigger', '2026-11-24T18:00:00+08:00');
  const extension =
    '\nextensions:\n  - { requested_on: 2026-11-25, days: 30, reason: Customer board meets in March }\n';
  branchWith(
    repo,
    'alpha/extend',
    { [alphaFile]: `${bigger}${extension}` },
    '2026-11-25T09:00:00+08:00',
  );
  mergeNoFf(repo.top, 'alpha/extend', '2026-11-25T18:00:00+08:00');
  return repo;
}

/** The registration as `content`, merged from a partner branch on the given day of November. */
function merged(name: string, content: string, day: number): void {
  branchWith(repo, name, { [alphaFile]: content }, `2026-11-${day}T09:00:00+08:00`);
  mergeNoFf(repo.top, name, `2026-11-${day}T18:00:00+08:00`);
}

describe('reg history tells the audit trail of a registration', () => {
  it('lists every commit with who, when in UTC, and what changed in words', () => {
    auditedRepo();
    const result = reg(['history', 'ALPHA-2026-0001'], { cwd: repo.ws });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`ALPHA-2026-0001  ${alphaFile}`);
    expect(result.stdout).toMatch(
      /2026-11-20 02:00 UTC {2}[0-9a-f]{10} {2}Zhang Wei <zhang\.wei@alpha\.example> {2}Register/,
    );
    expect(result.stdout).toContain('registered: deal, tier standard, value 320,000 CNY');
    expect(result.stdout).toContain(
      'value 320,000 → 1,200,000 CNY; stage develop → propose; tier standard → large',
    );
    expect(result.stdout).toContain('extension of 30 days asked on 2026-11-25');
  });

  it('tells the same trail for a workspace in a subfolder of its repository', () => {
    auditedRepo('channel');
    const result = reg(['history', 'ALPHA-2026-0001'], { cwd: repo.ws });
    expect(result.stdout.split('\n')[0]).toBe(`ALPHA-2026-0001  ${alphaFile}`);
    expect(result.stdout).toContain('tier standard → large');
  });

  it('gives the same trail as JSON, oldest first', () => {
    auditedRepo();
    const result = reg(['history', 'ALPHA-2026-0001', '--format', 'json'], { cwd: repo.ws });
    const { commits } = JSON.parse(result.stdout) as {
      commits: { time: string; author: string; changes: string[] }[];
    };
    expect(commits.map((c) => c.time)).toEqual([
      '2026-11-20T02:00:00.000Z',
      '2026-11-24T01:00:00.000Z',
      '2026-11-25T01:00:00.000Z',
    ]);
    expect(commits[2]?.changes).toEqual(['extension of 30 days asked on 2026-11-25']);
  });

  it('follows a registration through a rename and after its deletion', () => {
    repo = makeRegistryRepo();
    const moved = 'registrations/alpha/ALPHA-2026-0009.yaml';
    branchWith(repo, 'alpha/move', { [alphaFile]: null, [moved]: read(repo.ws, alphaFile) });
    const renamed = reg(['history', 'ALPHA-2026-0009'], { cwd: repo.ws });
    expect(renamed.stdout).toContain(`moved from ${alphaFile}`);
    branchWith(repo, 'alpha/delete', { [alphaFile]: null });
    const deleted = reg(['history', 'ALPHA-2026-0001'], { cwd: repo.ws });
    expect(deleted.code).toBe(0);
    expect(deleted.stdout.trim().split('\n').at(-1)?.trim()).toBe('deleted');
  });

  it('names every changed field it has no phrase for, by its path and not its content', () => {
    repo = makeRegistryRepo();
    const moved = read(repo.ws, alphaFile)
      .replace('domain: jinggong.example.cn', 'domain: jg-machinery.example.cn')
      .replace('region: CN-East', 'region: CN-North');
    merged('alpha/domain', moved, 26);
    const retitled = moved.replace('title: Line 3 retrofit', 'title: Line 4 retrofit');
    merged('alpha/title', retitled, 27);
    const phoned = retitled
      .replace(
        'email: chen.jie@jinggong.example.cn',
        'email: chen.jie@jinggong.example.cn\n    phone: "+86 512 6666 0000"',
      )
      .replace('submitted_on: 2026-11-20', 'submitted_on: 2026-11-21');
    merged('alpha/phone', phoned, 28);

    const result = reg(['history', 'ALPHA-2026-0001'], { cwd: repo.ws });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('no change to the content');
    expect(result.stdout).toContain('changed: customer.domain, customer.region');
    expect(result.stdout).toContain('changed: opportunity.title');
    expect(result.stdout).toContain(
      'submitted_on 2026-11-20 → 2026-11-21; added: customer.contact.phone',
    );
    expect(result.stdout).not.toMatch(/jg-machinery|CN-North|Line 4|6666/);
    const zh = reg(['history', 'ALPHA-2026-0001', '--lang', 'zh-CN'], { cwd: repo.ws });
    expect(zh.stdout).toContain('修改：customer.domain、customer.region');
  });

  it('names a removed decision and an unusual key with its hidden characters shown', () => {
    repo = makeRegistryRepo();
    const first = read(repo.ws, alphaFile);
    const decision = 'decision:\n  status: returned\n  reason_code: incomplete\n';
    merged('alpha/returned', `${first}${decision}`, 26);
    // A key with a right-to-left override, written as a YAML escape.
    const resubmitted = `${first}"x-\\u202Eevil": 1\n`;
    merged('alpha/again', resubmitted, 27);

    const result = reg(['history', 'ALPHA-2026-0001'], { cwd: repo.ws });
    expect(result.stdout).toContain('decision returned (incomplete)');
    expect(result.stdout).toContain('decision removed; added: x-\\u{202e}evil');
    expect(result.stdout).not.toContain('\u202e');
    const json = reg(['history', 'ALPHA-2026-0001', '--format', 'json'], { cwd: repo.ws });
    expect(json.stdout).not.toContain('\u202e');
    const { commits } = JSON.parse(json.stdout) as { commits: { changes: string[] }[] };
    expect(commits.at(-1)?.changes).toEqual(['decision removed', 'added: x-\u202eevil']);
  });

  it('refuses an id that is not a registration id, and one that never existed', () => {
    repo = makeRegistryRepo();
    expect(reg(['history', '../etc'], { cwd: repo.ws }).code).toBe(2);
    const unknown = reg(['history', 'ALPHA-2026-0042'], { cwd: repo.ws });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No registration ALPHA-2026-0042');
  });
});

/** A clone of the repository with only the last `depth` generations of commits, as CI makes. */
function shallowClone(depth: number): string {
  clone = `${repo.top}-shallow`;
  git(repo.top, 'clone', '-q', '--depth', String(depth), `file://${repo.top}`, clone);
  return clone;
}

describe('reg history in a shallow clone', () => {
  it('refuses a registration whose first commits the clone cuts off, with a hint to fetch them', () => {
    auditedRepo();
    const ws = shallowClone(1);
    const result = reg(['history', 'ALPHA-2026-0001'], { cwd: ws });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/shallow: its history of ALPHA-2026-0001 is cut off/);
    expect(result.stderr).toContain('fetch-depth: 0');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const zh = reg(['history', 'ALPHA-2026-0001', '--lang', 'zh-CN'], { cwd: ws });
    expect(zh.stderr).toContain('浅克隆');
  });

  it('tells the trail of a registration added within the commits the clone holds', () => {
    repo = makeRegistryRepo();
    // Unlike the first registration: git would follow a near copy back into its history.
    branchWith(repo, 'beta/first', registrationFile(deal('beta', 1)), '2026-11-26T09:00:00+08:00');
    mergeNoFf(repo.top, 'beta/first', '2026-11-26T18:00:00+08:00');
    // Three generations hold beta's commit and its parent; the clone ends before the first merge.
    const ws = shallowClone(3);

    const result = reg(['history', 'BETA-2026-0001'], { cwd: ws });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/2026-11-26 01:00 UTC {2}[0-9a-f]{10} {2}Partner </);
    expect(result.stdout).toContain('registered: deal');
    expect(reg(['history', 'ALPHA-2026-0001'], { cwd: ws }).code).toBe(2);
  });

  it('says that an id it cannot find may be in the history the clone lacks', () => {
    repo = makeRegistryRepo();
    const ws = shallowClone(1);
    const result = reg(['history', 'ALPHA-2026-0042'], { cwd: ws });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('in the part of its history this shallow clone holds');
    expect(result.stderr).toContain('fetch-depth: 0');
  });
});

describe('reg history of a registration made as a near copy of another', () => {
  it('starts where the copy was made, without the other registration commits', () => {
    auditedRepo();
    const copyFile = 'registrations/alpha/ALPHA-2026-0009.yaml';
    const copy = read(repo.ws, alphaFile).replaceAll('ALPHA-2026-0001', 'ALPHA-2026-0009');
    branchWith(repo, 'alpha/copy', { [copyFile]: copy }, '2026-11-26T09:00:00+08:00');
    mergeNoFf(repo.top, 'alpha/copy', '2026-11-26T18:00:00+08:00');
    const result = reg(['history', 'ALPHA-2026-0009'], { cwd: repo.ws });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Change on alpha/copy');
    expect(result.stdout).not.toMatch(/alpha\/bigger|alpha\/extend|Zhang Wei/);
    const own = reg(['history', 'ALPHA-2026-0001'], { cwd: repo.ws });
    expect(own.stdout).toMatch(/alpha\/bigger/);
  });
});

describe('reg history and reg digest in a repository with no commit yet', () => {
  it('say so in words, with a hint to commit, and exit 2', () => {
    const dir = makeWorkspace();
    clone = dir;
    git(dir, 'init', '-q');
    for (const args of [
      ['history', 'ALPHA-2026-0001'],
      ['digest', '--since', '2026-11-01'],
    ]) {
      const r = reg(args, { cwd: dir });
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr).toContain('The repository has no commit yet');
      expect(r.stderr).toContain(`run reg ${args[0]} again`);
      expect(r.stderr).not.toMatch(/fatal:|bad revision/);
    }
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import {
  branchWith,
  makeRegistryRepo,
  removeRepo,
  type RegistryRepo,
} from '../helpers/registry-repo.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../helpers/workspace.js';

const newFile = 'registrations/alpha/ALPHA-2026-0002.yaml';
const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

function registryWithBranch(): RegistryRepo {
  const repo = makeRegistryRepo();
  cleanup.push(() => removeRepo(repo));
  branchWith(repo, 'alpha/new', { [newFile]: validDeal });
  return repo;
}

function shallowClone(repo: RegistryRepo, ...options: string[]): string {
  const dir = join(repo.top, '..', `${repo.top.split('/').pop()}-shallow`);
  git(dirname(dir), 'clone', '-q', '--depth', '1', ...options, `file://${repo.top}`, dir);
  cleanup.push(() => removeWorkspace(dir));
  return dir;
}

/** A PATH on which no git can be found: an empty folder. */
function noGit(): NodeJS.ProcessEnv {
  const empty = mkdtempSync(join(tmpdir(), 'regkit-nogit-'));
  cleanup.push(() => removeWorkspace(empty));
  return { PATH: empty };
}

describe('git questions answered with a clear message', () => {
  it('names fetch-depth when a shallow clone lacks the base branch', () => {
    const clone = shallowClone(registryWithBranch(), '--branch', 'alpha/new');
    const result = reg(['check-pr', '--base', 'main', '--actor', 'alpha-zhang'], { cwd: clone });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('The base main is not in this clone: it is a shallow clone');
    expect(result.stderr).toContain('fetch-depth: 0');
    expect(result.stderr).toContain('git fetch --unshallow origin main');
    expect(result.stderr).not.toMatch(/fatal:|at .*\.js/);
  });

  it('names fetch-depth when a shallow clone has the base but not the merge base', () => {
    const clone = shallowClone(registryWithBranch(), '--no-single-branch', '--branch', 'alpha/new');
    const result = reg(['check-pr', '--base', 'main'], { cwd: clone });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('does not reach the merge base of main and HEAD');
    expect(result.stderr).toContain('fetch-depth: 0');
  });

  it('lists states in a shallow clone but says it cannot tell when each was merged', () => {
    const clone = shallowClone(registryWithBranch(), '--branch', 'main');
    const result = reg(['list', '--format', 'json', '--today', '2026-11-25'], { cwd: clone });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('This shallow clone lacks the history of origin/main');
    expect(result.stderr).toContain('git fetch --unshallow origin main.');
    expect(result.stderr).toContain('fetch-depth: 0');
    const rows = JSON.parse(result.stdout).registrations;
    expect(rows).toEqual([expect.objectContaining({ state: 'active', merged_at: '' })]);
  });

  it('says which ref is missing in a full clone', () => {
    const repo = registryWithBranch();
    const result = reg(['check-pr', '--base', 'release-9'], { cwd: repo.ws });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('The base release-9 is not a branch, tag or commit');
    expect(result.stderr).toContain('git fetch origin release-9');
  });

  it('uses origin/<base> when CI has no local branch of that name', () => {
    const repo = registryWithBranch();
    const clone = join(repo.top, '..', `${repo.top.split('/').pop()}-full`);
    git(dirname(clone), 'clone', '-q', '--branch', 'alpha/new', `file://${repo.top}`, clone);
    cleanup.push(() => removeWorkspace(clone));
    const args = ['check-pr', '--base', 'main', '--actor', 'alpha-zhang', '--today', '2026-11-25'];
    const result = reg(args, { cwd: clone });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('refuses with exit 2 when the workspace is not in a git repository', () => {
    const ws = makeWorkspace();
    cleanup.push(() => removeWorkspace(ws));
    const result = reg(['check-pr', '--base', 'main'], { cwd: ws });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not inside a git repository');
  });

  it('refuses with exit 2 when git is not installed', () => {
    const repo = registryWithBranch();
    const result = reg(['check-pr', '--base', 'main'], { cwd: repo.ws, env: noGit() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('git is not installed or not on the PATH');
  });

  it('lists registrations without git, counting every one as merged', () => {
    const ws = makeWorkspace();
    cleanup.push(() => removeWorkspace(ws));
    const args = ['list', '--format', 'json', '--today', '2026-12-01'];
    const result = reg(args, { cwd: ws, env: noGit() });
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout).registrations as { id: string; state: string }[];
    expect(rows).toEqual([expect.objectContaining({ id: 'ALPHA-2026-0001', state: 'active' })]);
  });
});

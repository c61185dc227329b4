import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import {
  branchWith,
  commitAs,
  makeRegistryRepo,
  read,
  removeRepo,
  write,
  type RegistryRepo,
} from '../helpers/registry-repo.js';
import { betaDeal, validDeal } from '../helpers/workspace.js';

let repo: RegistryRepo;
afterEach(() => removeRepo(repo));

const first = 'registrations/alpha/ALPHA-2026-0001.yaml';
const second = 'registrations/alpha/ALPHA-2026-0002.yaml';

interface Entry {
  id: string;
  state: string;
  conflicts: string[];
}

function report(args: string[]): { code: number; stderr: string; entries: Entry[] } {
  const r = reg(['report', '--format', 'json', '--today', '2026-11-26', ...args], {
    cwd: repo.ws,
  });
  const entries = r.stdout ? (JSON.parse(r.stdout).registrations as Entry[]) : [];
  return { code: r.code, stderr: r.stderr, entries };
}

/*
 * A partner branch adds ALPHA-2026-0002 while main moves on and edits ALPHA-2026-0001:
 * only the branch's own change counts, which a diff against main's tip would get wrong.
 */
function partnerBranchBehindMain(): void {
  repo = makeRegistryRepo({ subfolder: 'program' });
  branchWith(repo, 'alpha/second', { [second]: validDeal });
  git(repo.top, 'switch', '-q', 'main');
  write(repo.ws, { [first]: read(repo.ws, first).replace('stage: develop', 'stage: propose') });
  commitAs(repo.top, 'Li Ming', 'cm.li@vendor.example', 'Stage', '2026-11-26T09:00:00+08:00');
  git(repo.top, 'switch', '-q', 'alpha/second');
}

describe('reg report --changed --base REF on a real repository', () => {
  it("reports the branch's registrations from the merge base, in a workspace below the top", () => {
    partnerBranchBehindMain();
    const r = report(['--changed', '--base', 'main']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.entries.map((e) => [e.id, e.state])).toEqual([['ALPHA-2026-0002', 'pending']]);
  });

  it('without --changed reports every registration, the merged one active', () => {
    partnerBranchBehindMain();
    const r = report(['--base', 'main']);
    expect(r.entries.map((e) => [e.id, e.state])).toEqual([
      ['ALPHA-2026-0001', 'active'],
      ['ALPHA-2026-0002', 'pending'],
    ]);
  });

  it("finds a conflict with a registration outside the branch, from the cache as from the files", () => {
    repo = makeRegistryRepo();
    const beta = betaDeal
      .replace('name: Meridian Foods Ltd.', 'name: 苏州精工机械有限公司')
      .replace('  - line: servo', '  - line: plc');
    branchWith(repo, 'beta/first', { 'registrations/beta/BETA-2026-0001.yaml': beta });
    const cold = report(['--changed', '--base', 'main']);
    expect(cold.entries.map((e) => [e.id, e.conflicts])).toEqual([['BETA-2026-0001', ['ALPHA-2026-0001']]]);
    const warm = report(['--changed', '--base', 'main']);
    expect(warm.entries).toEqual(cold.entries);
  });

  it('names the missing ref instead of a raw git error', () => {
    partnerBranchBehindMain();
    const r = report(['--changed', '--base', 'no-such-branch']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-branch');
    expect(r.stderr).not.toMatch(/fatal:/);
  });
});

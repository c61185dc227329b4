import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  changedAtOnce,
  changedStepByStep,
  changedWorkspaceFiles,
} from '../../src/git/changed-workspace.js';
import { worktreeState } from '../../src/git/worktree.js';
import { commitAll, git, initRepo } from '../helpers/git.js';

const checked = /^(?:registrations\/[^/]+\/[^/]+|partners\/[^/]+)\.ya?ml$/;
let top = '';
afterEach(() => rmSync(top, { recursive: true, force: true }));

function put(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
}

/** Registrations and partners on main, then a branch with every kind of change. */
function branchOfEveryKind(subfolder: string): string {
  top = mkdtempSync(join(tmpdir(), 'regkit-changed-'));
  const ws = join(top, subfolder);
  initRepo(top);
  const reg = (name: string): string => `registrations/alpha/${name}.yaml`;
  const base: Record<string, string> = { 'partners/alpha.yaml': 'id: alpha\n', 'ci.yml': 'a\n' };
  for (const name of ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']) base[reg(name)] = `id: ${name}\n`;
  put(ws, base);
  put(top, { 'outside/registrations/alpha/X.yaml': 'id: X\n' });
  commitAll(top, 'main');
  git(top, 'switch', '-q', '-c', 'alpha/work');
  // Committed on the branch: an edit, a deletion, a rename, a new file, one outside.
  put(ws, { [reg('A1')]: 'id: A1\nstage: win\n', [reg('NEW1')]: 'id: NEW1\n' });
  rmSync(join(ws, reg('A2')));
  renameSync(join(ws, reg('A3')), join(ws, reg('A3-moved')));
  put(top, { 'outside/registrations/alpha/X.yaml': 'id: X\nstage: win\n' });
  commitAll(top, 'branch');
  // Not committed: edits, staged and not, a deletion, new files, one of them ignored.
  put(ws, { [reg('A4')]: 'id: A4\nstage: lost\n', 'partners/alpha.yaml': 'id: alpha\nx: 1\n' });
  git(ws, 'add', 'partners/alpha.yaml');
  rmSync(join(ws, reg('A5')));
  put(ws, {
    [reg('NEW2')]: 'id: NEW2\n',
    [reg('SCRATCH')]: 'id: SCRATCH\n',
    'registrations/beta/B1.yaml': 'id: B1\n',
    '.gitignore': 'registrations/alpha/SCRATCH.yaml\n',
  });
  put(ws, { [reg('STAGED')]: 'id: STAGED\n' });
  git(ws, 'add', reg('STAGED'));
  // Touched without a change of content.
  put(ws, { [reg('A6')]: 'id: A6\n' });
  return ws;
}

const registrationsOf = (files: readonly string[] | undefined): string[] =>
  [...new Set((files ?? []).filter((f) => checked.test(f)))].sort();

describe('the files a pull request changes', () => {
  for (const subfolder of ['', 'channel']) {
    it(`come out the same asked at once as step by step (workspace at "${subfolder || '.'}")`, async () => {
      const ws = branchOfEveryKind(subfolder);
      const atOnce = await changedAtOnce(ws, 'main');
      expect(atOnce).toBeDefined();
      const stepByStep = await changedStepByStep(ws, 'main');
      expect(registrationsOf(atOnce)).toEqual(registrationsOf(stepByStep));
      expect(registrationsOf(atOnce)).toEqual([
        'partners/alpha.yaml',
        'registrations/alpha/A1.yaml',
        'registrations/alpha/A3-moved.yaml',
        'registrations/alpha/A4.yaml',
        'registrations/alpha/NEW1.yaml',
        'registrations/alpha/NEW2.yaml',
        'registrations/alpha/STAGED.yaml',
        'registrations/beta/B1.yaml',
      ]);
    });
  }

  it('are found step by step where the base is known only as origin/<branch>', async () => {
    const ws = branchOfEveryKind('');
    const main = git(ws, 'rev-parse', 'main').trim();
    git(ws, 'update-ref', 'refs/remotes/origin/release', main);
    expect(await changedAtOnce(ws, 'release')).toBeUndefined();
    expect(await changedWorkspaceFiles(ws, 'release')).toEqual(
      registrationsOf(await changedStepByStep(ws, 'main')),
    );
  });

  it('are refused with a reason for a base that names nothing', async () => {
    const ws = branchOfEveryKind('');
    expect(await changedAtOnce(ws, 'no-such-branch')).toBeUndefined();
    await expect(changedWorkspaceFiles(ws, 'no-such-branch')).rejects.toThrow(/no-such-branch/);
    await expect(changedWorkspaceFiles(ws, '--output=x')).rejects.toThrow(/--output=x/);
  });
});

describe('git’s look at the working tree', () => {
  const listing = (...entries: string[]): string => entries.map((e) => `${e}\0`).join('');

  it('sorts the entries by their tags, under a folder if asked', () => {
    const state = worktreeState(
      listing(
        '? registrations/a/N.yaml',
        'C registrations/a/M.yaml',
        'R registrations/a/G.yaml',
        'C registrations/a/G.yaml',
        'c registrations/a/U.yaml',
        'C partners/p.yaml',
      ),
      'registrations/',
    );
    expect(state).toEqual({
      touched: new Set([
        'registrations/a/M.yaml',
        'registrations/a/G.yaml',
        'registrations/a/U.yaml',
      ]),
      gone: new Set(['registrations/a/G.yaml']),
      untracked: ['registrations/a/N.yaml'],
    });
  });

  it('gives no answer for a tag it does not know, or a listing not as git writes it', () => {
    expect(worktreeState(listing('K registrations/a/M.yaml'))).toBeUndefined();
    expect(worktreeState(listing('Cregistrations/a/M.yaml'))).toBeUndefined();
    expect(worktreeState('')).toEqual({ touched: new Set(), gone: new Set(), untracked: [] });
  });
});

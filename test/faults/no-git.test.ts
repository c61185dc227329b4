import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.js';

let ws = '';
let empty = '';
beforeAll(() => {
  ws = makeWorkspace();
  empty = mkdtempSync(join(tmpdir(), 'regkit-nogit-'));
});
afterAll(() => [ws, empty].forEach(removeWorkspace));

/** `reg` with a PATH on which no git can be found (node is run by its full path). */
const noGit = (args: string[]) => reg(args, { cwd: ws, env: { PATH: empty } });
/** `reg` with git, in a folder that is not a repository. */
const noRepo = (args: string[]) => reg(args, { cwd: ws });

const needGit: string[][] = [
  ['check-pr', '--base', 'main', '--today', '2026-12-03'],
  ['history', 'ALPHA-2026-0001'],
  ['validate', '--changed', '--base', 'main', '--today', '2026-12-03'],
];

const withoutGit: string[][] = [
  ['validate', '--today', '2026-12-03'],
  ['report', '--format', 'json', '--today', '2026-12-03'],
  ['explain', 'customer.name'],
  ['docs'],
  ['codeowners'],
];

describe('without git', () => {
  it.each(needGit)('%s … exits 2 saying git is missing, with no stack', (...args) => {
    const result = noGit(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('git is not installed or not on the PATH');
    expect(result.stderr).not.toMatch(/at .*\.js:\d+|internal error/i);
  });

  it.each(withoutGit)('%s … works as usual', (...args) => {
    const result = noGit(args);
    expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/i);
    expect(result.code).toBe(0);
  });

  it('reg init makes a workspace', () => {
    const dir = join(empty, 'fresh');
    const result = reg(['init', dir], { env: { PATH: empty } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('reg.config.yaml');
  });
});

describe('outside a git repository', () => {
  it.each(needGit)('%s … exits 2 saying the folder is not in a repository', (...args) => {
    const result = noRepo(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not inside a git repository');
  });

  it.each(withoutGit)('%s … works as usual', (...args) => {
    expect(noRepo(args).code).toBe(0);
  });
});

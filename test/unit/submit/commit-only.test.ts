import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRepo } from '../../../src/git/repo.js';
import { commitOnly } from '../../../src/submit/git.js';
import { commitAll, git, initRepo } from '../../helpers/git.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the commit reg submit builds in a temporary index', () => {
  it('leaves the repository with its own index for every later git call', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'regkit-commit-only-'));
    dirs.push(dir);
    initRepo(dir);
    writeFileSync(join(dir, 'kept.txt'), 'tracked\n');
    const base = commitAll(dir, 'base');
    writeFileSync(join(dir, 'new.yaml'), 'id: X\n');
    const repo = await openRepo(dir);
    const commit = await commitOnly(repo, base, ['new.yaml'], 'Register X');
    expect(git(dir, 'show', '--name-only', '--format=', commit).trim()).toBe('new.yaml');
    // With the temporary index (gone by now) still set, git would see an empty one.
    expect((await repo.git.raw(['ls-files'])).trim()).toBe('kept.txt');
    expect(git(dir, 'status', '--porcelain').trim()).toBe('?? new.yaml');
  });
});

import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { commitAll, git, initRepo } from '../helpers/git.js';
import { minimalFixture, validDeal } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const today = '2026-11-25';
const regFile = 'registrations/alpha/ALPHA-2026-0002.yaml';
const letter = 'attachments/alpha/ALPHA-2026-0002/letter.pdf';
const branch = 'registration/ALPHA-2026-0002';

/**
 * A code host (a bare repository on disk), a partner's clone of it (`work`) and the
 * approver's (`desk`), which merges pull requests as the code host's button would.
 */
function setup(): { work: string; desk: string; bare: string } {
  const top = mkdtempSync(join(tmpdir(), 'regkit-update-'));
  dirs.push(top);
  const bare = join(top, 'remote.git');
  const work = join(top, 'work');
  mkdirSync(bare);
  git(bare, 'init', '-q', '--bare', '-b', 'main');
  mkdirSync(work);
  cpSync(minimalFixture, work, { recursive: true });
  initRepo(work);
  commitAll(work, 'Workspace');
  git(work, 'remote', 'add', 'origin', bare);
  git(work, 'push', '-q', '-u', 'origin', 'main');
  git(top, 'clone', '-q', bare, 'desk');
  const desk = join(top, 'desk');
  git(desk, 'config', 'user.name', 'Channel Manager');
  git(desk, 'config', 'user.email', 'manager@example.com');
  return { work, desk, bare };
}

function submitted(work: string): void {
  writeFileSync(join(work, regFile), validDeal);
  mkdirSync(join(work, 'attachments/alpha/ALPHA-2026-0002'), { recursive: true });
  writeFileSync(join(work, letter), '%PDF-1.4\n');
  const sent = reg(['submit', regFile, '--today', today], { cwd: work });
  expect(sent.stderr).toBe('');
  expect(sent.code).toBe(0);
  expect(sent.stdout).toContain('run "reg update"');
}

function approve(desk: string): void {
  git(desk, 'fetch', '-q', 'origin');
  git(desk, 'merge', '-q', '--no-ff', '-m', `Merge ${branch}`, `origin/${branch}`);
  git(desk, 'push', '-q', 'origin', 'main');
}

function leftovers(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) =>
    p.includes('.reg-update-'),
  );
}

describe('reg update', () => {
  it('brings an approved submission in, where a plain pull stops on the untracked files', () => {
    const { work, desk, bare } = setup();
    submitted(work);
    approve(desk);

    // What a partner met before: git refuses to overwrite the files it sent.
    expect(() => git(work, 'pull', '-q', '--ff-only')).toThrow(/untracked working tree files/);

    const result = reg(['update'], { cwd: work });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Updated main from origin/main: 2 commits, 2 files changed.');
    expect(result.stdout).toContain(`  ${regFile}`);
    expect(result.stdout).toContain(`  ${letter}`);
    expect(git(work, 'rev-parse', 'HEAD')).toBe(git(bare, 'rev-parse', 'main'));
    expect(git(work, 'status', '--porcelain')).toBe('');
    expect(readFileSync(join(work, regFile), 'utf8')).toBe(validDeal);
    expect(leftovers(work)).toEqual([]);

    const again = reg(['update'], { cwd: work });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('main is up to date with origin/main.\n');
  });

  it('touches nothing when a submitted file was edited after it was sent', () => {
    const { work, desk } = setup();
    submitted(work);
    approve(desk);
    appendFileSync(join(work, regFile), 'notes: edited after sending\n');
    const edited = readFileSync(join(work, regFile), 'utf8');
    const head = git(work, 'rev-parse', 'HEAD');

    const result = reg(['update'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('differ from the approved versions coming in');
    expect(result.stderr).toContain(regFile);
    expect(result.stderr).not.toContain(letter);
    expect(result.stderr).toContain('Rename your copies');
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(readFileSync(join(work, regFile), 'utf8')).toBe(edited);
    expect(readFileSync(join(work, letter), 'utf8')).toBe('%PDF-1.4\n');
    expect(git(work, 'rev-parse', 'HEAD')).toBe(head);
    expect(leftovers(work)).toEqual([]);
  });

  it('stops on a change of its own to a file the base changes, keeping the change', () => {
    const { work, desk } = setup();
    appendFileSync(join(desk, 'partners/beta.yaml'), '# changed by the vendor\n');
    commitAll(desk, 'Vendor edit');
    git(desk, 'push', '-q', 'origin', 'main');
    appendFileSync(join(work, 'partners/beta.yaml'), '# changed here\n');

    const result = reg(['update', '--lang', 'zh-CN'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('partners/beta.yaml');
    expect(result.stderr).toContain('在基准分支中也有变动');
    expect(readFileSync(join(work, 'partners/beta.yaml'), 'utf8')).toContain('# changed here');
  });

  it('moves only the base branch, and only forward', () => {
    const { work, desk } = setup();
    appendFileSync(join(desk, 'partners/beta.yaml'), '# changed by the vendor\n');
    commitAll(desk, 'Vendor edit');
    git(desk, 'push', '-q', 'origin', 'main');

    git(work, 'switch', '-q', '-c', 'scratch');
    const other = reg(['update'], { cwd: work });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('scratch, is not main');
    expect(other.stderr).toContain('git switch main');

    git(work, 'switch', '-q', 'main');
    writeFileSync(join(work, 'notes.txt'), 'a commit of its own\n');
    commitAll(work, 'Local commit');
    const diverged = reg(['update'], { cwd: work });
    expect(diverged.code).toBe(2);
    expect(diverged.stderr).toContain('main has commits of its own');
    expect(git(work, 'log', '-1', '--format=%s').trim()).toBe('Local commit');
  });
});

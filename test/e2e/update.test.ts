import {
  appendFileSync,
  chmodSync,
  existsSync,
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
import { commitAll, git } from '../helpers/git.js';
import { partnerRepo } from '../helpers/remote.js';
import { validDeal } from '../helpers/workspace.js';

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
  const { top, work, bare } = partnerRepo('regkit-update-');
  dirs.push(top);
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

/** What an update set aside and did not clean up, in the working tree or the git folder. */
function leftovers(dir: string): string[] {
  const kept = join(dir, '.git', 'regkit-update');
  return existsSync(kept) ? readdirSync(kept, { recursive: true, encoding: 'utf8' }) : [];
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
    expect(result.stdout).toContain(
      'Updated main from origin/main (commits: 2, files changed: 2).',
    );
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
    expect(result.stderr).toContain('different from the approved versions coming in');
    expect(result.stderr).toContain(regFile);
    expect(result.stderr).not.toContain(letter);
    expect(result.stderr).toContain('Move your copies out of the workspace');
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
    expect(result.stderr).toContain('在本地修改过，且与即将取回的批准版本不同');
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

  it('brings in a second approval of a registration already in the base', () => {
    const { work, desk } = setup();
    submitted(work);
    approve(desk);
    expect(reg(['update'], { cwd: work }).code).toBe(0);

    // A change after the approval: the partner edits the file, now tracked, and sends it again.
    appendFileSync(join(work, regFile), 'notes: Customer asked for a second phase.\n');
    const sent = reg(['submit', regFile, '--today', today], { cwd: work });
    expect(sent.code).toBe(0);
    approve(desk);

    const result = reg(['update'], { cwd: work });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`  ${regFile}`);
    expect(git(work, 'status', '--porcelain')).toBe('');
    expect(readFileSync(join(work, regFile), 'utf8')).toContain('second phase');
  });

  it('stops on an ignored file of the same name rather than let git replace it', () => {
    const { work, desk } = setup();
    mkdirSync(join(desk, 'notes'));
    writeFileSync(join(desk, 'notes/plan.md'), 'the vendor plan\n');
    commitAll(desk, 'Vendor notes');
    git(desk, 'push', '-q', 'origin', 'main');
    appendFileSync(join(work, '.git/info/exclude'), 'notes/\n');
    mkdirSync(join(work, 'notes'));
    writeFileSync(join(work, 'notes/plan.md'), 'my private plan\n');

    const result = reg(['update'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('notes/plan.md');
    expect(readFileSync(join(work, 'notes/plan.md'), 'utf8')).toBe('my private plan\n');
  });

  it('stops on a file where the base brings a folder, and on a folder where it brings a file', () => {
    const { work, desk } = setup();
    submitted(work);
    mkdirSync(join(desk, 'drafts'));
    writeFileSync(join(desk, 'drafts/x.txt'), 'vendor\n');
    writeFileSync(join(desk, 'plan.txt'), 'vendor\n');
    commitAll(desk, 'Vendor drafts');
    git(desk, 'push', '-q', 'origin', 'main');
    approve(desk);
    // Ignored, so that git itself would replace both without a word.
    appendFileSync(join(work, '.git/info/exclude'), 'drafts\nplan.txt\n');
    writeFileSync(join(work, 'drafts'), 'partner file\n');
    mkdirSync(join(work, 'plan.txt'));
    writeFileSync(join(work, 'plan.txt/mine.txt'), 'partner\n');
    const head = git(work, 'rev-parse', 'HEAD');

    const result = reg(['update'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('drafts');
    expect(result.stderr).toContain('plan.txt');
    expect(git(work, 'rev-parse', 'HEAD')).toBe(head);
    expect(readFileSync(join(work, 'drafts'), 'utf8')).toBe('partner file\n');
    expect(readFileSync(join(work, 'plan.txt/mine.txt'), 'utf8')).toBe('partner\n');
    expect(readFileSync(join(work, regFile), 'utf8')).toBe(validDeal);
    expect(leftovers(work)).toEqual([]);
  });

  it('trusts where HEAD is, not the exit of git, and restores the files when it did not move', () => {
    const { work, desk } = setup();
    submitted(work);
    approve(desk);
    // A git that fails its merge without a word, as one killed by a signal does.
    const bin = mkdtempSync(join(tmpdir(), 'regkit-fakegit-'));
    dirs.push(bin);
    const real = git(work, '--exec-path')
      .trim()
      .replace(/\/libexec\/git-core$/, '/bin/git');
    writeFileSync(
      join(bin, 'git'),
      `#!/bin/sh\nfor a in "$@"; do [ "$a" = merge ] && exit 1; done\nexec ${existsSync(real) ? real : '/usr/bin/git'} "$@"\n`,
    );
    chmodSync(join(bin, 'git'), 0o755);
    const head = git(work, 'rev-parse', 'HEAD');

    const result = reg(['update'], {
      cwd: work,
      env: { PATH: `${bin}:${process.env.PATH ?? ''}` },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).not.toContain('now part of main');
    expect(git(work, 'rev-parse', 'HEAD')).toBe(head);
    expect(readFileSync(join(work, regFile), 'utf8')).toBe(validDeal);
    expect(leftovers(work)).toEqual([]);
  });

  it('puts back the files an update killed halfway had set aside', () => {
    const { work, desk } = setup();
    submitted(work);
    approve(desk);
    const kept = join(work, '.git/regkit-update/0badf00d', regFile);
    mkdirSync(join(kept, '..'), { recursive: true });
    writeFileSync(kept, validDeal);
    rmSync(join(work, regFile));

    const result = reg(['update'], { cwd: work });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(join(work, regFile), 'utf8')).toBe(validDeal);
    expect(git(work, 'status', '--porcelain')).toBe('');
    expect(leftovers(work)).toEqual([]);
  });
});

import { rmSync, writeFileSync, chmodSync, mkdirSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { commitAll, git } from '../helpers/git.js';
import { partnerRepo } from '../helpers/remote.js';
import { validDeal, validDealFields } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const today = '2026-11-25';
const regFile = 'registrations/alpha/ALPHA-2026-0002.yaml';

/** A partner's repository whose `origin` is a bare repository on disk. */
function setup(options: { remote?: boolean } = {}): { work: string; bare: string } {
  const { top, work, bare } = partnerRepo('regkit-submit-', options);
  dirs.push(top);
  return { work, bare };
}

function addRegistration(work: string, text = validDeal): void {
  writeFileSync(join(work, regFile), text);
  mkdirSync(join(work, 'attachments/alpha/ALPHA-2026-0002'), { recursive: true });
  writeFileSync(join(work, 'attachments/alpha/ALPHA-2026-0002/letter.pdf'), '%PDF-1.4\n');
}

describe('reg submit', () => {
  it("pushes a branch holding exactly the registration's files and leaves the tree alone", () => {
    const { work, bare } = setup();
    addRegistration(work);
    appendFileSync(join(work, 'partners/beta.yaml'), '# edited, not submitted\n');
    writeFileSync(join(work, 'scratch.txt'), 'private notes\n');
    git(work, 'add', 'scratch.txt');
    const before = git(work, 'status', '--porcelain');

    const result = reg(['submit', regFile, '--today', today], { cwd: work });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);

    const branch = 'registration/ALPHA-2026-0002';
    const changed = git(bare, 'diff', '--name-only', 'main', branch).trim().split('\n').sort();
    expect(changed).toEqual(['attachments/alpha/ALPHA-2026-0002/letter.pdf', regFile]);
    expect(git(bare, 'log', '-1', '--format=%s', branch)).toContain('ALPHA-2026-0002');
    expect(git(bare, 'rev-parse', `${branch}^`)).toBe(git(bare, 'rev-parse', 'main'));
    expect(git(work, 'status', '--porcelain')).toBe(before);
    expect(git(work, 'rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('main');
    expect(result.stdout).toContain(
      'open a pull request from registration/ALPHA-2026-0002 into main',
    );
  });

  it('branches from the up-to-date base, not from a stale local one', () => {
    const { work, bare } = setup();
    const other = join(bare, '..', 'other');
    git(join(bare, '..'), 'clone', '-q', bare, 'other');
    initIdentity(other);
    writeFileSync(join(other, 'README.md'), 'changed upstream\n');
    commitAll(other, 'Upstream change');
    git(other, 'push', '-q', 'origin', 'main');

    addRegistration(work);
    expect(reg(['submit', regFile, '--today', today], { cwd: work }).code).toBe(0);
    const parent = git(bare, 'rev-parse', 'registration/ALPHA-2026-0002^').trim();
    expect(parent).toBe(git(bare, 'rev-parse', 'main').trim());
  });

  it('finds the one new registration when no file is named, and prints the GitHub link', () => {
    const { work, bare } = setup();
    git(work, 'config', `url.${bare}.insteadOf`, 'https://github.com/acme/channel.git');
    git(work, 'remote', 'set-url', 'origin', 'https://github.com/acme/channel.git');
    addRegistration(work);
    const result = reg(['submit', '--today', today], { cwd: work });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'https://github.com/acme/channel/compare/main...registration%2FALPHA-2026-0002?expand=1',
    );
  });

  it('sends a changed registration again as a new commit on its pull request branch', () => {
    const { work, bare } = setup();
    addRegistration(work);
    expect(reg(['submit', regFile, '--today', today], { cwd: work }).code).toBe(0);
    const branch = 'registration/ALPHA-2026-0002';
    const first = git(bare, 'rev-parse', branch).trim();

    appendFileSync(join(work, regFile), 'notes: Customer asked for a second phase.\n');
    const again = reg(['submit', regFile, '--today', today], { cwd: work });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(git(bare, 'rev-parse', `${branch}^`).trim()).toBe(first);
    const changed = git(bare, 'diff', '--name-only', 'main', branch).trim().split('\n').sort();
    expect(changed).toEqual(['attachments/alpha/ALPHA-2026-0002/letter.pdf', regFile]);

    const unchanged = reg(['submit', regFile, '--today', today], { cwd: work });
    expect(unchanged.code).toBe(2);
    expect(unchanged.stderr).toContain('nothing new to commit');
  });

  it("refuses to push onto a colleague's branch of the same id, leaving theirs and this copy alone", () => {
    const { work, bare } = setup();
    const colleague = cloneOf(bare, 'colleague');
    addRegistration(colleague);
    expect(reg(['submit', regFile, '--today', today], { cwd: colleague }).code).toBe(0);
    const branch = 'registration/ALPHA-2026-0002';
    const theirs = git(bare, 'rev-parse', branch).trim();

    addRegistration(work, validDeal.replace('Meridian Foods Ltd.', 'Harbour Bakeries Ltd.'));
    const before = git(work, 'status', '--porcelain');
    const result = reg(['submit', regFile, '--today', today], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `The branch ${branch} on origin holds another submission of ALPHA-2026-0002`,
    );
    expect(result.stderr).toContain('next free id');
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(result.stdout).toBe('');
    expect(git(bare, 'rev-parse', branch).trim()).toBe(theirs);
    expect(git(bare, 'show', `${branch}:${regFile}`)).toContain('Meridian Foods Ltd.');
    expect(git(work, 'branch', '--list', 'registration/*').trim()).toBe('');
    expect(git(work, 'status', '--porcelain')).toBe(before);
  });

  it('refuses in Chinese too', () => {
    const { work, bare } = setup();
    const colleague = cloneOf(bare, 'colleague');
    addRegistration(colleague);
    expect(reg(['submit', regFile, '--today', today], { cwd: colleague }).code).toBe(0);
    addRegistration(work, validDeal.replace('Meridian Foods Ltd.', 'Harbour Bakeries Ltd.'));
    const result = reg(['submit', regFile, '--today', today, '--lang', 'zh-CN'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('分支 registration/ALPHA-2026-0002 中是另一份');
  });

  it('refuses when a branch of the same id is pushed while this copy is submitting', () => {
    const { work, bare } = setup();
    const colleague = cloneOf(bare, 'colleague');
    const branch = 'registration/ALPHA-2026-0002';
    git(colleague, 'checkout', '-q', '-b', branch);
    addRegistration(colleague);
    commitAll(colleague, 'Register ALPHA-2026-0002 (deal)');
    // The colleague's push lands after this copy looked at the remote, before its own push.
    const hook = join(work, '.git', 'hooks', 'pre-push');
    const env = 'unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE';
    writeFileSync(hook, `#!/bin/sh\n${env}\ngit -C '${colleague}' push -q origin ${branch}\n`);
    chmodSync(hook, 0o755);
    addRegistration(work, validDeal.replace('Meridian Foods Ltd.', 'Harbour Bakeries Ltd.'));

    const result = reg(['submit', regFile, '--today', today], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`The branch ${branch} on origin holds another submission`);
    expect(git(bare, 'rev-parse', branch).trim()).toBe(git(colleague, 'rev-parse', branch).trim());
    expect(git(work, 'branch', '--list', 'registration/*').trim()).toBe('');
  });

  it("sends again on top of a reviewer's commit on this copy's own pull request branch", () => {
    const { work, bare } = setup();
    addRegistration(work);
    expect(reg(['submit', regFile, '--today', today], { cwd: work }).code).toBe(0);
    const branch = 'registration/ALPHA-2026-0002';
    const reviewer = cloneOf(bare, 'reviewer');
    git(reviewer, 'checkout', '-q', branch);
    appendFileSync(join(reviewer, 'attachments/alpha/ALPHA-2026-0002/letter.pdf'), '%%EOF\n');
    commitAll(reviewer, 'Reviewer: complete the letter');
    git(reviewer, 'push', '-q', 'origin', branch);
    const reviewed = git(bare, 'rev-parse', branch).trim();

    appendFileSync(join(work, regFile), 'notes: Customer asked for a second phase.\n');
    const again = reg(['submit', regFile, '--today', today], { cwd: work });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(git(bare, 'rev-parse', `${branch}^`).trim()).toBe(reviewed);
  });

  it('a later reg new skips the id a refused submission found taken', () => {
    const { work, bare } = setup();
    const colleague = cloneOf(bare, 'colleague');
    addRegistration(colleague);
    expect(reg(['submit', regFile, '--today', today], { cwd: colleague }).code).toBe(0);
    addRegistration(work, validDeal.replace('Meridian Foods Ltd.', 'Harbour Bakeries Ltd.'));
    expect(reg(['submit', regFile, '--today', today], { cwd: work }).code).toBe(2);
    // Made again from scratch: the working tree no longer shows the id as taken.
    rmSync(join(work, regFile));
    rmSync(join(work, 'attachments/alpha/ALPHA-2026-0002'), { recursive: true });

    const fields = validDealFields.flatMap((f) => ['--set', f]);
    const args = ['new', 'deal', '--partner', 'alpha', ...fields, '--yes', '--today', today];
    const made = reg(args, { cwd: work });
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('registrations/alpha/ALPHA-2026-0003.yaml');
  });

  it('in a fork: branches from the upstream base, pushes to the fork, links the upstream', () => {
    const { work, bare } = setup();
    const fork = join(bare, '..', 'fork.git');
    git(join(bare, '..'), 'clone', '-q', '--bare', bare, 'fork.git');
    git(work, 'remote', 'rename', 'origin', 'upstream');
    git(work, 'remote', 'add', 'origin', fork);
    git(work, 'config', `url.${bare}.insteadOf`, 'https://github.com/acme/channel.git');
    git(work, 'config', `url.${fork}.insteadOf`, 'https://github.com/huadong/channel.git');
    git(work, 'remote', 'set-url', 'upstream', 'https://github.com/acme/channel.git');
    git(work, 'remote', 'set-url', 'origin', 'https://github.com/huadong/channel.git');
    addRegistration(work);

    const result = reg(['submit', regFile, '--today', today], { cwd: work });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'https://github.com/acme/channel/compare/main...huadong:registration%2FALPHA-2026-0002?expand=1',
    );
    expect(git(fork, 'branch', '--list', 'registration/*').trim()).toBe(
      'registration/ALPHA-2026-0002',
    );
    expect(git(bare, 'branch', '--list', 'registration/*').trim()).toBe('');
  });

  it('refuses a registration with errors, showing the findings, and pushes nothing', () => {
    const { work, bare } = setup();
    addRegistration(work, validDeal.replace('amy.tan@meridian-foods.example', 'amy@@x'));
    const result = reg(['submit', regFile, '--today', today], { cwd: work });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('schema.format');
    expect(git(bare, 'branch', '--list').trim()).toBe('* main');
  });

  it('stops with a clear message when there is no remote', () => {
    const { work } = setup({ remote: false });
    addRegistration(work);
    const result = reg(['submit', regFile, '--today', today], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no remote "origin"');
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('stops with a clear message when the base cannot be updated', () => {
    const { work } = setup();
    addRegistration(work);
    const result = reg(['submit', regFile, '--base', 'release', '--today', today], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cannot update the base branch release');
  });

  it('stops with a clear message when the push is rejected', () => {
    const { work, bare } = setup();
    const hook = join(bare, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "branch protection: pushes need review" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    addRegistration(work);
    const result = reg(['submit', regFile, '--today', today], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('was rejected');
    expect(git(bare, 'branch', '--list').trim()).toBe('* main');
    // The local branch moves only with a push that went through.
    expect(git(work, 'branch', '--list', 'registration/*').trim()).toBe('');
  });
});

/** Another colleague's copy of the partner's repository, with an identity of its own. */
function cloneOf(bare: string, name: string): string {
  git(join(bare, '..'), 'clone', '-q', bare, name);
  const dir = join(bare, '..', name);
  initIdentity(dir);
  return dir;
}

function initIdentity(dir: string): void {
  git(dir, 'config', 'user.name', 'Upstream');
  git(dir, 'config', 'user.email', 'upstream@example.com');
}

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { commitAll, git, initRepo } from './git.js';
import { minimalFixture } from './workspace.js';

/** The minimal policy plus what the approval workflow needs: reason codes, waivers, extras. */
export const workflowPolicy = `${readFileSync(join(minimalFixture, 'reg.config.yaml'), 'utf8')}
reason_codes:
  rejection: [{ code: duplicate, title: Customer already registered }]
  returned: [{ code: incomplete, title: Information missing }]
  lost: [{ code: price, title: Lost on price }]
waivable:
  attachment.missing: { approvers: [sales-directors] }
extra_approvals:
  - id: robotics-deals
    when: { product_lines: [robotics] }
    approvers: [sales-directors]
`;

export interface RegistryRepo {
  /** The repository's top folder. */
  top: string;
  /** The workspace: the top, or a subfolder of it. */
  ws: string;
}

/**
 * A registration repository as a vendor runs it: main holds the policy and partners,
 * and ALPHA-2026-0001 arrived through a partner branch merged with a merge commit.
 */
export function makeRegistryRepo(options: { subfolder?: string } = {}): RegistryRepo {
  const top = mkdtempSync(join(tmpdir(), 'regkit-git-'));
  const ws = options.subfolder ? join(top, options.subfolder) : top;
  cpSync(minimalFixture, ws, { recursive: true });
  writeFileSync(join(ws, 'reg.config.yaml'), workflowPolicy);
  const registration = 'registrations/alpha/ALPHA-2026-0001.yaml';
  const attachment = 'attachments/alpha/ALPHA-2026-0001/forecast.md';
  const saved = { registration: read(ws, registration), attachment: read(ws, attachment) };
  rmSync(join(ws, 'registrations'), { recursive: true });
  rmSync(join(ws, 'attachments'), { recursive: true });

  initRepo(top, 'Vendor Ops', 'ops@vendor.example');
  commitAll(top, 'Policy and partners', '2026-11-01T09:00:00+08:00');
  git(top, 'switch', '-q', '-c', 'alpha/first');
  write(ws, { [registration]: saved.registration, [attachment]: saved.attachment });
  commitAs(
    top,
    'Zhang Wei',
    'zhang.wei@alpha.example',
    'Register ALPHA-2026-0001',
    '2026-11-20T10:00:00+08:00',
  );
  git(top, 'switch', '-q', 'main');
  mergeNoFf(top, 'alpha/first', '2026-11-21T16:30:00+08:00');
  return { top, ws };
}

/** A new branch from main with files written (a string) or deleted (null), committed. */
export function branchWith(
  repo: RegistryRepo,
  name: string,
  files: Record<string, string | null>,
  date = '2026-11-25T11:00:00+08:00',
): void {
  git(repo.top, 'switch', '-q', '-c', name, 'main');
  write(repo.ws, files);
  commitAs(repo.top, 'Partner', 'partner@example.com', `Change on ${name}`, date);
}

/** Merges into main with a merge commit, as a channel manager approving the branch. */
export function mergeNoFf(top: string, branch: string, date: string): void {
  git(top, 'switch', '-q', 'main');
  const who = ['-c', 'user.name=Li Ming', '-c', 'user.email=cm.li@vendor.example'];
  dated(top, date, [...who, 'merge', '-q', '--no-ff', branch, '-m', `Merge ${branch}`]);
}

export function commitAs(
  top: string,
  name: string,
  email: string,
  message: string,
  date: string,
): void {
  git(top, 'add', '-A');
  const who = ['-c', `user.name=${name}`, '-c', `user.email=${email}`];
  dated(top, date, [...who, 'commit', '-q', '--allow-empty', '-m', message]);
}

function dated(cwd: string, date: string, args: string[]): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_CONFIG_NOSYSTEM: '1',
  };
  execFileSync('git', args, { cwd, env, stdio: 'pipe' });
}

export function read(ws: string, rel: string): string {
  return readFileSync(join(ws, rel), 'utf8');
}

export function write(ws: string, files: Record<string, string | null>): void {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(ws, rel);
    if (content === null) {
      rmSync(path, { force: true });
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

export function removeRepo(repo: RegistryRepo): void {
  rmSync(repo.top, { recursive: true, force: true });
}

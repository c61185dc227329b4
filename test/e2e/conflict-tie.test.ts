import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { commitAll, git, initRepo } from '../helpers/git.js';
import { deal, files, programFixture } from '../helpers/registrations.js';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

const today = '2026-11-25';
const customer = {
  customer: { name: '苏州精工机械有限公司', region: 'CN-South', industry: 'manufacturing' },
};
// Two partners register one customer on the same day: the ids alone would favour alpha.
const alpha = deal('alpha', 1, { submitted_on: '2026-11-10', ...customer });
const beta = deal('beta', 1, { submitted_on: '2026-11-10', ...customer });
const alphaFile = 'registrations/alpha/ALPHA-2026-0001.yaml';
const betaFile = 'registrations/beta/BETA-2026-0001.yaml';

function write(root: string, entries: Record<string, string>): void {
  for (const [rel, text] of Object.entries(entries)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
}

/** The conflict findings of a validate run, as `file rule` lines. */
function conflicts(root: string): string[] {
  const result = reg(['validate', '--format', 'json', '--today', today, '--no-cache'], {
    cwd: root,
  });
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout) as { findings: { file: string; rule: string }[] };
  return report.findings
    .filter((f) => f.rule.startsWith('conflict.'))
    .map((f) => `${f.file.replace(/^.*registrations\//, 'registrations/')} ${f.rule}`);
}

function repoWith(): string {
  const root = makeWorkspace({}, programFixture);
  dirs.push(root);
  initRepo(root);
  commitAll(root, 'Workspace');
  return root;
}

describe('two registrations of one customer on the same day', () => {
  it('the one merged first wins, whatever the ids say', () => {
    const root = repoWith();
    write(root, files(beta));
    commitAll(root, 'Merge BETA-2026-0001');
    write(root, files(alpha));
    commitAll(root, 'Merge ALPHA-2026-0001');
    expect(conflicts(root)).toEqual([`${alphaFile} conflict.customer`]);
  });

  it('a merged one wins over one only in the working tree', () => {
    const root = repoWith();
    write(root, files(beta));
    commitAll(root, 'Merge BETA-2026-0001');
    write(root, files(alpha));
    expect(conflicts(root)).toEqual([`${alphaFile} conflict.customer`]);
  });

  it('counts the merge, not the commits of a merged branch', () => {
    const root = repoWith();
    git(root, 'checkout', '-q', '-b', 'partner-alpha');
    write(root, files(alpha));
    commitAll(root, 'Register ALPHA-2026-0001');
    git(root, 'checkout', '-q', 'main');
    write(root, files(beta));
    commitAll(root, 'Merge BETA-2026-0001');
    // Alpha's commit is older, but its pull request is merged after beta's.
    git(root, 'merge', '-q', '--no-ff', '--no-edit', 'partner-alpha');
    expect(conflicts(root)).toEqual([`${alphaFile} conflict.customer`]);
  });

  it('falls back to the lower id where git knows no order', () => {
    const root = makeWorkspace(files(beta, alpha), programFixture);
    dirs.push(root);
    expect(conflicts(root)).toEqual([`${betaFile} conflict.customer`]);
  });
});

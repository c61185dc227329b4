import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openToAll, permissionsApply, regUnprivileged } from '../helpers/unprivileged.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../helpers/workspace.js';

let dir: string;
afterEach(() => {
  // Opened again first: a folder left at 000 could not be removed by a user who is not root.
  if (dir) openToAll(dir);
  removeWorkspace(dir);
});

function workspaceWith(denied: string): string {
  dir = makeWorkspace({ 'registrations/alpha/ALPHA-2026-0002.yaml': validDeal });
  openToAll(dir);
  chmodSync(join(dir, denied), 0o000);
  return dir;
}

const today = ['--today', '2026-11-25'];

describe.skipIf(!permissionsApply)('a workspace folder that cannot be read', () => {
  it.each([
    ['registrations', 'validate'],
    ['registrations', 'list'],
    ['registrations/alpha', 'validate'],
    ['registrations/alpha', 'report'],
    ['registrations/alpha', 'approvals'],
    ['partners', 'validate'],
  ])('%s stops "reg %s" with exit 2, naming the folder and the reason', (folder, command) => {
    const ws = workspaceWith(folder);
    const result = regUnprivileged([command, ...today, '--cwd', ws], ws);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `Could not read the folder ${folder}: permission denied (EACCES)`,
    );
    expect(result.stderr).toContain(`hint: Let the user running reg read it`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('still treats a folder that is not there as empty', () => {
    dir = makeWorkspace();
    openToAll(dir);
    removeWorkspace(join(dir, 'registrations'));
    const result = regUnprivileged(['validate', ...today, '--cwd', dir], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Checked 2 files: no problems found');
  });

  it('says a registration the system will not let it read is denied, not changing', () => {
    const ws = workspaceWith('registrations/alpha/ALPHA-2026-0002.yaml');
    const result = regUnprivileged(['validate', ...today, '--cwd', ws], ws);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('The file could not be read (EACCES): permission denied');
    expect(result.stdout).toContain('hint: Let the user running reg read the file');
    expect(result.stdout).not.toContain('removed or changed');
  });

  it('says the policy cannot be read rather than that it is not valid', () => {
    const ws = workspaceWith('reg.config.yaml');
    const result = regUnprivileged(['validate', ...today, '--cwd', ws], ws);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'reg.config.yaml: The file could not be read (EACCES): permission denied',
    );
    expect(result.stderr).not.toContain('not valid');
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import {
  branchWith,
  makeRegistryRepo,
  mergeNoFf,
  removeRepo,
  type RegistryRepo,
} from '../helpers/registry-repo.js';
import { validDeal } from '../helpers/workspace.js';

const today = '2026-11-25';
const nested = 'registrations/alpha/old/ALPHA-2026-0070.yaml';
const upper = 'registrations/alpha/ALPHA-2026-0071.YAML';
const note = 'registrations/alpha/notes.txt';
const strays = {
  [nested]: 'id: [broken\n',
  [upper]: validDeal.replace('id: ALPHA-2026-0002', 'id: ALPHA-2026-0071'),
  [note]: 'call the customer back\n',
  // Kept by reg init and by systems: never a finding.
  'registrations/alpha/.gitkeep': '',
  'registrations/alpha/.DS_Store': 'x',
};

interface JsonFinding {
  rule: string;
  file: string;
  message: string;
}

let repo: RegistryRepo;
afterEach(() => removeRepo(repo));

function run(args: string[]) {
  const result = reg([...args, '--today', today, '--format', 'json'], { cwd: repo.ws });
  const json = result.stdout ? JSON.parse(result.stdout) : undefined;
  const findings: JsonFinding[] = json?.findings ?? [];
  const located = findings.filter((f) => f.rule === 'id.location').map((f) => f.file);
  return { ...result, json, findings, located: located.sort() };
}

describe('files in registrations/ that are not registrations in their place', () => {
  it('fail a partner pull request that adds them', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'alpha/strays', strays);
    const result = run(['check-pr', '--base', 'main', '--actor', 'alpha-zhang']);
    expect(result.code).toBe(1);
    expect(result.located).toEqual([upper, nested, note].sort());
    expect(result.findings.map((f) => f.rule)).toEqual([
      'id.location',
      'id.location',
      'id.location',
    ]);
  });

  it('fail validate --changed, which names each one and parses none', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'alpha/strays', strays);
    const result = run(['validate', '--changed', '--base', 'main']);
    expect(result.code).toBe(1);
    expect(result.json.summary.files).toBe(3);
    expect(result.located).toEqual([upper, nested, note].sort());
    // Only where it is: no yaml.syntax for the broken one, no id.duplicate for the copy.
    expect(result.findings).toHaveLength(3);
    const messages = new Set(result.findings.map((f) => f.message));
    expect(messages).toEqual(
      new Set([
        `The file ${nested} is not where registrations live`,
        `The file ${note} is not named as a registration: <ID>.yaml`,
        `The file ${upper} is not named as a registration: <ID>.yaml`,
      ]),
    );
  });

  it('fail a full validate once merged, run after run from the cache', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'alpha/strays', strays);
    mergeNoFf(repo.top, 'alpha/strays', '2026-11-25T12:00:00+08:00');
    for (const cache of [[], [], ['--no-cache']]) {
      const result = run(['validate', ...cache]);
      expect(result.code).toBe(1);
      expect(result.json.summary.files).toBe(6);
      expect(result.located).toEqual([upper, nested, note].sort());
    }
    // A new one, not yet added to git, is seen by a changed run that reuses the cache.
    writeFileSync(join(repo.ws, 'registrations/alpha/draft.md'), '# draft\n');
    const changed = run(['validate', '--changed', '--base', 'HEAD']);
    expect(changed.located).toEqual(['registrations/alpha/draft.md']);
    expect(run(['validate']).located).toContain('registrations/alpha/draft.md');
  });

  it('are reported when named, and a folder named lists them', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'alpha/strays', strays);
    expect(run(['validate', note]).located).toEqual([note]);
    expect(run(['validate', 'registrations/alpha']).located).toEqual([upper, nested, note].sort());
  });

  it('are left out of list, report and approvals, which still work', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'alpha/strays', strays);
    const list = reg(['list', '--today', today, '--format', 'json'], { cwd: repo.ws });
    expect(list.code).toBe(0);
    expect(list.stderr).toBe('');
    const rows: { id: string }[] = JSON.parse(list.stdout).registrations;
    const ids = rows.map((row) => row.id);
    expect(ids).toEqual(['ALPHA-2026-0001']);
    const report = reg(['report', '--today', today, '--format', 'json'], { cwd: repo.ws });
    expect(report.code).toBe(0);
    expect(report.stderr).toBe('');
    const approvals = reg(['approvals', '--today', today, '--format', 'json'], { cwd: repo.ws });
    expect(approvals.code).toBe(0);
    expect(approvals.stderr).toBe('');
  });
});

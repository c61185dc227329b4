import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import {
  branchWith,
  makeRegistryRepo,
  removeRepo,
  type RegistryRepo,
  write,
} from '../helpers/registry-repo.js';
import { validDeal } from '../helpers/workspace.js';

let repo: RegistryRepo;
afterEach(() => removeRepo(repo));

function validate(args: string[]) {
  const result = reg(['validate', '--today', '2026-11-25', '--format', 'json', ...args], {
    cwd: repo.ws,
  });
  return { ...result, json: result.stdout ? JSON.parse(result.stdout) : undefined };
}

describe('reg validate --changed --base', () => {
  it('reports only the changed registrations, while cross-file checks still see all', () => {
    repo = makeRegistryRepo();
    const copy = validDeal.replace('id: ALPHA-2026-0002', 'id: ALPHA-2026-0001');
    branchWith(repo, 'alpha/copy', { 'registrations/alpha/ALPHA-2026-0002.yaml': copy });
    const { code, json } = validate(['--changed', '--base', 'main']);
    expect(code).toBe(1);
    expect(json.summary.files).toBe(1);
    const files = new Set(json.findings.map((f: { file: string }) => f.file));
    expect(files).toEqual(new Set(['registrations/alpha/ALPHA-2026-0002.yaml']));
    expect(json.findings.map((f: { rule: string }) => f.rule)).toContain('id.duplicate');
  });

  it('includes a new file not yet added to git', () => {
    repo = makeRegistryRepo();
    write(repo.ws, {
      'registrations/alpha/ALPHA-2026-0002.yaml': validDeal.replace(
        'stage: qualify',
        'stage: maybe',
      ),
    });
    const { json } = validate(['--changed', '--base', 'main']);
    expect(json.summary.files).toBe(1);
    expect(json.findings.map((f: { rule: string }) => f.rule)).toEqual(['schema.enum']);
  });

  it('asks for --base when --changed has none', () => {
    repo = makeRegistryRepo();
    const result = validate(['--changed']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--changed needs --base REF');
  });
});

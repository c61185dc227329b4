import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import {
  branchWith,
  read,
  makeRegistryRepo,
  removeRepo,
  type RegistryRepo,
} from '../helpers/registry-repo.js';
import { betaDeal, validDeal } from '../helpers/workspace.js';

let repo: RegistryRepo;
afterEach(() => removeRepo(repo));

function validate(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = reg(['validate', '--today', '2026-11-25', '--format', 'json', ...args], {
    cwd: repo.ws,
    env: { ...process.env, ...env },
  });
  return { code: result.code, stdout: result.stdout };
}

/** Beta registers alpha's customer later (撞单), and a file repeats an id. */
const beta = betaDeal
  .replace('name: Meridian Foods Ltd.', 'name: 苏州精工机械有限公司')
  .replace('  - line: servo', '  - line: plc');
const changes = {
  'registrations/beta/BETA-2026-0001.yaml': beta,
  'registrations/alpha/ALPHA-2026-0002.yaml': validDeal.replace('ALPHA-2026-0002', 'ALPHA-2026-0001'),
};

/** The cache with its results line changed and its checksum made to match, as a bug might. */
function resigned(stored: string, change: (results: string) => string): string {
  const [header = '', facts, blobs, results = ''] = stored.split('\n');
  const changed = change(results);
  const checks = createHash('sha1').update(changed).digest('hex');
  return [JSON.stringify({ ...JSON.parse(header), checks }), facts, blobs, changed].join('\n');
}

function cacheFile(): string {
  const dir = join(repo.top, '.git', 'regkit');
  const [name] = readdirSync(dir).filter((n) => n.startsWith('facts-'));
  if (name === undefined) throw new Error('no cache file');
  return join(dir, name);
}

describe('reg validate with the facts cache', () => {
  it('gives the same findings from a warm cache as from a cold run', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'beta/first', changes);
    const cold = validate(['--changed', '--base', 'main']);
    expect(cold.stdout).toContain('conflict.customer');
    expect(cold.stdout).toContain('id.duplicate');
    validate([]);
    const warm = validate(['--changed', '--base', 'main']);
    expect(warm.code).toBe(cold.code);
    expect(warm.stdout).toBe(cold.stdout);
  });

  it('rebuilds a truncated or garbled cache instead of trusting it', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'beta/first', changes);
    const cold = validate(['--changed', '--base', 'main']);
    const file = cacheFile();
    const good = readFileSync(file, 'utf8');
    const damaged = good.replace(/"ALPHA-2026-0001"/, '"ALPHA-2026-0009"');
    expect(damaged).not.toBe(good);
    for (const broken of [good.slice(0, 40), good.slice(0, -20), damaged, '{"format":1,"stamp":"x"']) {
      writeFileSync(file, broken);
      expect(validate(['--changed', '--base', 'main']).stdout).toBe(cold.stdout);
      const lines = readFileSync(cacheFile(), 'utf8').split('\n');
      expect(lines).toHaveLength(4);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    }
  });

  it('does not use facts cached for another content of a file left unchanged', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'beta/first', changes);
    const alpha = 'registrations/alpha/ALPHA-2026-0001.yaml';
    const renamed = read(repo.ws, alpha).replace('苏州精工机械有限公司', 'Redwood Metals');
    branchWith(repo, 'alpha/rename', { [alpha]: renamed });
    expect(validate([]).stdout).not.toContain('conflict.customer');
    git(repo.top, 'switch', '-q', 'beta/first');
    expect(validate(['--changed', '--base', 'main']).stdout).toContain('conflict.customer');
  });

  it('gives the same output on worker threads as on one thread', () => {
    repo = makeRegistryRepo();
    const broken = beta.replace('id: BETA-2026-0001', 'id: BETA-2026-0002').replace('stage: qualify', 'stage: maybe');
    branchWith(repo, 'beta/first', { ...changes, 'registrations/beta/BETA-2026-0002.yaml': broken });
    const one = validate([], { REG_WORKERS: '0' });
    const many = validate([], { REG_WORKERS: '3' });
    expect(one.stdout).toContain('schema.enum');
    expect(many.stdout).toBe(one.stdout);
    expect(many.code).toBe(one.code);
  });

  it('reuses the own findings of every unchanged file on a rerun, with the same output', () => {
    repo = makeRegistryRepo();
    const broken = beta.replace('id: BETA-2026-0001', 'id: BETA-2026-0002').replace('stage: qualify', 'stage: maybe');
    branchWith(repo, 'beta/first', { ...changes, 'registrations/beta/BETA-2026-0002.yaml': broken });
    const pretty = (): string =>
      reg(['validate', '--today', '2026-11-25'], { cwd: repo.ws, env: { ...process.env, NO_COLOR: '1' } })
        .stdout;
    const cold = [validate([]).stdout, pretty()];
    const stored = readFileSync(cacheFile(), 'utf8');
    expect(stored).toContain('"rule":"schema.enum"');
    const warm = [validate([]).stdout, pretty()];
    expect(warm).toEqual(cold);
    expect(cold[1]).toContain('stage: maybe');
    expect(cold[0]).toContain('conflict.customer');
    // Proof that the rerun read the result rather than the file: a position moved in the
    // cache alone shows up in the output.
    const moved = resigned(stored, (results) =>
      results.replace(/("rule":"schema\.enum".*?"position":\{"line":)\d+/, '$1999'),
    );
    expect(moved).not.toBe(stored);
    writeFileSync(cacheFile(), moved);
    expect(validate([]).stdout).toContain('"line": 999');
  });

  it('checks every file again on another day, since the date checks read it', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'beta/first', changes);
    const later = (day: string) =>
      reg(['validate', '--today', day, '--format', 'json'], { cwd: repo.ws }).stdout;
    expect(later('2026-11-25')).not.toContain('date.close-passed');
    expect(later('2027-06-01')).toContain('date.close-passed');
    expect(later('2026-11-25')).not.toContain('date.close-passed');
  });

  it('with --no-cache, neither reads nor writes the cache', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'beta/first', changes);
    const cold = validate([]);
    const file = cacheFile();
    const stored = readFileSync(file, 'utf8');
    writeFileSync(file, 'not a cache');
    const fresh = validate(['--no-cache']);
    expect(fresh.stdout).toBe(cold.stdout);
    expect(readFileSync(file, 'utf8')).toBe('not a cache');
    expect(stored.split('\n')).toHaveLength(4);
  });

  it('checks a file afresh rather than crash on a cached result of the wrong shape', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'beta/first', changes);
    const cold = validate([]);
    const stored = readFileSync(cacheFile(), 'utf8');
    const shapes = [
      (r: string) => r.replace(/\[true,\[\],\[\]\]/, '[true,[],[1]]'),
      (r: string) => r.replace(/\[true,\[\],\[\]\]/, '[true,[null],[]]'),
      (r: string) => r.replace(/\[true,\[\],\[\]\]/, '[true,[{"rule":"x","position":{"line":1,"column":1}}],[]]'),
    ];
    for (const shape of shapes) {
      const bad = resigned(stored, shape);
      expect(bad).not.toBe(stored);
      writeFileSync(cacheFile(), bad);
      const run = validate([]);
      expect(run.stdout).toBe(cold.stdout);
      expect(run.code).toBe(cold.code);
    }
  });
});

import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { commitAll, initRepo } from '../helpers/git.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

const deal = 'registrations/alpha/ALPHA-2026-0002.yaml';

/** The minimal workspace with `cache:` added to the end of its policy, and a deal. */
function workspaceWithCache(cache: string): string {
  const dir = makeWorkspace({ [deal]: validDeal });
  dirs.push(dir);
  const policy = join(dir, 'reg.config.yaml');
  writeFileSync(policy, `${readFileSync(policy, 'utf8')}cache:\n  dir: ${cache}\n`);
  return dir;
}

function validate(dir: string) {
  return reg(['validate', '--cwd', dir, '--today', '2026-11-25']);
}

/** The one facts file in `folder`, with its text and modification time. */
function factsFile(folder: string): { name: string; text: string; mtime: number } {
  const names = readdirSync(folder).filter((n) => /^facts-.*\.json$/.test(n));
  expect(names).toHaveLength(1);
  const name = names[0] ?? '';
  const path = join(folder, name);
  return { name, text: readFileSync(path, 'utf8'), mtime: statSync(path).mtimeMs };
}

/** The line (1-based) of the policy's last line, where the tests put `dir:`. */
function lastLine(dir: string): number {
  return readFileSync(join(dir, 'reg.config.yaml'), 'utf8').trimEnd().split('\n').length;
}

describe('the cache folder the policy names', () => {
  it('holds the facts cache in git instead of .git/regkit, made when missing', () => {
    const dir = workspaceWithCache('build/reg-cache');
    initRepo(dir);
    commitAll(dir, 'a deal');
    expect(validate(dir).code).toBe(0);
    expect(factsFile(join(dir, 'build', 'reg-cache')).text).toContain('ALPHA-2026-0002');
    expect(existsSync(join(dir, '.git', 'regkit'))).toBe(false);
  });

  it('is read again by the next run, which leaves an unchanged cache untouched', () => {
    const dir = workspaceWithCache('.cache/reg');
    initRepo(dir);
    commitAll(dir, 'a deal');
    const folder = join(dir, '.cache', 'reg');
    validate(dir);
    const first = factsFile(folder);
    expect(validate(dir).code).toBe(0);
    expect(factsFile(folder)).toEqual(first);

    const renamed = validDeal.replace('Meridian Foods Ltd.', 'Harbor Plastics Co.');
    writeFileSync(join(dir, deal), renamed);
    validate(dir);
    expect(factsFile(folder).text).not.toBe(first.text);
  });

  it('is used outside git too, instead of .reg-cache', () => {
    const dir = workspaceWithCache('var/cache');
    expect(validate(dir).code).toBe(0);
    expect(factsFile(join(dir, 'var', 'cache')).name).toMatch(/^facts-/);
    expect(existsSync(join(dir, '.reg-cache'))).toBe(false);
  });

  it('is a located policy error when it leaves the workspace, and nothing is written', () => {
    for (const outside of ['../outside', 'build/../../outside', '/tmp/regkit-outside']) {
      const dir = workspaceWithCache(outside);
      const result = validate(dir);
      expect(result.code, outside).toBe(2);
      expect(result.stderr).toContain(
        `reg.config.yaml:${lastLine(dir)}:8 policy.cache-dir The cache folder ${outside} ` +
          'is not inside the workspace',
      );
      expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
      // Such a folder may be there already, made by something else: only what reg would
      // have written in it counts.
      for (const place of [join(dir, '..', 'outside'), '/tmp/regkit-outside']) {
        const kept = existsSync(place) ? readdirSync(place) : [];
        expect(
          kept.filter((name) => /^(facts|docs)-/.test(name)),
          place,
        ).toEqual([]);
      }
    }
  });

  it('is refused when a link on its way leads outside the workspace', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'regkit-elsewhere-'));
    try {
      const dir = workspaceWithCache('linked/cache');
      symlinkSync(elsewhere, join(dir, 'linked'));
      const result = validate(dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('The cache folder linked/cache of the policy leads outside');
      expect(readdirSync(elsewhere)).toEqual([]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('is explained by reg explain, and reg docs still renders', () => {
    const field = reg(['explain', 'cache.dir']);
    expect(field.code).toBe(0);
    expect(field.stdout).toContain('cache.dir — Cache folder');
    expect(field.stdout).toContain('.gitignore');
    const rule = reg(['explain', 'policy.cache-dir']);
    expect(rule.code).toBe(0);
    expect(rule.stdout).toContain('must stay inside the workspace');
    const dir = workspaceWithCache('.reg-cache');
    expect(reg(['docs', '--cwd', dir]).code).toBe(0);
  });
});

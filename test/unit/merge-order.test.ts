import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeOrder } from '../../src/git/merge-order.js';
import { commitAll, git, initRepo } from '../helpers/git.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'regkit-merge-order-'));
  dirs.push(dir);
  initRepo(dir);
  return dir;
}

function write(root: string, rel: string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), `id: ${rel}\n`);
}

describe('the order registrations were merged in', () => {
  it('ranks by the first-parent line, from a workspace in a folder of the repository', () => {
    const top = repo();
    const ws = join(top, 'channel');
    write(ws, 'registrations/b/B-1.yaml');
    write(top, 'registrations/elsewhere/X-1.yaml');
    commitAll(top, 'b');
    write(ws, 'registrations/a/A-1.yaml');
    commitAll(top, 'a');
    write(ws, 'registrations/c/C-1.yaml');
    const rank = mergeOrder(ws);
    expect(rank).toBeDefined();
    if (!rank) return;
    expect(rank('registrations/b/B-1.yaml')).toBeLessThan(rank('registrations/a/A-1.yaml'));
    // Not in HEAD: after every merged one.
    expect(rank('registrations/c/C-1.yaml')).toBe(Number.POSITIVE_INFINITY);
    // Files of the repository outside the workspace are not the workspace's.
    expect(rank('registrations/elsewhere/X-1.yaml')).toBe(Number.POSITIVE_INFINITY);
  });

  it('counts a file deleted and added again from its latest addition', () => {
    const root = repo();
    write(root, 'registrations/a/A-1.yaml');
    commitAll(root, 'a');
    write(root, 'registrations/b/B-1.yaml');
    commitAll(root, 'b');
    rmSync(join(root, 'registrations/a/A-1.yaml'));
    commitAll(root, 'a gone');
    write(root, 'registrations/a/A-1.yaml');
    commitAll(root, 'a again');
    const rank = mergeOrder(root);
    expect(rank?.('registrations/a/A-1.yaml')).toBeGreaterThan(
      rank?.('registrations/b/B-1.yaml') ?? Number.POSITIVE_INFINITY,
    );
  });

  it('keeps the place of a file moved, and forgets a file deleted', () => {
    const root = repo();
    write(root, 'registrations/a/A-1.yaml');
    commitAll(root, 'a');
    write(root, 'registrations/b/B-1.yaml');
    write(root, 'registrations/d/D-1.yaml');
    commitAll(root, 'b and d');
    git(root, 'mv', 'registrations/a', 'registrations/alpha');
    rmSync(join(root, 'registrations/d/D-1.yaml'));
    commitAll(root, 'a moved, d gone');
    write(root, 'registrations/d/D-1.yaml');
    const rank = mergeOrder(root);
    const moved = rank?.('registrations/alpha/A-1.yaml') ?? Number.POSITIVE_INFINITY;
    expect(moved).toBeLessThan(rank?.('registrations/b/B-1.yaml') ?? 0);
    // Made again in the working tree only: not merged.
    expect(rank?.('registrations/d/D-1.yaml')).toBe(Number.POSITIVE_INFINITY);
  });

  it('keeps the place of a file moved and mostly rewritten, which git sees as two', () => {
    const root = repo();
    write(root, 'registrations/a/A-1.yaml');
    commitAll(root, 'a');
    write(root, 'registrations/b/B-1.yaml');
    commitAll(root, 'b');
    mkdirSync(join(root, 'registrations/alpha'));
    git(root, 'mv', 'registrations/a/A-1.yaml', 'registrations/alpha/A-1.yaml');
    writeFileSync(join(root, 'registrations/alpha/A-1.yaml'), `${'other: text\n'.repeat(40)}`);
    commitAll(root, 'a moved and rewritten');
    const shown = git(root, 'show', '--name-status', '-M', '--format=', 'HEAD');
    expect(shown).toMatch(/^D\s/m);
    const rank = mergeOrder(root);
    expect(rank?.('registrations/alpha/A-1.yaml')).toBeLessThan(
      rank?.('registrations/b/B-1.yaml') ?? 0,
    );
  });

  it('reads paths that hold the character git marks its commits with', () => {
    const root = repo();
    write(root, 'registrations/a/A-1.yaml');
    commitAll(root, 'a');
    const odd = [
      'registrations/p/w\x1eird.yaml',
      'registrations/p/x\x1eD',
      'registrations/p/Q.yaml',
    ];
    for (const rel of odd) write(root, rel);
    commitAll(root, 'odd names');
    write(root, 'registrations/z/Z-1.yaml');
    commitAll(root, 'z');
    const rank = mergeOrder(root);
    const ranks = odd.map((rel) => rank?.(rel));
    expect(new Set(ranks).size).toBe(1);
    expect(ranks[0]).toBeGreaterThan(rank?.('registrations/a/A-1.yaml') ?? Infinity);
    expect(ranks[0]).toBeLessThan(rank?.('registrations/z/Z-1.yaml') ?? 0);
  });

  it('reads the same whatever log.showRoot, diff.relative and log.showSignature say', () => {
    const top = repo();
    const ws = join(top, 'channel');
    write(ws, 'registrations/a/A-1.yaml');
    commitAll(top, 'a, in the root commit');
    write(ws, 'registrations/b/B-1.yaml');
    commitAll(top, 'b');
    const plain = mergeOrder(ws);
    for (const [key, value] of [
      ['log.showRoot', 'false'],
      ['diff.relative', 'true'],
      ['log.showSignature', 'true'],
    ] as const) {
      git(top, 'config', key, value);
    }
    const configured = mergeOrder(ws);
    const files = ['registrations/a/A-1.yaml', 'registrations/b/B-1.yaml'];
    expect(files.map((f) => configured?.(f))).toEqual(files.map((f) => plain?.(f)));
    expect(configured?.(files[0] ?? '')).toBeLessThan(configured?.(files[1] ?? '') ?? 0);
  });

  it('is unknown in a shallow clone, outside git and before the first commit', () => {
    const root = repo();
    write(root, 'registrations/a/A-1.yaml');
    commitAll(root, 'a');
    write(root, 'registrations/b/B-1.yaml');
    commitAll(root, 'b');
    const shallow = join(dirname(root), `${root.split('/').pop()}-shallow`);
    dirs.push(shallow);
    git(dirname(root), 'clone', '-q', '--depth', '1', `file://${root}`, shallow);
    expect(mergeOrder(shallow)).toBeUndefined();

    const plain = mkdtempSync(join(tmpdir(), 'regkit-no-git-'));
    dirs.push(plain);
    expect(mergeOrder(plain)).toBeUndefined();

    const empty = repo();
    write(empty, 'registrations/a/A-1.yaml');
    expect(mergeOrder(empty)).toBeUndefined();
  });
});

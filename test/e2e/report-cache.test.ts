import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import {
  branchWith,
  makeRegistryRepo,
  read,
  removeRepo,
  type RegistryRepo,
} from '../helpers/registry-repo.js';
import { betaDeal, validDeal } from '../helpers/workspace.js';

let repo: RegistryRepo;
afterEach(() => removeRepo(repo));

const alpha = 'registrations/alpha/ALPHA-2026-0001.yaml';
const second = 'registrations/alpha/ALPHA-2026-0002.yaml';

/** Beta registers alpha's customer later (撞单); alpha files a second, valid deal. */
function workspace(): void {
  repo = makeRegistryRepo();
  const beta = betaDeal.replace('name: Meridian Foods Ltd.', 'name: 苏州精工机械有限公司');
  branchWith(repo, 'beta/first', {
    'registrations/beta/BETA-2026-0001.yaml': beta.replace('  - line: servo', '  - line: plc'),
    [second]: validDeal,
  });
}

function report(...args: string[]): { code: number; stdout: string; stderr: string } {
  return reg(['report', '--format', 'json', '--today', '2026-11-25', ...args], { cwd: repo.ws });
}

function docsFile(): string {
  const dir = join(repo.top, '.git', 'regkit');
  const [name] = readdirSync(dir).filter((n) => n.startsWith('docs-'));
  if (name === undefined) throw new Error('no documents cache');
  return join(dir, name);
}

/** The documents file with its rows changed and its checksum made to match, as a bug might. */
function resigned(stored: string, change: (rows: string) => string): string {
  const first = stored.indexOf('\n');
  const last = stored.lastIndexOf('\n');
  const rows = change(stored.slice(first + 1, last + 1));
  const sum = createHash('sha1').update(rows).digest('hex');
  return `${stored.slice(0, first + 1)}${rows}${JSON.stringify({ rows: sum })}`;
}

/** The report without a cache, then a run that writes the documents cache, and that file. */
function cachedAfterFresh(): { fresh: string; file: string; stored: string } {
  const fresh = report('--no-cache').stdout;
  report();
  const file = docsFile();
  return { fresh, file, stored: readFileSync(file, 'utf8') };
}

interface Entry {
  id: string;
  customer?: string;
  conflicts: string[];
}

function entries(stdout: string): Entry[] {
  return (JSON.parse(stdout) as { registrations: Entry[] }).registrations;
}

describe('reg report with cached documents', () => {
  it('reports the same from cached documents as from the files, and reads them on a rerun', () => {
    workspace();
    const fresh = report('--no-cache');
    expect(fresh.code).toBe(0);
    expect(entries(fresh.stdout).find((e) => e.id === 'BETA-2026-0001')?.conflicts).toEqual([
      'ALPHA-2026-0001',
    ]);
    expect(readdirSync(join(repo.top, '.git')).includes('regkit')).toBe(false);
    const cold = report();
    const warm = report();
    expect(cold.stdout).toBe(fresh.stdout);
    expect(warm.stdout).toBe(fresh.stdout);
    // Proof that the rerun took the document from the cache rather than the file: a
    // customer renamed in the cache alone shows up in the report.
    const file = docsFile();
    const stored = readFileSync(file, 'utf8');
    expect(stored).toContain('"registrations/alpha/ALPHA-2026-0002.yaml"');
    writeFileSync(
      file,
      resigned(stored, (rows) => rows.replace('Meridian Foods Ltd.', 'Cached Only Co.')),
    );
    const cached = entries(report().stdout).find((e) => e.id === 'ALPHA-2026-0002');
    expect(cached?.customer).toBe('Cached Only Co.');
  });

  it('takes an edited file from disk, not from its cached document', () => {
    workspace();
    report();
    writeFileSync(
      join(repo.ws, second),
      read(repo.ws, second).replace('Meridian Foods Ltd.', 'Edited Foods'),
    );
    const edited = entries(report().stdout).find((e) => e.id === 'ALPHA-2026-0002');
    expect(edited?.customer).toBe('Edited Foods');
    expect(report().stdout).toBe(report('--no-cache').stdout);
  });

  it('rebuilds a truncated or garbled documents cache instead of trusting it', () => {
    workspace();
    const { fresh, file, stored: good } = cachedAfterFresh();
    const garbled = good.replace('Meridian Foods Ltd.', 'Meridian Foods Lte.');
    const wrongShape = resigned(good, () => `${JSON.stringify([['x', 'y']])}\n`);
    for (const broken of [good.slice(0, 30), good.slice(0, -10), garbled, wrongShape, '']) {
      writeFileSync(file, broken);
      expect(report().stdout).toBe(fresh);
      const text = readFileSync(docsFile(), 'utf8');
      expect(text).toContain('Meridian Foods Ltd.');
      expect(text).not.toContain('Meridian Foods Lte.');
    }
  });

  it('reads a file again whose cached document, though signed, is not a document', () => {
    workspace();
    const { fresh, file, stored } = cachedAfterFresh();
    const line = /^\["registrations\/alpha\/ALPHA-2026-0002\.yaml","[^"]+"\]\t.*$/m;
    expect(stored).toMatch(line);
    writeFileSync(
      file,
      resigned(stored, (rows) => rows.replace(line, (l) => `${l.split('\t')[0]}\t[1,2]`)),
    );
    expect(report().stdout).toBe(fresh);
  });

  it('reuses no cached document on another day, whose results do not hold', () => {
    workspace();
    report();
    const file = docsFile();
    const stored = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      resigned(stored, (rows) => rows.replace('Meridian Foods Ltd.', 'Cached Only Co.')),
    );
    expect(entries(report().stdout).find((e) => e.id === 'ALPHA-2026-0002')?.customer).toBe(
      'Cached Only Co.',
    );
    const later = reg(['report', '--format', 'json', '--today', '2026-11-26'], { cwd: repo.ws });
    expect(entries(later.stdout).find((e) => e.id === 'ALPHA-2026-0002')?.customer).toBe(
      'Meridian Foods Ltd.',
    );
  });

  it('fails on a bad --base before any registration is loaded or cached', () => {
    workspace();
    for (const args of [
      ['--base', 'no-such-ref'],
      ['--base', 'no-such-ref', '--no-cache'],
    ]) {
      const r = report(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('no-such-ref');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(join(repo.top, '.git')).includes('regkit')).toBe(false);
  });

  it('keeps no document that JSON would change, nor one with waivers', () => {
    workspace();
    const odd = validDeal
      .replace('ALPHA-2026-0002', 'ALPHA-2026-0003')
      .replace(/\n$/, '\nnotes_score: .inf\n');
    const waived = validDeal
      .replace('ALPHA-2026-0002', 'ALPHA-2026-0004')
      .replace(/\n$/, '\nwaivers:\n  - rule: attachment.missing\n    reason: Sent by mail\n');
    branchWith(repo, 'alpha/odd', {
      'registrations/alpha/ALPHA-2026-0003.yaml': odd,
      'registrations/alpha/ALPHA-2026-0004.yaml': waived,
    });
    const { fresh, stored } = cachedAfterFresh();
    expect(stored).toContain(`"${alpha}"`);
    expect(stored).not.toContain('ALPHA-2026-0003.yaml');
    expect(stored).not.toContain('ALPHA-2026-0004.yaml');
    expect(fresh).toContain('ALPHA-2026-0004');
    expect(report().stdout).toBe(fresh);
  });
});

import { statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../helpers/workspace.js';

let dir = '';
afterEach(() => removeWorkspace(dir));

const file = 'registrations/alpha/ALPHA-2026-0002.yaml';
// The same length as the valid address, so that size and time stay as they were.
const broken = validDeal.replace(
  'amy.tan@meridian-foods.example',
  'amy.tan.meridian-foods.example',
);

/** Validate with the cache, outside git, where files are keyed by size and time. */
function errors(window?: string): string[] {
  const env = { REG_RACY_MS: window ?? '' };
  const result = reg(['validate', '--today', '2026-11-25', '--format', 'json'], { cwd: dir, env });
  const report = JSON.parse(result.stdout) as { findings: { rule: string; severity: string }[] };
  return report.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
}

/** Writes `text` over `rel` and gives it back the time it had, as a rewrite within one tick. */
function rewriteInTick(rel: string, text: string): void {
  const before = statSync(join(dir, rel));
  writeFileSync(join(dir, rel), text);
  utimesSync(join(dir, rel), before.atime, before.mtime);
  const after = statSync(join(dir, rel));
  expect([after.size, after.mtimeMs, after.ino]).toEqual([before.size, before.mtimeMs, before.ino]);
}

/** A workspace whose registration was last changed `ago` ms before now, to the millisecond. */
function workspaceChanged(ago: number): void {
  dir = makeWorkspace({ [file]: validDeal });
  const at = new Date(Math.floor(Date.now() - ago));
  utimesSync(join(dir, file), at, at);
}

describe('a file rewritten within one tick of the time it was read', () => {
  it('is checked again, never answered from the cache', () => {
    workspaceChanged(0);
    expect(broken.length).toBe(validDeal.length);
    expect(errors()).toEqual([]);
    rewriteInTick(file, broken);
    expect(errors()).toEqual(['schema.format']);
  });

  it('whereas one read long after its last change is kept by size and time', () => {
    workspaceChanged(60_000);
    expect(errors()).toEqual([]);
    // Such a rewrite cannot happen to it: any write now moves its time. Forced, it shows
    // that the result was kept.
    rewriteInTick(file, broken);
    expect(errors()).toEqual([]);
  });

  it('within the window REG_RACY_MS sets', () => {
    workspaceChanged(60_000);
    expect(errors('120000')).toEqual([]);
    rewriteInTick(file, broken);
    expect(errors('120000')).toEqual(['schema.format']);
  });
});

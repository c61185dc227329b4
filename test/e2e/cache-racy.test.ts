import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../helpers/workspace.js';

let dir = '';
afterEach(() => removeWorkspace(dir));

const file = 'registrations/alpha/ALPHA-2026-0002.yaml';
// The same length as the valid address, so that the size stays as it was.
const broken = validDeal.replace(
  'amy.tan@meridian-foods.example',
  'amy.tan.meridian-foods.example',
);

/** Validate with the cache, outside git, where files are keyed by size and times. */
function errors(window: string): string[] {
  const env = { REG_RACY_MS: window };
  const result = reg(['validate', '--today', '2026-11-25', '--format', 'json'], { cwd: dir, env });
  const report = JSON.parse(result.stdout) as { findings: { rule: string; severity: string }[] };
  return report.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
}

/** Whether the cache keeps an entry under the file's key as it is now. */
function kept(): boolean {
  const s = statSync(join(dir, file));
  const key = `s:${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
  const folder = join(dir, '.reg-cache');
  const caches = readdirSync(folder).filter((n) => n.startsWith('facts-'));
  expect(caches).toHaveLength(1);
  return readFileSync(join(folder, caches[0] ?? ''), 'utf8').includes(JSON.stringify(key));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the cache, keyed by size and times outside git', () => {
  it('keeps nothing for a file read within the window after its change, and keeps it later', async () => {
    dir = makeWorkspace({ [file]: validDeal });
    // Within a tick a rewrite of the same size could keep every time; such a file is
    // checked again next run rather than trusted.
    expect(errors('60000')).toEqual([]);
    expect(kept()).toBe(false);
    expect(errors('300')).toEqual([]);
    await sleep(400);
    expect(errors('300')).toEqual([]);
    expect(kept()).toBe(true);
  });

  it('notices a rewrite of the same size whose time was set back, as a copy with cp -p', () => {
    dir = makeWorkspace({ [file]: validDeal });
    // A time of whole milliseconds, which utimes gives back exactly.
    const at = new Date(Math.floor(Date.now()) - 60_000);
    utimesSync(join(dir, file), at, at);
    expect(broken.length).toBe(validDeal.length);
    expect(errors('0')).toEqual([]);
    expect(kept()).toBe(true);
    const before = statSync(join(dir, file));
    writeFileSync(join(dir, file), broken);
    utimesSync(join(dir, file), at, at);
    expect(statSync(join(dir, file)).mtimeMs).toBe(before.mtimeMs);
    expect(errors('0')).toEqual(['schema.format']);
  });
});

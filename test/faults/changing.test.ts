import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../src/load/limits.js';
import { loadUnit } from '../../src/workspace/load.js';
import { regBin } from '../helpers/cli.js';
import { deal, files, programFixture } from '../helpers/registrations.js';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

function workspaceOf(count: number): { root: string; rels: string[] } {
  const regs = Array.from({ length: count }, (_, i) => deal('alpha', i + 1));
  const all = files(...regs);
  const root = makeWorkspace(all, programFixture);
  dirs.push(root);
  return { root, rels: Object.keys(all) };
}

/** Runs `reg validate --format json` while `meddle` keeps changing the files. */
function validateWhile(
  root: string,
  meddle: () => void,
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [regBin, 'validate', '--format', 'json', '--today', '2026-12-03'],
      {
        cwd: root,
        env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
      },
    );
    let out = '';
    let err = '';
    let running = true;
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const loop = (): void => {
      if (!running) return;
      meddle();
      setImmediate(loop);
    };
    loop();
    child.on('exit', (code) => {
      running = false;
      resolve({ code: code ?? -1, out, err });
    });
  });
}

describe('registration files that change while reg validate runs', () => {
  it('a file removed between listing and reading is a finding, not a crash', () => {
    const { root, rels } = workspaceOf(1);
    const rel = rels[0] ?? '';
    rmSync(join(root, rel));
    const unit = loadUnit(root, rel, 'registration', defaultLimits);
    expect(unit.drafts.map((d) => d.rule)).toEqual(['yaml.unreadable']);
    expect(unit.data).toBeUndefined();
  });

  it('files rewritten, truncated and deleted meanwhile never crash it or break its JSON', async () => {
    const { root, rels } = workspaceOf(400);
    let n = 0;
    const texts = ['', 'id: [unclosed\n', 'a: 1\n'.repeat(2000)];
    const result = await validateWhile(root, () => {
      const rel = rels[n % rels.length] ?? '';
      const path = join(root, rel);
      if (n % 3 === 0) rmSync(path, { force: true });
      else writeFileSync(path, texts[n % texts.length] ?? '');
      n += 1;
    });
    expect(result.err).not.toMatch(/internal error|at .*\.js:\d+/i);
    expect([0, 1]).toContain(result.code);
    const report = JSON.parse(result.out) as { findings: { rule: string; line: number }[] };
    for (const f of report.findings) expect(f.line).toBeGreaterThanOrEqual(0);
  });
});

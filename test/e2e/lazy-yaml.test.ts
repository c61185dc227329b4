import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { regBin } from '../helpers/cli.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

/** Runs `reg validate` and says whether the `yaml` package was loaded by the time it ended. */
function loadsYaml(files: Record<string, string>): { code: number; loaded: boolean } {
  const root = makeWorkspace(files);
  dirs.push(root);
  const probe = join(root, 'probe.cjs');
  writeFileSync(
    probe,
    `process.on('exit', () => {
      const loaded = Object.keys(require.cache).some((f) => /[\\\\/]node_modules[\\\\/]yaml[\\\\/]/.test(f));
      process.stderr.write('yaml loaded: ' + loaded + '\\n');
    });\n`,
  );
  const run = spawnSync(
    process.execPath,
    ['--require', probe, regBin, 'validate', '--today', '2026-11-26'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
    },
  );
  const said = /yaml loaded: (true|false)/.exec(run.stderr)?.[1];
  if (said === undefined) throw new Error(`no answer from the probe: ${run.stderr}`);
  return { code: run.status ?? -1, loaded: said === 'true' };
}

describe('the yaml package', () => {
  it('is not loaded by a run whose files all parse fast and have nothing to say', () => {
    expect(loadsYaml({})).toEqual({ code: 0, loaded: false });
  });

  it('is loaded once a finding needs its line and column', () => {
    const broken = validDeal.replace('stage: qualify', 'stage: someday');
    const run = loadsYaml({ 'registrations/alpha/ALPHA-2026-0002.yaml': broken });
    expect(run).toEqual({ code: 1, loaded: true });
  });
});

// Wall time and peak memory of one command, as the median of several runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function once(command, args, options) {
  const dir = mkdtempSync(join(tmpdir(), 'regkit-bench-'));
  const out = join(dir, 'time');
  const started = process.hrtime.bigint();
  const [cmd, argv] = timeBin ? [timeBin, ['-f', '%M', '-o', out, command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { ...options, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const kb = timeBin && existsSync(out) ? Number(readFileSync(out, 'utf8').trim().split('\n').pop()) : NaN;
  rmSync(dir, { recursive: true, force: true });
  if (result.status === null || result.status > 1) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  }
  return { seconds, mib: kb / 1024 };
}

/** Median wall seconds and the largest peak memory (MiB) over `runs` runs. */
export function measure(command, args, options = {}, runs = 3) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) samples.push(once(command, args, options));
  const seconds = samples.map((s) => s.seconds).sort((a, b) => a - b)[Math.floor(runs / 2)];
  const mib = Math.max(...samples.map((s) => s.mib));
  return { seconds, mib };
}

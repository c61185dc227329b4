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
  return summary(samples);
}

/**
 * Several commands measured in turns, one run of each per round: on a shared machine
 * whose speed drifts from minute to minute, they then meet the same load, and their
 * ratios are fair even when the seconds are not.
 */
export function measureTogether(commands, options = {}, runs = 3) {
  const samples = commands.map(() => []);
  // Each round starts one command later: a run is slower or faster for the one before it
  // (seen side by side as the same two programs trading places with their order), and no
  // command should always follow the same one.
  for (let i = 0; i < runs; i += 1) {
    for (let k = 0; k < commands.length; k += 1) {
      const j = (i + k) % commands.length;
      const [command, args] = commands[j];
      samples[j].push(once(command, args, options));
    }
  }
  return samples.map(summary);
}

function summary(samples) {
  const seconds = samples.map((s) => s.seconds).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  const mib = Math.max(...samples.map((s) => s.mib));
  return { seconds, mib };
}

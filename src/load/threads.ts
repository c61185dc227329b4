import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { rootAbove } from '../workspace/root.js';

/** Below this many files a worker costs more to start than it saves. */
const minFilesPerWorker = 1500;

/** REG_WORKERS=0 keeps to one thread; REG_WORKERS=N uses N threads whatever the size. */
export function threadsFor(files: number): number {
  const forced = countFromEnv('REG_WORKERS');
  if (forced !== undefined) return Math.max(1, Math.min(forced, files));
  return Math.max(1, Math.min(availableParallelism(), 8, Math.floor(files / minFilesPerWorker)));
}

/**
 * Whether the main thread of a run with a feeder also reads chunks of its own, when none
 * is waiting for it: only over many files, where the feeder is the slower of the two and
 * warming up the parser here too repays itself (see parallel.ts). REG_MAIN_READS=N sets
 * from how many files.
 */
export function mainReads(files: number): boolean {
  return files >= (countFromEnv('REG_MAIN_READS') ?? 30000);
}

/** A whole number of zero or more set in the environment; anything else is unset. */
function countFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? Number.NaN : Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}

/**
 * A loading worker (worker.ts); one made without a job is told it in its first message.
 * It takes none of Node's options of the main thread, some of which (`--input-type`,
 * say) would stop it from starting.
 */
export function loadingWorker(job?: unknown): Worker {
  return new Worker(new URL('./worker.js', import.meta.url), { workerData: job, execArgv: [] });
}

const early: Worker[] = [];

/**
 * Starts the loading workers of a run that will parse every registration (a full
 * `reg validate` or `reg report` without a cache) while the rest of regkit is still
 * loading: a worker takes about as long to start as the main thread takes to reach
 * its first file. It only guesses from the arguments and a count of the files, and a
 * wrong guess costs a worker that is stopped unused; the run's results never depend
 * on it. Called by bin/reg.js before anything else is loaded.
 */
export function startEarly(args: readonly string[]): void {
  for (let i = earlyThreads(args); i > 0; i -= 1) {
    const worker = loadingWorker();
    // Until a run takes it, a worker started early keeps nothing alive, and one that
    // fails to start is simply not used.
    worker.unref();
    const gone = (): void => {
      const at = early.indexOf(worker);
      if (at >= 0) early.splice(at, 1);
    };
    worker.once('error', gone);
    worker.once('exit', gone);
    early.push(worker);
  }
}

/** How many workers `startEarly` starts for these arguments: the run's threads but one. */
export function earlyThreads(args: readonly string[]): number {
  const run = runOf(args);
  if (!run) return 0;
  const root = rootAbove(run.cwd);
  if (root === undefined || (run.cache && hasCache(root))) return 0;
  const most = Math.min(availableParallelism(), 8) * minFilesPerWorker;
  return threadsFor(countUpTo(join(root, 'registrations'), most)) - 1;
}

/** A worker started early, if one is left; the caller tells it its job. */
export function takeEarly(): Worker | undefined {
  const worker = early.shift();
  worker?.ref();
  return worker;
}

/** Stops the workers started early that no run took. */
export function dropEarly(): void {
  for (const worker of early.splice(0)) void worker.terminate();
}

/** Options that take a value, whose value is no command. */
const valued = new Set([
  ...['-C', '--cwd', '--lang', '-f', '--format', '--today', '--base'],
  ...['-o', '--out', '--reviews', '--author'],
]);

function runOf(args: readonly string[]): { cwd: string; cache: boolean } | undefined {
  let cwd = process.cwd();
  const words: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h' || arg === '--changed') return undefined;
    if (arg === '-C' || arg === '--cwd') cwd = args[i + 1] ?? cwd;
    else if (arg.startsWith('--cwd=')) cwd = arg.slice('--cwd='.length);
    if (valued.has(arg)) i += 1;
    else if (!arg.startsWith('-')) words.push(arg);
  }
  // Files named after the command are a run that reports on a few.
  if (words.length !== 1 || (words[0] !== 'validate' && words[0] !== 'report')) return undefined;
  return { cwd, cache: !args.includes('--no-cache') };
}

/**
 * Whether a cache from an earlier run may be there, in which case few files are likely
 * to be parsed. Only the usual places are looked at (see cache/folder.ts).
 */
function hasCache(root: string): boolean {
  const places = [join(root, '.reg-cache')];
  for (let dir = root; ; dir = dirname(dir)) {
    const git = join(dir, '.git');
    if (existsSync(git)) {
      if (statSync(git).isDirectory()) places.push(join(git, 'regkit'));
      break;
    }
    if (dirname(dir) === dir) break;
  }
  return places.some((place) => entries(place).some((name) => name.startsWith('facts-')));
}

/** How many entries the partner folders hold, counting no further than `most`. */
function countUpTo(folder: string, most: number): number {
  let count = 0;
  for (const partner of entries(folder)) {
    count += entries(join(folder, partner)).length;
    if (count >= most) break;
  }
  return count;
}

function entries(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

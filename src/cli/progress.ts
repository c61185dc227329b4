import { clipToWidth, displayWidth } from '../output/width.js';

/**
 * Told that `files` more files are done. A loader that takes one can move a bar without
 * knowing about terminals; a bar's `tick` is one.
 */
export type ProgressSink = (files: number) => void;

/** A progress bar on standard error; where none is drawn, every method does nothing. */
export interface Progress {
  /** Counts `n` more done and redraws when a redraw is due. */
  readonly tick: (n?: number) => void;
  /** Clears the bar, so that what is printed next starts on a clean line. Idempotent. */
  readonly done: () => void;
}

/** Where a bar draws: process.stderr, or a stand-in in the tests. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressOptions {
  quiet?: boolean;
  stream?: ProgressStream;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds since any fixed point. */
  now?: () => number;
  /** Arranges for `clear` to run if the process ends; returns how to stop that. */
  guard?: (clear: () => void) => () => void;
}

/** Runs shorter than this never show a bar, so they do not flash one. */
const delayMs = 1000;
const redrawMs = 100;
const minCells = 10;
const fallbackColumns = 80;
const clearLine = '\r\x1b[K';

const idle: Progress = { tick: () => undefined, done: () => undefined };

/**
 * A bar counting up to `total`, drawn only for a person watching a terminal. The total
 * may be asked for each time the bar is drawn, for a run that learns it as it goes.
 */
export function progress(
  label: string,
  total: number | (() => number),
  options: ProgressOptions = {},
): Progress {
  const stream = options.stream ?? process.stderr;
  const env = options.env ?? process.env;
  if (!drawsOn(stream, env, options.quiet === true)) return idle;
  const now = options.now ?? (() => performance.now());
  const guard = options.guard ?? guardProcess;
  const clear = (): void => {
    stream.write(clearLine);
  };
  let count = 0;
  let due = now() + delayOf(env);
  let unguard: (() => void) | undefined;

  const tick = (n = 1): void => {
    count += n;
    const at = now();
    if (at < due) return;
    due = at + redrawMs;
    unguard ??= guard(clear);
    const of = typeof total === 'number' ? total : total();
    stream.write(`\r${frame(label, count, of, columnsOf(stream))}\x1b[K`);
  };
  const done = (): void => {
    due = Number.POSITIVE_INFINITY;
    if (!unguard) return;
    unguard();
    unguard = undefined;
    clear();
  };
  return { tick, done };
}

/** Not in CI, not piped, not with --quiet and not on a terminal that cannot move the cursor. */
export function drawsOn(stream: ProgressStream, env: NodeJS.ProcessEnv, quiet: boolean): boolean {
  if (quiet || stream.isTTY !== true || env.TERM === 'dumb') return false;
  const ci = env.CI;
  return ci === undefined || ci === '' || ci === 'false' || ci === '0';
}

/**
 * The line of the bar: label, bar, count and percent in `columns`, short of the last
 * column, where many terminals wrap. A long label is cut before the bar gets too short.
 */
export function frame(label: string, count: number, total: number, columns: number): string {
  const done = Math.max(0, Math.min(count, total));
  const ratio = total > 0 ? done / total : 1;
  const tail = ` ${done}/${total} ${String(Math.floor(ratio * 100)).padStart(3)}%`;
  const room = columns - 1;
  const name = clipToWidth(label, room - displayWidth(tail) - minCells - 3);
  const cells = room - displayWidth(name) - displayWidth(tail) - 3;
  if (name === '' || cells < minCells) return clipToWidth(tail.trimStart(), room);
  const filled = Math.floor(ratio * cells);
  return `${name} [${'#'.repeat(filled)}${'.'.repeat(cells - filled)}]${tail}`;
}

function columnsOf(stream: ProgressStream): number {
  const columns = stream.columns;
  return columns !== undefined && columns > 0 ? columns : fallbackColumns;
}

// REG_PROGRESS_DELAY_MS is for the end-to-end tests, which cannot wait a second per run.
function delayOf(env: NodeJS.ProcessEnv): number {
  const raw = env.REG_PROGRESS_DELAY_MS;
  const value = raw === undefined || raw === '' ? Number.NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : delayMs;
}

/**
 * Clears the bar if the process ends while it is drawn. On Ctrl-C it is cleared first;
 * then, unless the command handles the interrupt itself, the signal is raised again so
 * that reg ends as an interrupted program does. A listener makes Node take the signal
 * between steps rather than at once, so the bar listens only once it is drawn: a run
 * too short to show a bar keeps Node's own handling.
 */
function guardProcess(clear: () => void): () => void {
  const onInterrupt = (): void => {
    stop();
    clear();
    if (process.listenerCount('SIGINT') === 0) process.kill(process.pid, 'SIGINT');
  };
  const stop = (): void => {
    process.off('SIGINT', onInterrupt);
    process.off('exit', clear);
  };
  process.prependListener('SIGINT', onInterrupt);
  process.on('exit', clear);
  return stop;
}

/** Runs `work` with the bar on screen and clears it afterwards, whatever happens. */
export async function showingProgress<T>(bar: Progress, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    bar.done();
  }
}

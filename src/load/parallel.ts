import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Unit } from '../checks/unit.js';
import type { Workspace } from '../workspace/workspace.js';
import { jobOf, runChunk, type ChunkDone, type LoadJob } from './worker.js';

/** Below this many files a worker costs more to start than it saves. */
const minFilesPerWorker = 1500;

/** Called as files are done, with how many were done since the last call. */
export type OnFiles = (files: number) => void;

/**
 * Loads registrations (read, parse, validate) on all cores. The result is in the order
 * of `rels`, whatever the order in which the threads finish.
 */
export async function loadUnitsParallel(
  ws: Workspace,
  rels: readonly string[],
  onFiles?: OnFiles,
): Promise<Unit[]> {
  return inParallel(ws, rels, jobOf(ws), onFiles);
}

/** How the files of a checked run are loaded (see LoadJob). */
export type CheckRun = Pick<LoadJob, 'lean' | 'keyed'>;

/**
 * Loads registrations and runs each one's own checks (see checks/prepare.ts) on all
 * cores. Every thread does exactly what one thread would, so the output is the same.
 */
export async function checkUnitsParallel(
  ws: Workspace,
  rels: readonly string[],
  today: string,
  run: CheckRun = {},
  onFiles?: OnFiles,
): Promise<Unit[]> {
  return inParallel(ws, rels, jobOf(ws, today, run), onFiles);
}

/**
 * The files go in small chunks to whichever thread is free, the main thread included,
 * so that a worker still starting up or a slower share never leaves a core idle.
 */
async function inParallel(
  ws: Workspace,
  rels: readonly string[],
  job: LoadJob,
  onFiles: OnFiles = () => undefined,
): Promise<Unit[]> {
  const threads = threadsFor(rels.length);
  const chunks = chunked(rels, threads);
  const results: Unit[][] = new Array<Unit[]>(chunks.length);
  let next = 0;
  const take = (): number | undefined => (next < chunks.length ? next++ : undefined);
  const done = (index: number, units: Unit[]): void => {
    results[index] = units;
    onFiles(units.length);
  };

  const pool = Array.from({ length: Math.min(threads, chunks.length) - 1 }, () =>
    feed(job, chunks, take, done),
  );
  // On any failure no thread takes another chunk, and no worker outlives the run.
  const stop = (): void => {
    next = chunks.length;
    for (const w of pool) void w.worker.terminate();
  };
  const finished = Promise.all(pool.map((w) => w.finished));
  finished.catch(stop);
  try {
    for (let i = take(); i !== undefined; i = take()) {
      done(
        i,
        runChunk(job, chunks[i] as string[], () => ws),
      );
      // Lets the workers' results in, so that each is handed its next chunk at once.
      if (pool.length > 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await finished;
  } catch (error) {
    stop();
    throw error;
  }
  return results.flat();
}

/** Small enough to balance the threads at the end, large enough to cost few messages. */
function chunked(rels: readonly string[], threads: number): string[][] {
  const size = Math.max(64, Math.min(512, Math.ceil(rels.length / (threads * 16))));
  const out: string[][] = [];
  for (let i = 0; i < rels.length; i += size) out.push(rels.slice(i, i + size));
  return out;
}

/** REG_WORKERS=0 keeps to one thread; REG_WORKERS=N uses N threads whatever the size. */
function threadsFor(files: number): number {
  const raw = process.env.REG_WORKERS;
  const forced = raw === undefined || raw === '' ? Number.NaN : Number(raw);
  if (Number.isInteger(forced) && forced >= 0) return Math.max(1, Math.min(forced, files));
  return Math.max(1, Math.min(availableParallelism(), 8, Math.floor(files / minFilesPerWorker)));
}

/**
 * One worker, kept busy: it always holds the chunk it works on and the next one, so it
 * never waits for the main thread, which may be in the middle of a chunk of its own.
 */
function feed(
  job: LoadJob,
  chunks: readonly string[][],
  take: () => number | undefined,
  done: (index: number, units: Unit[]) => void,
): { worker: Worker; finished: Promise<void> } {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: job });
  const finished = new Promise<void>((resolve, reject) => {
    let held = 0;
    const give = (): void => {
      const index = take();
      if (index === undefined) return;
      held += 1;
      worker.postMessage({ index, rels: chunks[index] });
    };
    const finish = (): void => {
      worker.postMessage(null);
      resolve();
    };
    worker.on('message', (message: ChunkDone) => {
      held -= 1;
      done(message.index, message.units);
      give();
      if (held === 0) finish();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`loading worker stopped with exit code ${code}`));
      else if (held > 0) reject(new Error('loading worker stopped before its work was done'));
    });
    give();
    give();
    if (held === 0) finish();
  });
  return { worker, finished };
}

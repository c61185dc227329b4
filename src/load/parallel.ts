import type { Worker } from 'node:worker_threads';
import type { Unit } from '../checks/unit.js';
import type { Workspace } from '../workspace/workspace.js';
import { dropEarly, loadingWorker, mainReads, takeEarly, threadsFor } from './threads.js';
import { finishChunk, jobOf, runChunk } from './chunk.js';
import { type Chunk, type ChunkDone, type LoadJob, type ReadFile } from './job.js';

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
  run: Pick<LoadJob, 'keyed'> = {},
): Promise<Unit[]> {
  return inParallel(ws, rels, jobOf(ws, undefined, run), onFiles);
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
 * The files go in small chunks to whichever thread is free. The first worker only reads
 * and parses its chunks, and the main thread checks them: each thread then warms up only
 * half of the code, and warming up is most of what a run of 10,000 files on two cores
 * costs. Any other worker reads and checks chunks of its own. Alone, the main thread
 * does both.
 */
async function inParallel(
  ws: Workspace,
  rels: readonly string[],
  job: LoadJob,
  onFiles: OnFiles = () => undefined,
): Promise<Unit[]> {
  const threads = threadsFor(rels.length);
  const readsToo = mainReads(rels.length);
  const chunks = chunked(rels, threads);
  const results: Unit[][] = new Array<Unit[]>(chunks.length);
  let completed = 0;
  let next = 0;
  const queue: Queue = {
    take: () => (next < chunks.length ? next++ : undefined),
    empty: () => next >= chunks.length,
  };
  const workspace = (): Workspace => ws;
  // Parsed chunks waiting for the main thread; bounded, so that a feeder running ahead of
  // a busy main thread never holds the parsed text of the whole workspace.
  const waiting: { index: number; files: ReadFile[] }[] = [];
  let wake: (() => void) | undefined;
  const done = (index: number, units: Unit[]): void => {
    results[index] = units;
    completed += 1;
    onFiles(units.length);
  };
  let stopped = false;
  const received = (message: ChunkDone): void => {
    if (stopped) return;
    if ('files' in message) waiting.push(message);
    else done(message.index, message.units);
    wake?.();
  };

  const workers = Math.min(threads, chunks.length) - 1;
  const pool = Array.from({ length: workers }, (_, i) =>
    i === 0
      ? feed(job, chunks, queue, received, {
          readOnly: true,
          depth: 3,
          room: () => waiting.length < 3,
        })
      : feed(job, chunks, queue, received, { readOnly: false, depth: 2, room: () => true }),
  );
  dropEarly();
  // On any failure no thread takes another chunk, and no worker outlives the run.
  const stop = (): void => {
    stopped = true;
    next = chunks.length;
    for (const w of pool) void w.worker.terminate();
  };
  let failure: { error: unknown } | undefined;
  const finished = Promise.all(pool.map((w) => w.finished));
  finished.catch((error: unknown) => {
    failure = { error };
    wake?.();
  });
  try {
    while (completed < chunks.length) {
      if (failure) throw failure.error;
      const ready = waiting.shift();
      // With a feeder the main thread mostly only checks: parsing here too warms up the
      // parser on this thread as well, which costs a run of 10,000 files more than
      // waiting for the feeder. Over many more files the feeder is the slower of the
      // two, and a chunk read here whenever none is waiting repays the warming up.
      const index = ready || (pool.length > 0 && !readsToo) ? undefined : queue.take();
      if (ready) {
        done(ready.index, finishChunk(job, ready.files, workspace));
        pool[0]?.poke();
      } else if (index !== undefined) {
        done(index, runChunk(job, chunks[index] as string[], workspace));
      } else {
        // What is left comes from the workers.
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
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

/** The chunks not yet handed to a thread. */
interface Queue {
  take(): number | undefined;
  empty(): boolean;
}

/** Small enough to balance the threads at the end, large enough to cost few messages. */
function chunked(rels: readonly string[], threads: number): string[][] {
  const size = Math.max(64, Math.min(512, Math.ceil(rels.length / (threads * 16))));
  const out: string[][] = [];
  for (let i = 0; i < rels.length; i += size) out.push(rels.slice(i, i + size));
  return out;
}

/**
 * One worker, kept busy: it holds up to `depth` chunks, the one it works on and the next
 * ones, so that it never waits for the main thread, which may be in the middle of a
 * chunk of its own. A feeder (`readOnly`) takes more only while `room` says the main
 * thread keeps up; `poke` asks it again once the main thread has taken some.
 */
function feed(
  job: LoadJob,
  chunks: readonly string[][],
  queue: Queue,
  received: (message: ChunkDone) => void,
  how: { readOnly: boolean; depth: number; room: () => boolean },
): { worker: Worker; finished: Promise<void>; poke: () => void } {
  const early = takeEarly();
  const worker = early ?? loadingWorker(job);
  early?.postMessage({ job });
  let held = 0;
  let over = false;
  let poke = (): void => undefined;
  const finished = new Promise<void>((resolve, reject) => {
    const give = (): void => {
      while (!over && held < how.depth && how.room()) {
        const index = queue.take();
        if (index === undefined) break;
        held += 1;
        const chunk: Chunk = { index, rels: chunks[index] as string[], readOnly: how.readOnly };
        worker.postMessage(chunk);
      }
      if (!over && held === 0 && queue.empty()) {
        over = true;
        worker.postMessage(null);
        resolve();
      }
    };
    poke = give;
    worker.on('message', (message: ChunkDone) => {
      held -= 1;
      received(message);
      give();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`loading worker stopped with exit code ${code}`));
      else if (held > 0) reject(new Error('loading worker stopped before its work was done'));
    });
    give();
  });
  return { worker, finished, poke: () => poke() };
}

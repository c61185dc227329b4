import type { Worker } from 'node:worker_threads';
import type { Unit } from '../checks/unit.js';
import type { Workspace } from '../workspace/workspace.js';
import { dropEarly, loadingWorker, mainReads, takeEarly, threadsFor } from './threads.js';
import { finishChunk, jobOf, runChunk } from './chunk.js';
import type { Placer } from '../checks/prepare.js';
import type { Ask, Position } from './locate.js';
import {
  type Chunk,
  type ChunkDone,
  type LoadJob,
  type PlaceAsk,
  type Placed,
  type ReadFile,
} from './job.js';

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
          lingers: !readsToo,
        })
      : feed(job, chunks, queue, received, { readOnly: false, depth: 2, room: () => true }),
  );
  // A main thread that leaves all reading to its feeder has more to do than the feeder:
  // the feeder also works out where the findings of the files it read point, parsing
  // those files with positions, which is the slowest parse there is.
  const feeder = pool[0];
  const placements: Promise<void>[] = [];
  const placer: Placer | undefined =
    feeder && !readsToo
      ? (text, drafts) => {
          const asks = drafts.map(({ path, at }) => ({ path, at }));
          const placed = feeder.place(text, asks).then((positions) => {
            drafts.forEach((draft, i) => (draft.position = positions[i]));
          });
          placements.push(placed);
        }
      : undefined;
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
        done(ready.index, finishChunk(job, ready.files, workspace, placer));
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
    await Promise.all(placements);
    feeder?.close();
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

/**
 * Small enough to balance the threads at the end, large enough to cost few messages.
 * The first ones are smaller still, so that the main thread starts checking soon after
 * its feeder starts reading, rather than after a whole chunk.
 */
function chunked(rels: readonly string[], threads: number): string[][] {
  const size = Math.max(64, Math.min(512, Math.ceil(rels.length / (threads * 16))));
  const out: string[][] = [];
  let next = threads > 1 ? Math.min(size, 32) : size;
  for (let i = 0; i < rels.length; i += next, next = Math.min(size, next * 2)) {
    out.push(rels.slice(i, i + next));
  }
  return out;
}

/** One loading worker of a run, as `feed` keeps it. */
interface Fed {
  worker: Worker;
  finished: Promise<void>;
  /** Asks for more chunks, once the main thread has taken some of a feeder's. */
  poke(): void;
  /** Where findings of a file point (see PlaceAsk); only a worker that `lingers`. */
  place(text: string, asks: Ask[]): Promise<Position[]>;
  /** Lets a worker that `lingers` go, once nothing more will be asked of it. */
  close(): void;
}

/**
 * One worker, kept busy: it holds up to `depth` chunks, the one it works on and the next
 * ones, so that it never waits for the main thread, which may be in the middle of a
 * chunk of its own. A feeder (`readOnly`) takes more only while `room` says the main
 * thread keeps up. A worker that `lingers` stays once the chunks are gone, to place the
 * findings of the last ones, until it is closed.
 */
function feed(
  job: LoadJob,
  chunks: readonly string[][],
  queue: Queue,
  received: (message: ChunkDone) => void,
  how: { readOnly: boolean; depth: number; room: () => boolean; lingers?: boolean },
): Fed {
  const early = takeEarly();
  const worker = early ?? loadingWorker(job);
  early?.postMessage({ job });
  let held = 0;
  let over = false;
  let closing = !how.lingers;
  const placing = new Map<number, (positions: Position[]) => void>();
  let asked = 0;
  const fed: Fed = {
    worker,
    finished: Promise.resolve(),
    poke: () => undefined,
    place: () => Promise.reject(new Error('this loading worker places no findings')),
    close: () => undefined,
  };
  fed.finished = new Promise<void>((resolve, reject) => {
    const give = (): void => {
      while (!over && held < how.depth && how.room()) {
        const index = queue.take();
        if (index === undefined) break;
        held += 1;
        const chunk: Chunk = { index, rels: chunks[index] as string[], readOnly: how.readOnly };
        worker.postMessage(chunk);
      }
      if (!over && closing && held === 0 && placing.size === 0 && queue.empty()) {
        over = true;
        worker.postMessage(null);
        resolve();
      }
    };
    const fail = (error: Error): void => {
      reject(error);
      // Nothing answers a question left with a worker that is gone.
      for (const answer of placing.values()) answer([]);
      placing.clear();
    };
    fed.poke = give;
    fed.close = () => {
      closing = true;
      give();
    };
    fed.place = (text, asks) => {
      if (over) return Promise.reject(new Error('loading worker asked after it was let go'));
      asked += 1;
      const message: PlaceAsk = { place: asked, text, asks };
      const answer = new Promise<Position[]>((done) => placing.set(message.place, done));
      worker.postMessage(message);
      return answer;
    };
    worker.on('message', (message: ChunkDone | Placed) => {
      if ('place' in message) {
        placing.get(message.place)?.(message.positions);
        placing.delete(message.place);
      } else {
        held -= 1;
        received(message);
      }
      give();
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (code !== 0) fail(new Error(`loading worker stopped with exit code ${code}`));
      else if (held > 0 || placing.size > 0) {
        fail(new Error('loading worker stopped before its work was done'));
      }
    });
    give();
  });
  return fed;
}

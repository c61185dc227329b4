import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Unit } from '../checks/unit.js';
import type { Workspace } from '../workspace/workspace.js';
import { runJob, type LoadJob } from './worker.js';

/** Below this many files a worker costs more to start than it saves. */
const minFilesPerWorker = 1500;

/**
 * Loads registrations (read, parse, validate) on all cores: the main thread takes one
 * share and each worker another. The result is in the order of `rels`, whatever the
 * order in which the workers finish.
 */
export async function loadUnitsParallel(ws: Workspace, rels: readonly string[]): Promise<Unit[]> {
  return inParallel(ws, rels, undefined);
}

/**
 * Loads registrations and runs each one's own checks (see checks/prepare.ts) on all
 * cores. Every thread does exactly what one thread would, so the output is the same.
 * `lean` lets go of documents validate no longer reads (see worker.ts).
 */
export async function checkUnitsParallel(
  ws: Workspace,
  rels: readonly string[],
  today: string,
  lean = false,
): Promise<Unit[]> {
  return inParallel(ws, rels, today, lean);
}

async function inParallel(
  ws: Workspace,
  rels: readonly string[],
  today: string | undefined,
  lean = false,
): Promise<Unit[]> {
  const job = (share: readonly string[]): LoadJob => ({
    root: ws.root,
    rels: [...share],
    limits: ws.limits,
    today,
    lean,
  });
  const threads = threadsFor(rels.length);
  if (threads < 2) return runJob(job(rels), () => ws);

  // The main thread's share is smaller: it also starts the workers and joins the results.
  const mineSize = Math.floor(rels.length / threads / 1.25);
  const size = Math.ceil((rels.length - mineSize) / (threads - 1));
  const mine = rels.slice(0, mineSize);
  const theirs = Array.from({ length: threads - 1 }, (_, i) =>
    rels.slice(mineSize + i * size, mineSize + (i + 1) * size),
  );
  const pending = theirs.map((share) => inWorker(job(share)));
  const here = runJob(job(mine), () => ws);
  const there = await Promise.all(pending);
  return [...here, ...there.flat()];
}

/** REG_WORKERS=0 keeps to one thread; REG_WORKERS=N uses N threads whatever the size. */
function threadsFor(files: number): number {
  const forced = Number(process.env.REG_WORKERS ?? Number.NaN);
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, Math.max(files, 1));
  return Math.min(availableParallelism(), 8, Math.floor(files / minFilesPerWorker));
}

function inWorker(job: LoadJob): Promise<Unit[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: job });
    worker.once('message', (units: Unit[]) => resolve(units));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`loading worker stopped with exit code ${code}`));
    });
  });
}

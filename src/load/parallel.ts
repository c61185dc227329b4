import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Unit } from '../checks/unit.js';
import { loadUnit } from '../workspace/load.js';
import type { Workspace } from '../workspace/workspace.js';
import type { LoadJob } from './worker.js';

/** Below this many files a worker costs more to start than it saves. */
const minFilesPerWorker = 1500;

/**
 * Loads registrations (read, parse, validate) on all cores: the main thread takes one
 * share and each worker another. The result is in the order of `rels`, whatever the
 * order in which the workers finish.
 */
export async function loadUnitsParallel(ws: Workspace, rels: readonly string[]): Promise<Unit[]> {
  const threads = Math.min(availableParallelism(), 8, Math.floor(rels.length / minFilesPerWorker));
  if (threads < 2 || process.env.REG_WORKERS === '0') return loadHere(ws, rels);

  const size = Math.ceil(rels.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => rels.slice(i * size, (i + 1) * size));
  const [mine = [], ...theirs] = shares;
  const pending = theirs.map((share) => inWorker({ root: ws.root, rels: share, limits: ws.limits }));
  const here = loadHere(ws, mine);
  const there = await Promise.all(pending);
  return [...here, ...there.flat()];
}

function loadHere(ws: Workspace, rels: readonly string[]): Unit[] {
  return rels.map((rel) => loadUnit(ws.root, rel, 'registration', ws.limits));
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

import { parentPort, workerData } from 'node:worker_threads';
import { prepareUnit } from '../checks/prepare.js';
import type { Unit } from '../checks/unit.js';
import { loadUnit, openWorkspace } from '../workspace/load.js';
import type { Limits } from './limits.js';

/** What a loading worker is given: files of one workspace to read, parse and validate. */
export interface LoadJob {
  root: string;
  rels: string[];
  limits: Limits;
  /** When present, each file's own checks run here too, as of this day. */
  today?: string;
}

/** A unit as it crosses the thread boundary: the parsed yaml Document stays behind. */
export function portable(unit: Unit): Unit {
  return { ...unit, loaded: { ...unit.loaded, positioned: undefined } };
}

/** One job's units, loaded (and checked when asked) the same way on any thread. */
export function runJob(job: LoadJob, open = () => openWorkspace(job.root)): Unit[] {
  const load = (rel: string): Unit => loadUnit(job.root, rel, 'registration', job.limits);
  if (job.today === undefined) return job.rels.map(load);
  const ctx = { ws: open(), today: job.today };
  return job.rels.map((rel) => prepareUnit(load(rel), ctx, job.limits));
}

if (parentPort) {
  parentPort.postMessage(runJob(workerData as LoadJob).map(portable));
}

import { parentPort, workerData } from 'node:worker_threads';
import type { Unit } from '../checks/unit.js';
import { loadUnit } from '../workspace/load.js';
import type { Limits } from './limits.js';

/** What a loading worker is given: files of one workspace to read, parse and validate. */
export interface LoadJob {
  root: string;
  rels: string[];
  limits: Limits;
}

/** A unit as it crosses the thread boundary: the parsed yaml Document stays behind. */
export function portable(unit: Unit): Unit {
  return { ...unit, loaded: { ...unit.loaded, positioned: undefined } };
}

if (parentPort) {
  const job = workerData as LoadJob;
  const units = job.rels.map((rel) => portable(loadUnit(job.root, rel, 'registration', job.limits)));
  parentPort.postMessage(units);
}

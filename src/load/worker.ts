import { parentPort, workerData } from 'node:worker_threads';
import { prepareUnit } from '../checks/prepare.js';
import type { Unit } from '../checks/unit.js';
import { loadUnit, openWorkspace } from '../workspace/load.js';
import { get } from '../model/read.js';
import type { Limits } from './limits.js';

/** What a loading worker is given: files of one workspace to read, parse and validate. */
export interface LoadJob {
  root: string;
  rels: string[];
  limits: Limits;
  /** When present, each file's own checks run here too, as of this day. */
  today?: string;
  /** Keep of a checked unit only what validate reads later (see `lean`). */
  lean?: boolean;
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
  const done = (unit: Unit): Unit => (job.lean ? lean(unit) : unit);
  return job.rels.map((rel) => done(prepareUnit(load(rel), ctx, job.limits)));
}

/**
 * Once a unit's own checks ran and its facts are taken, validate reads its document
 * only for the waiver step, so the document of a file without waivers is let go: with
 * 100,000 files the documents are most of the memory. The text stays, for positions.
 */
function lean(unit: Unit): Unit {
  if (unit.data && get(unit.data, 'waivers') !== undefined) return unit;
  return { ...unit, data: undefined, loaded: { ...unit.loaded, value: undefined } };
}

if (parentPort) {
  parentPort.postMessage(runJob(workerData as LoadJob).map(portable));
}

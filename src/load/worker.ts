import { parentPort, workerData } from 'node:worker_threads';
import { prepareUnit } from '../checks/prepare.js';
import { hasWaivers } from '../checks/waiver/waivers.js';
import type { Unit } from '../checks/unit.js';
import { language, setLanguage, type Language } from '../i18n/index.js';
import type { Partner } from '../model/partner.js';
import type { Policy } from '../model/policy.js';
import { loadUnit } from '../workspace/load.js';
import type { Workspace } from '../workspace/workspace.js';
import { release } from './document.js';
import type { Limits } from './limits.js';

/** What every loading thread of one run is told: the workspace and what to do per file. */
export interface LoadJob {
  root: string;
  limits: Limits;
  /** When present, each file's own checks run here too, as of this day. */
  today?: string;
  /** Keep of a checked unit only what validate reads later (see `lean`). */
  lean?: boolean;
  /**
   * Record the blob id of each checked file's bytes, which a run that keeps a cache
   * needs to key what it keeps; a run without the cache is spared hashing every file.
   * Default true.
   */
  keyed?: boolean;
  /**
   * The workspace as the main thread read and checked it, so that a worker neither reads
   * the policy and profiles again nor sees them changed halfway through a run.
   */
  policy: Policy;
  policyFile: string;
  partners: [string, Partner][];
  /** Drafts carry some words (see schema/map-errors.ts), so workers speak as the run does. */
  language: Language;
}

/** What a loading thread is told about the workspace. */
export function jobOf(
  ws: Workspace,
  today?: string,
  run: Pick<LoadJob, 'lean' | 'keyed'> = {},
): LoadJob {
  const { root, limits, policy, policyFile } = ws;
  const partners = [...ws.partners];
  const { lean, keyed } = run;
  return { root, limits, today, lean, keyed, policy, policyFile, partners, language: language() };
}

/** The workspace a worker checks against, made from its job. */
function workspaceOf(job: LoadJob): Workspace {
  const { root, limits, policy, policyFile } = job;
  const partners = new Map(job.partners);
  return { root, policy, policyFile, limits, partners, partnerUnits: [], partnerFindings: [] };
}

/** A share of the files, handed to whichever thread is free. */
export interface Chunk {
  index: number;
  rels: string[];
}

export interface ChunkDone {
  index: number;
  units: Unit[];
}

/** A unit as it crosses the thread boundary: the parsed yaml Document stays behind. */
export function portable(unit: Unit): Unit {
  return { ...unit, loaded: { ...unit.loaded, positioned: undefined } };
}

/** One chunk's units, loaded (and checked when asked) the same way on any thread. */
export function runChunk(job: LoadJob, rels: readonly string[], ws: () => Workspace): Unit[] {
  // Checked runs (validate, report) may keep their results in the cache; loading alone does not.
  const identify = job.today !== undefined && job.keyed !== false;
  const load = (rel: string): Unit => loadUnit(job.root, rel, 'registration', job.limits, identify);
  if (job.today === undefined) return rels.map(load);
  const ctx = { ws: ws(), today: job.today };
  const done = (unit: Unit): Unit => (job.lean ? lean(unit) : unit);
  return rels.map((rel) => done(prepareUnit(load(rel), ctx, job.limits)));
}

/**
 * Once a unit's own checks ran and its facts are taken, validate reads its document
 * only for the waiver step and its text only for findings, so a clean file without
 * waivers keeps neither: with 100,000 files they are most of the memory, and most of
 * what would cross from a worker to the main thread.
 */
function lean(unit: Unit): Unit {
  if (hasWaivers(unit.data)) return unit;
  if (unit.drafts.length > 0) {
    return { ...unit, data: undefined, loaded: { ...unit.loaded, value: undefined } };
  }
  return { ...unit, data: undefined, loaded: release(unit.loaded) };
}

if (parentPort) {
  const port = parentPort;
  const job = workerData as LoadJob;
  setLanguage(job.language);
  let ws: Workspace | undefined;
  const open = (): Workspace => (ws ??= workspaceOf(job));
  port.on('message', (chunk: Chunk | null) => {
    if (chunk === null) {
      port.close();
      return;
    }
    const units = runChunk(job, chunk.rels, open).map(portable);
    port.postMessage({ index: chunk.index, units } satisfies ChunkDone);
  });
}

import { checkDocument } from '../checks/document.js';
import { prepareUnit } from '../checks/prepare.js';
import { hasWaivers } from '../checks/waiver/waivers.js';
import type { Unit } from '../checks/unit.js';
import { language } from '../i18n/index.js';
import type { Workspace } from '../workspace/workspace.js';
import { loadedFrom, release } from './document.js';
import { parseFast } from './fast.js';
import { readAndParse, type LoadJob, type ReadFile } from './job.js';
import type { Source } from './source.js';

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
export function workspaceOf(job: LoadJob): Workspace {
  const { root, limits, policy, policyFile } = job;
  const partners = new Map(job.partners);
  return { root, policy, policyFile, limits, partners, partnerUnits: [], partnerFindings: [] };
}

/** A unit as it crosses the thread boundary: the parsed yaml Document stays behind. */
export function portable(unit: Unit): Unit {
  return { ...unit, loaded: { ...unit.loaded, positioned: undefined } };
}

/** One chunk's units, loaded (and checked when asked) the same way on any thread. */
export function runChunk(job: LoadJob, rels: readonly string[], ws: () => Workspace): Unit[] {
  const finish = finisher(job, ws);
  return rels.map((rel) => {
    const { source, fast } = readAndParse(job, rel);
    return finish(source, fast);
  });
}

/** The second half: the units of files `readChunk` read, as `runChunk` makes them. */
export function finishChunk(job: LoadJob, files: readonly ReadFile[], ws: () => Workspace): Unit[] {
  const finish = finisher(job, ws);
  return files.map(({ source, json, declined, textLeft }) => {
    if (json !== undefined) {
      return finish(source, { value: JSON.parse(json) as unknown }, textLeft === true);
    }
    // A value JSON would change is parsed again; one the fast parser declined is not.
    const again = declined || source.text === undefined ? undefined : parseFast(source.text);
    return finish(source, again);
  });
}

/** What becomes of a file once it is parsed: its schema, then its own checks when asked. */
function finisher(
  job: LoadJob,
  ws: () => Workspace,
): (source: Source, fast: { value: unknown } | undefined, textLeft?: boolean) => Unit {
  const load = (source: Source, fast: { value: unknown } | undefined, textLeft = false): Unit => {
    const loaded =
      textLeft && fast
        ? { source, value: fast.value, positioned: undefined, problems: [], released: true }
        : loadedFrom(source, fast, job.limits);
    return checkDocument(source.rel, loaded, 'registration');
  };
  if (job.today === undefined) return load;
  const ctx = { ws: ws(), today: job.today };
  return (source, fast, textLeft) => {
    const unit = prepareUnit(load(source, fast, textLeft), ctx, job.limits);
    return job.lean ? lean(unit) : withoutText(unit);
  };
}

/**
 * A report keeps each registration's document to the end of the run but never shows a
 * clean file's text: held for every file of 100,000, the texts were a quarter of the
 * peak memory. A finding that turns up later (a conflict) reads the file again.
 */
function withoutText(unit: Unit): Unit {
  const { loaded } = unit;
  if (unit.drafts.length > 0 || loaded.source.text === undefined) return unit;
  const source = { ...loaded.source, text: undefined };
  return { ...unit, loaded: { ...loaded, source, positioned: undefined, released: true } };
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

import { join } from 'node:path';
import type { Unit } from '../checks/unit.js';
import type { Language } from '../i18n/index.js';
import type { Partner } from '../model/partner.js';
import type { Policy } from '../model/policy.js';
import { parseFast } from './fast.js';
import { plainJson } from './json.js';
import type { Limits } from './limits.js';
import { readRegistration, type Source } from './source.js';

// What the threads of one run say to each other, and the reading half of a chunk's
// work. Nothing here loads the checks, so that a worker that only reads starts at once.

/** What every loading thread of one run is told: the workspace and what to do per file. */
export interface LoadJob {
  root: string;
  limits: Limits;
  /** When present, each file's own checks run here too, as of this day. */
  today?: string;
  /** Keep of a checked unit only what validate reads later (see `lean`). */
  lean?: boolean;
  /**
   * Record the blob id of each file's bytes, which a run that keeps a cache needs to key
   * what it keeps; a run without the cache is spared hashing every file. Default: when
   * the files are checked.
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

/**
 * A share of the files, handed to whichever thread is free. `readOnly` asks only for
 * the files read and parsed (see `readChunk`), for the main thread to check them.
 */
export interface Chunk {
  index: number;
  rels: string[];
  readOnly?: boolean;
}

/** A file read and parsed on one thread, to be checked on another. */
export interface ReadFile {
  source: Source;
  /**
   * The fast parse's value as JSON, which crosses between threads faster than the value
   * itself; absent when the fast parser declined the file (`declined`) or its value is
   * not plain JSON, and the file is parsed again where it is checked.
   */
  json: string | undefined;
  declined: boolean;
  /**
   * Set when the text stayed on the thread that read it, its value having crossed as
   * JSON. In a run without the cache only a file with findings needs its text, which is
   * then read again (see load/document.ts `textOf`): sent along, the texts of 100,000
   * files were copied twice and collected once, for the 3 % that have findings.
   */
  textLeft?: boolean;
}

/** A worker's answer: the chunk's units, or only its files read (`readOnly`). */
export type ChunkDone = { index: number; units: Unit[] } | { index: number; files: ReadFile[] };

/** The first half of `runChunk`: each file read and parsed, nothing checked yet. */
export function readChunk(job: LoadJob, rels: readonly string[]): ReadFile[] {
  return rels.map((rel) => {
    const { source, fast } = readAndParse(job, rel);
    const json = fast && plainJson(fast.value) ? JSON.stringify(fast.value) : undefined;
    // A run that keeps a cache keys each result by the bytes it was made from, which a
    // second read might not give back: it gets the text the value was parsed from.
    if (json !== undefined && job.keyed === false) {
      return { source: { ...source, text: undefined }, json, declined: false, textLeft: true };
    }
    return { source, json, declined: source.text !== undefined && !fast };
  });
}

/** One file read and, when its text allows, parsed by the fast parser. */
export function readAndParse(
  job: LoadJob,
  rel: string,
): { source: Source; fast?: { value: unknown } } {
  // Checked runs (validate, report) may keep their results in the cache; a run that only
  // loads keeps documents only when it says so.
  const identify = job.keyed ?? job.today !== undefined;
  const source = readRegistration(join(job.root, rel), rel, job.limits, identify);
  return { source, fast: source.text === undefined ? undefined : parseFast(source.text) };
}

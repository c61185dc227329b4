import type { Draft } from '../findings/finding.js';
import { parseFast } from './fast.js';
import type { Limits } from './limits.js';
import { parsePositioned, parsePositionsOnly, type Positioned } from './positioned.js';
import { readSource, type Source } from './source.js';

/** A loaded YAML file: its value when it is fit to check, and how it was parsed. */
export interface Loaded {
  source: Source;
  /** `undefined` when the file has a yaml.* error and no further check may read it. */
  value: unknown;
  /** Present when the positioned parser already ran; otherwise made on demand. */
  positioned: Positioned | undefined;
  problems: Draft[];
  /**
   * Set when the text was let go to save memory (a clean file of a large run); it is
   * read again from disk if a finding about the file turns up after all.
   */
  released?: boolean;
}

/** Fast parse first; the positioned parse only when the fast one declines. */
export function loadDocument(source: Source, limits: Limits): Loaded {
  const fast = source.text === undefined ? undefined : parseFast(source.text);
  return loadedFrom(source, fast, limits);
}

/**
 * The same as `loadDocument` for a file whose fast parse was already made (`undefined`
 * where the fast parser declined it), on this thread or another.
 */
export function loadedFrom(
  source: Source,
  fast: { value: unknown } | undefined,
  limits: Limits,
): Loaded {
  if (source.text === undefined) {
    return { source, value: undefined, positioned: undefined, problems: source.problems };
  }
  if (fast) return { source, value: fast.value, positioned: undefined, problems: [] };
  const positioned = parsePositioned(source.text, limits);
  return { source, value: positioned.value, positioned, problems: positioned.problems };
}

/**
 * Positions for a file whose findings need them, parsing it again if needed; `firsts`,
 * the top-level keys of all the paths asked about, lets the parse stop once it has them.
 */
export function positionsOf(
  loaded: Loaded,
  limits: Limits,
  firsts?: ReadonlySet<string>,
): Positioned | undefined {
  if (loaded.positioned) return loaded.positioned;
  const text = textOf(loaded, limits);
  if (text === undefined) return undefined;
  // Its value and problems were found when it was loaded: only positions are wanted here.
  const positioned = parsePositionsOnly(text, firsts);
  // Parsed short of the end, it holds only what these findings asked for.
  if (!positioned.partial) loaded.positioned = positioned;
  return positioned;
}

/** The file's text, read again when it was released. */
export function textOf(loaded: Loaded, limits: Limits): string | undefined {
  if (loaded.released) {
    loaded.source = readSource(loaded.source.abs, loaded.source.rel, limits);
    loaded.released = false;
  }
  return loaded.source.text;
}

/** Lets go of the text and value of a file nothing more is expected to be said about. */
export function release(loaded: Loaded): Loaded {
  const source = { ...loaded.source, text: undefined };
  return { ...loaded, source, value: undefined, positioned: undefined, released: true };
}

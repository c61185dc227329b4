import type { Draft } from '../findings/finding.js';
import { parseFast } from './fast.js';
import type { Limits } from './limits.js';
import { parsePositioned, type Positioned } from './positioned.js';
import type { Source } from './source.js';

/** A loaded YAML file: its value when it is fit to check, and how it was parsed. */
export interface Loaded {
  source: Source;
  /** `undefined` when the file has a yaml.* error and no further check may read it. */
  value: unknown;
  /** Present when the positioned parser already ran; otherwise made on demand. */
  positioned: Positioned | undefined;
  problems: Draft[];
}

/** Fast parse first; the positioned parse only when the fast one declines. */
export function loadDocument(source: Source, limits: Limits): Loaded {
  if (source.text === undefined) {
    return { source, value: undefined, positioned: undefined, problems: source.problems };
  }
  const fast = parseFast(source.text);
  if (fast) return { source, value: fast.value, positioned: undefined, problems: [] };
  const positioned = parsePositioned(source.text, limits);
  return { source, value: positioned.value, positioned, problems: positioned.problems };
}

/** Positions for a file whose findings need them, parsing it again if needed. */
export function positionsOf(loaded: Loaded, limits: Limits): Positioned | undefined {
  if (loaded.positioned) return loaded.positioned;
  if (loaded.source.text === undefined) return undefined;
  loaded.positioned = parsePositioned(loaded.source.text, limits);
  return loaded.positioned;
}

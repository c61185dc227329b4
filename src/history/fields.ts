import { isDoc } from '../model/read.js';

/** The paths at which two versions of a registration differ, as `customer.contact.phone`. */
export interface FieldChanges {
  changed: string[];
  added: string[];
  removed: string[];
}

/** Longer keys are cut: a key is text from the file, and a line of history should stay short. */
const longestKey = 40;

/**
 * Every field that differs between two versions, down to the smallest one that differs;
 * a field added or removed whole is named once, not each field inside it. A path in
 * `spoken` (already put into words elsewhere) is left out with everything under it.
 */
export function fieldChanges(
  before: unknown,
  after: unknown,
  spoken: ReadonlySet<string>,
): FieldChanges {
  const found: FieldChanges = { changed: [], added: [], removed: [] };
  walk(before, after, { raw: '', shown: '' }, spoken, found);
  return found;
}

interface Path {
  /** Keys as in the file, for matching `spoken`. */
  raw: string;
  /** Keys as printed. */
  shown: string;
}

function walk(
  before: unknown,
  after: unknown,
  path: Path,
  spoken: ReadonlySet<string>,
  found: FieldChanges,
): void {
  if (spoken.has(path.raw)) return;
  if (before === undefined && after === undefined) return;
  if (before === undefined) return void found.added.push(path.shown);
  if (after === undefined) return void found.removed.push(path.shown);
  if (isDoc(before) && isDoc(after)) {
    for (const key of keysOf(before, after))
      walk(own(before, key), own(after, key), child(path, key), spoken, found);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) walk(before[i], after[i], item(path, i), spoken, found);
    return;
  }
  if (!Object.is(before, after)) found.changed.push(path.shown);
}

/** The keys of the later version in its order, then those only the earlier one had. */
function keysOf(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = Object.keys(after);
  return [...keys, ...Object.keys(before).filter((key) => !Object.hasOwn(after, key))];
}

function own(value: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

function child(path: Path, key: string): Path {
  const chars = Array.from(key);
  const shown = chars.length > longestKey ? `${chars.slice(0, longestKey - 1).join('')}…` : key;
  if (path.raw === '') return { raw: key, shown };
  return { raw: `${path.raw}.${key}`, shown: `${path.shown}.${shown}` };
}

function item(path: Path, index: number): Path {
  return { raw: `${path.raw}[${index}]`, shown: `${path.shown}[${index}]` };
}

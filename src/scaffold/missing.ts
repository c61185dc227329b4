import { formatPath, type Segment } from '../findings/finding.js';
import { get, isDoc, list, type Doc } from '../model/read.js';
import type { Question } from './plan.js';

/** Required fields with no value yet, by concrete path, e.g. `products[0].quantity`. */
export function missingFields(questions: readonly Question[], data: Doc): string[] {
  const out: string[] = [];
  for (const path of [['partner'], ['submitted_by', 'name'], ['submitted_by', 'email']]) {
    if (isAbsent(valueAt(data, path))) out.push(formatPath(path));
  }
  walk(questions, data, [], out);
  return out;
}

function walk(questions: readonly Question[], parent: unknown, at: Segment[], out: string[]): void {
  for (const q of questions) {
    const path = [...at, q.key];
    const value = get(parent, q.key);
    if (q.type === 'value') {
      if (q.required && isAbsent(value)) out.push(formatPath(path));
    } else if (q.type === 'group') {
      if (q.required || isDoc(value)) walk(q.fields, value, path, out);
    } else {
      const entries = list(value);
      const count = Math.max(entries.length, q.required ? q.min : 0);
      for (let i = 0; i < count; i += 1) walk(q.entry, entries[i], [...path, i], out);
    }
  }
}

export function valueAt(data: unknown, path: readonly Segment[]): unknown {
  let current = data;
  for (const seg of path)
    current = typeof seg === 'number' ? list(current)[seg] : get(current, seg);
  return current;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

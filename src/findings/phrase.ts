import { relative, sep } from 'node:path';
import { hasMessage, t } from '../i18n/index.js';
import { positionsOf, type Loaded } from '../load/document.js';
import type { Positioned } from '../load/positioned.js';
import type { Limits } from '../load/limits.js';
import { locate, type Position } from '../load/locate.js';
import { formatPath, type Draft, type Finding } from './finding.js';

/** Turns one file's drafts into findings: located in the source and phrased. */
export function phraseFindings(
  drafts: readonly Draft[],
  loaded: Loaded,
  limits: Limits,
): Finding[] {
  // Most files of a large run have nothing to say, and working out the path is not free.
  if (drafts.length === 0) return [];
  const file = displayPath(loaded.source.abs);
  const needsPositions = drafts.some((d) => !d.position);
  const positioned = needsPositions ? positionsOf(loaded, limits) : undefined;

  return dedupe(drafts).map((draft) => phrase(draft, file, whereOf(draft, positioned)));
}

/**
 * Gives every draft its position now, while the file is at hand (on a worker, say), so
 * that phrasing later needs no second parse. The positions are those phrasing would find.
 */
export function pinPositions(drafts: readonly Draft[], loaded: Loaded, limits: Limits): void {
  const unplaced = drafts.filter((d) => !d.position);
  if (unplaced.length === 0) return;
  const positioned = positionsOf(loaded, limits, firstKeys(unplaced));
  for (const draft of drafts) draft.position = whereOf(draft, positioned);
  loaded.positioned = undefined;
}

/** The top-level keys of these paths; none where one is the root or an item of a list. */
function firstKeys(drafts: readonly Draft[]): Set<string> | undefined {
  const firsts = new Set<string>();
  for (const { path } of drafts) {
    const first = path[0];
    if (typeof first !== 'string') return undefined;
    firsts.add(first);
  }
  return firsts;
}

function whereOf(draft: Draft, positioned: Positioned | undefined): Position {
  return (
    draft.position ??
    (positioned?.root ? locate(positioned, draft.path, draft.at ?? 'key') : firstLine)
  );
}

/** A finding with a known position that has no parsed document behind it. */
export function phrase(draft: Draft, file: string, where: Position): Finding {
  const path = formatPath(draft.path);
  const params = { path: path || t('schema.root'), ...draft.params };
  const key = draft.key ?? draft.rule;
  return {
    rule: draft.rule,
    severity: draft.severity ?? 'error',
    file,
    line: where.line,
    column: where.column,
    path,
    message: hasMessage(key) ? sentence(t(key, params), path === '') : key,
    hint: hintFor(draft, key, params),
    ...(draft.params === undefined ? {} : { params: draft.params }),
  };
}

/** A message that starts with "the file" (the document as a whole) starts a sentence. */
function sentence(message: string, whole: boolean): string {
  const root = t('schema.root');
  if (!whole || !message.startsWith(root)) return message;
  return `${root.charAt(0).toUpperCase()}${message.slice(1)}`;
}

function hintFor(draft: Draft, key: string, params: Record<string, string | number>): string {
  const candidates = [draft.hintKey, `${key}.hint`, `${draft.rule}.hint`];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    if (hasMessage(candidate)) return t(candidate, params);
  }
  return '';
}

const firstLine: Position = { line: 1, column: 1 };

/** Path as a user started `reg` would type it: relative to the working directory. */
export function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs) || abs;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** displayPath for many files of one workspace, computing the folder's part once. */
export function displayPaths(root: string): (rel: string) => string {
  const prefix = relative(process.cwd(), root).split(sep).join('/');
  return prefix === '' ? (rel) => rel : (rel) => `${prefix}/${rel}`;
}

function dedupe(drafts: readonly Draft[]): Draft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = [d.rule, d.key, formatPath(d.path), JSON.stringify(d.params ?? {})].join('\0');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

import { spawnSync } from 'node:child_process';
import type { Unit } from '../checks/unit.js';
import { checkDocument } from '../checks/document.js';
import { loadDocument } from '../load/document.js';
import type { Limits } from '../load/limits.js';
import { join } from 'node:path';

/**
 * Workspace files as they are in `commit`, read in one `git cat-file --batch` rather than
 * a process per file, and loaded like files on disk (size limit, both parsers, schema).
 */
export function unitsAt(
  root: string,
  commit: string,
  rels: readonly string[],
  limits: Limits,
): Map<string, Unit> {
  const out = new Map<string, Unit>();
  if (rels.length === 0) return out;
  const input = rels.map((rel) => `${commit}:./${rel}\n`).join('');
  const result = spawnSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input,
    maxBuffer: 1 << 30,
  });
  const bytes = result.stdout;
  let at = 0;
  for (const rel of rels) {
    const end = bytes.indexOf(10, at);
    if (end < 0) break;
    const header = bytes.subarray(at, end).toString('utf8');
    at = end + 1;
    const match = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!match) continue;
    const size = Number(match[1]);
    const body = bytes.subarray(at, at + size);
    at += size + 1;
    if (size > limits.maxFileBytes) continue;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(body);
    const source = { abs: join(root, rel), rel, text, size, problems: [] };
    out.set(rel, checkDocument(rel, loadDocument(source, limits), 'registration'));
  }
  return out;
}

/** The names of a `-z` listing. */
export function split0(out: string): string[] {
  return out.split('\0').filter((p) => p !== '');
}

import { join } from 'node:path';
import { checkDocument } from '../checks/document.js';
import type { Unit } from '../checks/unit.js';
import { loadDocument } from '../load/document.js';
import type { Limits } from '../load/limits.js';
import { sourceFromBytes, tooLarge, type Source } from '../load/source.js';
import type { SchemaName } from '../schema/bundled.js';
import { runGit, toRepoPath, toWorkspacePath, type Repo } from './repo.js';

/**
 * A workspace file as it is in commit `ref`, read within the same limits as a file on
 * disk; `undefined` when the commit has no such file. The size is asked first, so that
 * an oversized blob is never read into memory.
 */
export async function sourceAt(
  repo: Repo,
  root: string,
  ref: string,
  rel: string,
  limits: Limits,
): Promise<Source | undefined> {
  const entry = await blobEntry(repo, ref, toRepoPath(repo, rel));
  if (entry === undefined) return undefined;
  const abs = join(root, rel);
  if (entry.size > limits.maxFileBytes) return tooLarge(abs, rel, entry.size, limits);
  const bytes = (await repo.git.binaryCatFile(['blob', entry.sha])) as Buffer;
  return sourceFromBytes(abs, rel, bytes, limits);
}

/** A file at `ref` through the same loader and schema checks as a file on disk. */
export async function unitAt(
  repo: Repo,
  root: string,
  ref: string,
  rel: string,
  schema: SchemaName,
  limits: Limits,
): Promise<Unit | undefined> {
  const source = await sourceAt(repo, root, ref, rel, limits);
  if (source === undefined) return undefined;
  return checkDocument(rel, loadDocument(source, limits), schema);
}

/** Workspace-relative paths of the files under `folder` in commit `ref`. */
export async function filesAt(repo: Repo, ref: string, folder: string): Promise<Set<string>> {
  const args = ['ls-tree', '-r', '-z', '--name-only', '--full-tree', ref, '--'];
  const out = await runGit(repo, [...args, `${toRepoPath(repo, folder)}/`]);
  const paths = out.split('\0').filter((p) => p !== '');
  return new Set(paths.map((p) => toWorkspacePath(repo, p)));
}

/** `ls-tree -l`: `<mode> blob <sha> <size>\t<path>` for a file, nothing for none. */
async function blobEntry(repo: Repo, ref: string, path: string): Promise<Blob | undefined> {
  const args = ['ls-tree', '-l', '-z', '--full-tree', ref, '--', path];
  const out = await repo.git.raw(args).catch(() => '');
  const match = /^\d+ blob ([0-9a-f]+)\s+(\d+)\t/.exec(out);
  if (!match) return undefined;
  return { sha: match[1] ?? '', size: Number(match[2]) };
}

interface Blob {
  sha: string;
  size: number;
}

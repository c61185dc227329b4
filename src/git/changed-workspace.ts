import { changedFiles, resolveRange } from './changes.js';
import { openRepo } from './repo.js';

const checked = /^(?:registrations\/[^/]+\/[^/]+|partners\/[^/]+)\.ya?ml$/;

/**
 * `--changed --base REF`: the registrations and partner profiles that differ from the
 * merge base of REF, in the working tree (new files not yet added to git included).
 */
export async function changedWorkspaceFiles(root: string, base: string): Promise<string[]> {
  const repo = await openRepo(root);
  const range = await resolveRange(repo, base);
  const changes = await changedFiles(repo, range);
  const files = changes
    .filter((c) => c.status !== 'deleted' && checked.test(c.file))
    .map((c) => c.file);
  return [...new Set(files)].sort();
}

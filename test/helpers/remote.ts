import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitAll, git, initRepo } from './git.js';
import { minimalFixture } from './workspace.js';

/**
 * A code host as a bare repository on disk (`bare`) and a partner's repository (`work`)
 * holding the minimal workspace on `main`, pushed there unless `remote` is false. Both
 * live in `top`, which the caller removes.
 */
export function partnerRepo(
  prefix: string,
  options: { remote?: boolean } = {},
): { top: string; work: string; bare: string } {
  const top = mkdtempSync(join(tmpdir(), prefix));
  const bare = join(top, 'remote.git');
  const work = join(top, 'work');
  mkdirSync(bare);
  git(bare, 'init', '-q', '--bare', '-b', 'main');
  mkdirSync(work);
  cpSync(minimalFixture, work, { recursive: true });
  initRepo(work);
  commitAll(work, 'Workspace');
  if (options.remote !== false) {
    git(work, 'remote', 'add', 'origin', bare);
    git(work, 'push', '-q', '-u', 'origin', 'main');
  }
  return { top, work, bare };
}

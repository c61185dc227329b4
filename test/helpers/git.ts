import { execFileSync } from 'node:child_process';

/** Runs git in a test repository; identity is set per repository, never globally. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
  });
}

export function initRepo(
  cwd: string,
  user = 'Test Partner',
  email = 'partner@example.com',
  options: { objectFormat?: 'sha1' | 'sha256' } = {},
): void {
  const format = options.objectFormat ? [`--object-format=${options.objectFormat}`] : [];
  git(cwd, 'init', '-q', ...format, '-b', 'main');
  git(cwd, 'config', 'user.name', user);
  git(cwd, 'config', 'user.email', email);
  git(cwd, 'config', 'commit.gpgsign', 'false');
}

export function commitAll(cwd: string, message: string, date?: string): string {
  git(cwd, 'add', '-A');
  const env = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
  execFileSync('git', ['commit', '-q', '-m', message, '--allow-empty'], {
    cwd,
    env: { ...process.env, ...env },
  });
  return git(cwd, 'rev-parse', 'HEAD').trim();
}

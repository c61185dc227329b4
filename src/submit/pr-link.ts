/** Where a remote lives, as far as its address tells. */
export interface Host {
  kind: 'github' | 'gitlab';
  /** `https://host/owner/repo` without `.git`. */
  web: string;
}

/** GitHub or GitLab from an https or ssh remote address; undefined for other hosts. */
export function hostOf(remoteUrl: string): Host | undefined {
  const parsed = parseRemote(remoteUrl.trim());
  if (!parsed) return undefined;
  const web = `https://${parsed.host}/${parsed.path}`;
  if (parsed.host === 'github.com' || parsed.host.startsWith('github.'))
    return { kind: 'github', web };
  if (parsed.host === 'gitlab.com' || parsed.host.startsWith('gitlab.'))
    return { kind: 'gitlab', web };
  return undefined;
}

/**
 * The page that opens a pull (merge) request of `branch` into `base` of `target`. When the
 * branch was pushed to a fork (`source`), GitHub names it `owner:branch` on the upstream's
 * page, and GitLab opens the request from the fork, whose form targets the upstream.
 */
export function pullRequestLink(
  target: Host,
  base: string,
  branch: string,
  source = target,
): string {
  const b = encodeURIComponent(branch);
  if (target.kind === 'github') {
    const owner = source.web === target.web ? '' : `${source.web.split('/')[3] ?? ''}:`;
    return `${target.web}/compare/${encodeURIComponent(base)}...${owner}${b}?expand=1`;
  }
  const from = source.kind === 'gitlab' ? source : target;
  return (
    `${from.web}/-/merge_requests/new?merge_request%5Bsource_branch%5D=${b}` +
    `&merge_request%5Btarget_branch%5D=${encodeURIComponent(base)}`
  );
}

function parseRemote(url: string): { host: string; path: string } | undefined {
  // https://host/owner/repo(.git), ssh://git@host[:port]/owner/repo(.git)
  const withScheme =
    /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+?)(?:\.git)?\/?$/.exec(url);
  if (withScheme) return { host: (withScheme[1] ?? '').toLowerCase(), path: withScheme[2] ?? '' };
  // git@host:owner/repo(.git), the scp-like form
  const scp = /^(?:[^@/]+@)?([^/:]+):(?!\/)(.+?)(?:\.git)?\/?$/.exec(url);
  if (scp) return { host: (scp[1] ?? '').toLowerCase(), path: scp[2] ?? '' };
  return undefined;
}

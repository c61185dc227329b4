import { describe, expect, it } from 'vitest';
import { hostOf, pullRequestLink } from '../../src/submit/pr-link.js';

const link = (url: string): string | undefined => {
  const host = hostOf(url);
  return host && pullRequestLink(host, 'main', 'registration/ALPHA-2026-0002');
};

describe('the pull-request link', () => {
  it('opens the compare page on GitHub from https and ssh addresses', () => {
    const expected =
      'https://github.com/acme/channel/compare/main...registration%2FALPHA-2026-0002?expand=1';
    expect(link('https://github.com/acme/channel.git')).toBe(expected);
    expect(link('https://github.com/acme/channel')).toBe(expected);
    expect(link('git@github.com:acme/channel.git')).toBe(expected);
    expect(link('ssh://git@github.com/acme/channel.git')).toBe(expected);
    expect(link('https://token@github.com/acme/channel.git')).toBe(expected);
  });

  it('opens a new merge request on GitLab, subgroups and self-hosting included', () => {
    const query =
      '/-/merge_requests/new?merge_request%5Bsource_branch%5D=registration%2FALPHA-2026-0002' +
      '&merge_request%5Btarget_branch%5D=main';
    expect(link('https://gitlab.com/acme/channel.git')).toBe(
      `https://gitlab.com/acme/channel${query}`,
    );
    expect(link('git@gitlab.com:acme/sales/channel.git')).toBe(
      `https://gitlab.com/acme/sales/channel${query}`,
    );
    expect(link('ssh://git@gitlab.acme.example:2222/ch/reg.git')).toBe(
      `https://gitlab.acme.example/ch/reg${query}`,
    );
  });

  it('knows no link for other hosts and local paths', () => {
    expect(link('https://git.acme.example/channel.git')).toBeUndefined();
    expect(link('/srv/git/channel.git')).toBeUndefined();
    expect(link('file:///srv/git/channel.git')).toBeUndefined();
  });

  it('names the fork on GitHub and opens the request from the fork on GitLab', () => {
    const upstream = hostOf('https://github.com/acme/channel.git');
    const fork = hostOf('git@github.com:huadong/channel.git');
    if (!upstream || !fork) throw new Error('hosts not recognised');
    expect(pullRequestLink(upstream, 'main', 'registration/X', fork)).toBe(
      'https://github.com/acme/channel/compare/main...huadong:registration%2FX?expand=1',
    );
    const gitlabUp = hostOf('https://gitlab.com/acme/channel.git');
    const gitlabFork = hostOf('https://gitlab.com/huadong/channel.git');
    if (!gitlabUp || !gitlabFork) throw new Error('hosts not recognised');
    expect(pullRequestLink(gitlabUp, 'main', 'b', gitlabFork)).toMatch(
      /^https:\/\/gitlab\.com\/huadong\/channel\/-\/merge_requests\/new\?/,
    );
  });
});

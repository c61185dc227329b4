import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheFileOf, openFactsCache, openReportedCache } from '../../../src/cache/facts-cache.js';
import { fileKeys } from '../../../src/cache/keys.js';
import { checkReported } from '../../../src/cache/reported.js';
import { registrationFiles } from '../../../src/workspace/files.js';
import { openWorkspace } from '../../../src/workspace/load.js';
import { loadAndSave } from '../../helpers/cache.js';
import { commitAll, git, initRepo } from '../../helpers/git.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../../helpers/workspace.js';

// Passed through, to tell whether a run keyed every file the long way.
vi.mock('../../../src/cache/keys.js', async (actual) => {
  const keys = await actual<typeof import('../../../src/cache/keys.js')>();
  return { ...keys, fileKeys: vi.fn(keys.fileKeys) };
});

let dir = '';
afterEach(() => {
  removeWorkspace(dir);
  vi.mocked(fileKeys).mockClear();
});

const today = '2026-11-26';
const deal = (id: string, name = 'Meridian Foods Ltd.'): string =>
  validDeal.replace('ALPHA-2026-0002', id).replace('Meridian Foods Ltd.', name);
const path = (id: string, partner = 'alpha'): string => `registrations/${partner}/${id}.yaml`;

/** A repository whose one commit holds one deal besides the fixture's. */
function committedDeal(): string {
  const root = makeWorkspace({ [path('ALPHA-2026-0002')]: deal('ALPHA-2026-0002') });
  initRepo(root);
  commitAll(root, 'deal');
  return root;
}

/** A full run's cache: every registration loaded and saved, as validate does. */
async function fill(root: string): Promise<void> {
  const ws = openWorkspace(root);
  const rels = registrationFiles(root);
  loadAndSave(ws, await openFactsCache(ws, rels, today), rels);
}

function storedTree(root: string): string | undefined {
  const header = JSON.parse(
    readFileSync(cacheFileOf(openWorkspace(root)).file, 'utf8').split('\n')[0] ?? '{}',
  ) as { tree?: string };
  return header.tree;
}

/**
 * What a run reporting on a few files sees: its registrations and each one's cached
 * facts, and whether it had to list the folders to know them.
 */
async function reported(
  root: string,
): Promise<{ rels: string[]; facts: unknown[]; listed: boolean }> {
  let listed = false;
  const list = (): string[] => {
    listed = true;
    return registrationFiles(root);
  };
  const { rels, cache } = await openReportedCache(openWorkspace(root), list, today);
  return { rels, facts: rels.map((rel) => cache.hit(rel) ?? null), listed };
}

/** The same, the long way: every file listed and keyed. */
async function listedWay(root: string): Promise<{ rels: string[]; facts: unknown[] }> {
  const rels = registrationFiles(root);
  const cache = await openFactsCache(openWorkspace(root), rels, today, undefined, true);
  return { rels, facts: rels.map((rel) => cache.hit(rel) ?? null) };
}

describe('a run that reports on a few files, under the tree its cache was listed from', () => {
  it('knows the registrations and their facts without listing them, whatever changed since', async () => {
    dir = makeWorkspace({
      [path('ALPHA-2026-0002')]: deal('ALPHA-2026-0002'),
      [path('ALPHA-2026-0003')]: deal('ALPHA-2026-0003'),
      [path('ALPHA-2026-0004')]: deal('ALPHA-2026-0004'),
      [path('ALPHA-2026-0005')]: deal('ALPHA-2026-0005'),
      '.gitignore': 'registrations/alpha/ALPHA-2026-0009.yaml\n',
    });
    initRepo(dir);
    commitAll(dir, 'deals');
    await fill(dir);
    expect(storedTree(dir)).toBe(git(dir, 'rev-parse', 'HEAD:registrations').trim());

    // An edit, a deletion, a rename, a new file, a new partner's folder, an ignored
    // file, and paths a listing leaves out: a hidden file, a link, a nested folder.
    writeFileSync(
      join(dir, path('ALPHA-2026-0002')),
      deal('ALPHA-2026-0002', 'Harbor Plastics Co.'),
    );
    rmSync(join(dir, path('ALPHA-2026-0003')));
    renameSync(join(dir, path('ALPHA-2026-0004')), join(dir, path('ALPHA-2026-0014')));
    writeFileSync(join(dir, path('ALPHA-2026-0006')), deal('ALPHA-2026-0006'));
    mkdirSync(join(dir, 'registrations', 'beta'));
    writeFileSync(join(dir, path('BETA-2026-0001', 'beta')), deal('BETA-2026-0001'));
    writeFileSync(join(dir, path('ALPHA-2026-0009')), deal('ALPHA-2026-0009'));
    writeFileSync(join(dir, 'registrations', 'alpha', '.draft.yaml'), deal('ALPHA-2026-0010'));
    symlinkSync(join(dir, path('ALPHA-2026-0005')), join(dir, path('ALPHA-2026-0011')));
    mkdirSync(join(dir, 'registrations', 'alpha', 'old'));
    writeFileSync(join(dir, 'registrations', 'alpha', 'old', 'X.yaml'), deal('ALPHA-2026-0012'));

    const quick = await reported(dir);
    expect(quick.listed).toBe(false);
    const long = await listedWay(dir);
    expect(quick.rels).toEqual(long.rels);
    expect(quick.facts).toEqual(long.facts);
    // Only the untouched files, the one linked to among them, have facts to take.
    const cached = quick.rels.filter((_, i) => quick.facts[i] !== null);
    expect(cached).toEqual([path('ALPHA-2026-0001'), path('ALPHA-2026-0005')]);
    expect(quick.rels).toContain(path('ALPHA-2026-0009'));
    // A link is listed both ways, to be refused when it is read.
    expect(quick.rels).toContain(path('ALPHA-2026-0011'));
  });

  it('lists the registrations once the tree no longer stands: a commit or a staged change', async () => {
    dir = committedDeal();
    await fill(dir);
    expect((await reported(dir)).listed).toBe(false);

    writeFileSync(join(dir, path('ALPHA-2026-0003')), deal('ALPHA-2026-0003'));
    git(dir, 'add', '.');
    const staged = await reported(dir);
    expect(staged.listed).toBe(true);
    expect(staged).toMatchObject(await listedWay(dir));

    commitAll(dir, 'another deal');
    const committed = await reported(dir);
    expect(committed.listed).toBe(true);
    expect(committed.rels).toEqual(registrationFiles(dir));
  });

  it('lists them where git is told not to look at a file, or no tree was kept', async () => {
    dir = committedDeal();
    await fill(dir);
    git(dir, 'update-index', '--assume-unchanged', path('ALPHA-2026-0002'));
    writeFileSync(
      join(dir, path('ALPHA-2026-0002')),
      deal('ALPHA-2026-0002', 'Harbor Plastics Co.'),
    );
    const assumed = await reported(dir);
    expect(assumed.listed).toBe(true);
    expect(assumed.facts).toEqual((await listedWay(dir)).facts);

    // Filled while a change was staged: no tree is kept, so none can be trusted later.
    git(dir, 'update-index', '--no-assume-unchanged', path('ALPHA-2026-0002'));
    git(dir, 'add', '.');
    rmSync(cacheFileOf(openWorkspace(dir)).file);
    await fill(dir);
    expect(storedTree(dir)).toBeUndefined();
    expect((await reported(dir)).listed).toBe(true);
  });

  it('keeps to what a listing names, however the folders changed since', async () => {
    const setups: [string, (root: string) => void, (root: string) => void][] = [
      [
        'a file gone when the cache was written, and back since',
        (root) => rmSync(join(root, path('ALPHA-2026-0002'))),
        (root) => git(root, 'checkout', '--', path('ALPHA-2026-0002')),
      ],
      [
        "a partner's folder now a link",
        () => undefined,
        (root) => {
          renameSync(join(root, 'registrations', 'alpha'), join(root, 'elsewhere'));
          symlinkSync(join(root, 'elsewhere'), join(root, 'registrations', 'alpha'));
        },
      ],
      [
        'registrations/ now a link',
        () => undefined,
        (root) => {
          renameSync(join(root, 'registrations'), join(root, 'elsewhere'));
          symlinkSync(join(root, 'elsewhere'), join(root, 'registrations'));
          writeFileSync(
            join(root, 'elsewhere', 'alpha', 'ALPHA-2026-0008.yaml'),
            deal('ALPHA-2026-0008'),
          );
        },
      ],
      [
        "a repository of its own in a partner's folder",
        (root) => {
          mkdirSync(join(root, 'registrations', 'zeta'));
          git(join(root, 'registrations', 'zeta'), 'init', '-q');
        },
        (root) => writeFileSync(join(root, path('ZETA-2026-0001', 'zeta')), deal('ZETA-2026-0001')),
      ],
      [
        'a sparse checkout widened',
        (root) =>
          git(
            root,
            'sparse-checkout',
            'set',
            '--no-cone',
            '/*',
            '!/registrations/alpha/ALPHA-2026-0003.yaml',
          ),
        (root) => git(root, 'sparse-checkout', 'disable'),
      ],
    ];
    for (const [what, before, after] of setups) {
      removeWorkspace(dir);
      dir = makeWorkspace({
        [path('ALPHA-2026-0002')]: deal('ALPHA-2026-0002'),
        [path('ALPHA-2026-0003')]: deal('ALPHA-2026-0003'),
      });
      initRepo(dir);
      commitAll(dir, 'deals');
      before(dir);
      await fill(dir);
      after(dir);
      // Where the listing refuses the tree (registrations/ a link), so must the cache.
      const outcome = async <T extends object>(run: () => Promise<T>): Promise<object> => {
        try {
          return await run();
        } catch (error) {
          return { error: error instanceof Error ? error.message : String(error) };
        }
      };
      const quick = await outcome(async () => {
        const { rels, facts } = await reported(dir);
        return { rels, facts };
      });
      expect({ what, ...quick }).toEqual({ what, ...(await outcome(() => listedWay(dir))) });
      if (what === 'registrations/ now a link') expect(quick).toHaveProperty('error');
    }
  });

  it('takes the facts of files git does not track from the cache while they are unchanged', async () => {
    dir = committedDeal();
    writeFileSync(join(dir, path('ALPHA-2026-0003')), deal('ALPHA-2026-0003'));
    await fill(dir);
    const quick = await reported(dir);
    expect(quick.listed).toBe(false);
    expect(quick.facts.every((f) => f !== null)).toBe(true);
    expect(quick.rels).toEqual(registrationFiles(dir));
  });

  it('never keeps the tree in a cache written by such a run without a tracked file', async () => {
    dir = committedDeal();
    // Filled by runs that report on a few files: no results, so each run may write.
    await reportedRun(dir);
    expect(storedTree(dir)).toBeDefined();
    rmSync(join(dir, path('ALPHA-2026-0002')));
    writeFileSync(join(dir, path('ALPHA-2026-0009')), deal('ALPHA-2026-0009'));
    await reportedRun(dir);
    git(dir, 'checkout', '--', path('ALPHA-2026-0002'));
    const { rels, facts } = await reported(dir);
    expect({ rels, facts }).toEqual(await listedWay(dir));
    expect(rels).toContain(path('ALPHA-2026-0002'));
  });

  it('lists the registrations where git is told to ignore case, and keys only the changed', async () => {
    dir = makeWorkspace({
      [path('ALPHA-2026-0002')]: deal('ALPHA-2026-0002'),
      [path('ALPHA-2026-0003')]: deal('ALPHA-2026-0003'),
      [path('ALPHA-2026-0004')]: deal('ALPHA-2026-0004'),
    });
    initRepo(dir);
    commitAll(dir, 'deals');
    await fill(dir);
    git(dir, 'config', 'core.ignorecase', 'true');
    // A copy and a rename whose names differ in case only, which git so told does not
    // report, and an edit, which it does.
    writeFileSync(
      join(dir, 'registrations', 'alpha', 'alpha-2026-0002.yaml'),
      deal('ALPHA-2026-0002'),
    );
    renameSync(
      join(dir, path('ALPHA-2026-0003')),
      join(dir, 'registrations', 'alpha', 'Alpha-2026-0003.yaml'),
    );
    writeFileSync(
      join(dir, path('ALPHA-2026-0004')),
      deal('ALPHA-2026-0004', 'Harbor Plastics Co.'),
    );
    vi.mocked(fileKeys).mockClear();
    const run = await reported(dir);
    expect(run.listed).toBe(true);
    expect(vi.mocked(fileKeys)).not.toHaveBeenCalled();
    expect(run.rels).toEqual(registrationFiles(dir));
    expect(run.rels).not.toContain(path('ALPHA-2026-0003'));
    expect(run.facts).toEqual((await listedWay(dir)).facts);
    const cached = run.rels.filter((_, i) => run.facts[i] !== null);
    expect(cached).toEqual([path('ALPHA-2026-0001'), path('ALPHA-2026-0002')]);
    // The tracked name of the file renamed has no entry now: the cache keeps no tree.
    await reportedRun(dir);
    expect(storedTree(dir)).toBeUndefined();
  });

  it('where git ignores case, lists the long way once a partner folder became a link', async () => {
    dir = makeWorkspace({ [path('ALPHA-2026-0002')]: deal('ALPHA-2026-0002') });
    initRepo(dir);
    commitAll(dir, 'deal');
    await fill(dir);
    git(dir, 'config', 'core.ignorecase', 'true');
    const alpha = join(dir, 'registrations', 'alpha');
    renameSync(alpha, join(dir, 'alpha-copy'));
    symlinkSync(join(dir, 'alpha-copy'), alpha);
    vi.mocked(fileKeys).mockClear();
    const run = await reported(dir);
    expect(vi.mocked(fileKeys)).toHaveBeenCalled();
    expect({ rels: run.rels, facts: run.facts }).toEqual(await listedWay(dir));
  });
});

describe('the first run that reports on a few files', () => {
  it('leaves a cache whose tree the next such run takes, with the reported file edited', async () => {
    dir = makeWorkspace({
      [path('ALPHA-2026-0002')]: deal('ALPHA-2026-0002'),
      [path('ALPHA-2026-0003')]: deal('ALPHA-2026-0003', 'Redwood Metals'),
    });
    initRepo(dir);
    commitAll(dir, 'deals');
    const edited = path('ALPHA-2026-0003');
    writeFileSync(join(dir, edited), deal('ALPHA-2026-0003', 'Redwood Metals Ltd.'));
    const run = { list: () => registrationFiles(dir), only: Promise.resolve([edited]), today };
    const first = await checkReported(openWorkspace(dir), { ...run, lean: true }, () => undefined);
    expect(storedTree(dir)).toBe(git(dir, 'rev-parse', 'HEAD:registrations').trim());
    const next = await reported(dir);
    expect(next.listed).toBe(false);
    expect(next).toEqual({ ...(await listedWay(dir)), listed: false });
    const again = await checkReported(openWorkspace(dir), { ...run, lean: true }, () => undefined);
    expect(again.findings).toEqual(first.findings);
  });
});

/** A run that reports on a few files, as checkReported makes it: its misses loaded and saved. */
async function reportedRun(root: string): Promise<void> {
  const ws = openWorkspace(root);
  const { rels, cache } = await openReportedCache(ws, () => registrationFiles(root), today);
  loadAndSave(
    ws,
    cache,
    rels.filter((rel) => !cache.hit(rel)),
  );
}

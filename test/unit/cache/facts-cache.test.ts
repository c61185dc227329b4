import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFactsCache } from '../../../src/cache/facts-cache.js';
import { checkUnitsParallel } from '../../../src/load/parallel.js';
import { blobId, readSource } from '../../../src/load/source.js';
import { normaliseName } from '../../../src/policy/normalise.js';
import { registrationFiles } from '../../../src/workspace/files.js';
import { openWorkspace } from '../../../src/workspace/load.js';
import { loadAndSave } from '../../helpers/cache.js';
import { commitAll, git, initRepo } from '../../helpers/git.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../../helpers/workspace.js';

let dir = '';
afterEach(() => removeWorkspace(dir));

const today = '2026-11-26';
const a = 'registrations/alpha/ALPHA-2026-0002.yaml';
const b = 'registrations/alpha/ALPHA-2026-0003.yaml';
const c = 'registrations/alpha/ALPHA-2026-0004.yaml';
const deal = (id: string, name = 'Meridian Foods Ltd.'): string =>
  validDeal.replace('ALPHA-2026-0002', id).replace('Meridian Foods Ltd.', name);

/** One run as validate does it: the files whose facts were not cached are loaded and saved. */
async function misses(root: string): Promise<string[]> {
  const ws = openWorkspace(root);
  const rels = registrationFiles(root);
  const cache = await openFactsCache(ws, rels, today);
  const missed = rels.filter((rel) => !cache.hit(rel));
  loadAndSave(ws, cache, missed);
  return missed;
}

async function cachedName(root: string, rel: string): Promise<string | undefined> {
  const cache = await openFactsCache(openWorkspace(root), registrationFiles(root), today);
  return cache.hit(rel)?.name;
}

describe('the facts cache', () => {
  it('in git, invalidates exactly the files edited, added or renamed', async () => {
    dir = makeWorkspace({ [a]: deal('ALPHA-2026-0002'), [b]: deal('ALPHA-2026-0003') });
    initRepo(dir);
    commitAll(dir, 'two deals');
    const all = registrationFiles(dir);
    expect(await misses(dir)).toEqual(all);
    expect(await misses(dir)).toEqual([]);

    writeFileSync(join(dir, a), deal('ALPHA-2026-0002', 'Harbor Plastics Co.'));
    expect(await misses(dir)).toEqual([a]);
    expect(await cachedName(dir, a)).toBe(normaliseName('Harbor Plastics Co.'));

    writeFileSync(join(dir, c), deal('ALPHA-2026-0004'));
    expect(await misses(dir)).toEqual([c]);

    rmSync(join(dir, b));
    expect(await misses(dir)).toEqual([]);
    expect(await cachedName(dir, b)).toBeUndefined();

    const renamed = 'registrations/alpha/ALPHA-2026-0005.yaml';
    renameSync(join(dir, c), join(dir, renamed));
    expect(await misses(dir)).toEqual([renamed]);
  });

  it('gives back the file of every entry, whether or not it is where its id belongs', async () => {
    const misnamed = 'registrations/alpha/old-name.yml';
    const elsewhere = 'registrations/beta/ALPHA-2026-0005.yaml';
    dir = makeWorkspace({
      [a]: deal('ALPHA-2026-0002'),
      [misnamed]: deal('ALPHA-2026-0003'),
      [elsewhere]: deal('ALPHA-2026-0005'),
    });
    const rels = registrationFiles(dir);
    expect(await misses(dir)).toEqual(rels);
    const cache = await openFactsCache(openWorkspace(dir), rels, today);
    expect(rels.map((rel) => cache.hit(rel)?.file)).toEqual(rels);
    expect(rels).toEqual(expect.arrayContaining([a, misnamed, elsewhere]));
  });

  it('in a SHA-256 repository, keys files by size and time and still hits', async () => {
    dir = makeWorkspace({ [a]: deal('ALPHA-2026-0002'), [b]: deal('ALPHA-2026-0003') });
    initRepo(dir, undefined, undefined, { objectFormat: 'sha256' });
    commitAll(dir, 'two deals');
    const all = registrationFiles(dir);
    expect(await misses(dir)).toEqual(all);
    expect(await misses(dir)).toEqual([]);
    writeFileSync(join(dir, a), deal('ALPHA-2026-0002', 'Harbor Plastics Co.'));
    expect(await misses(dir)).toEqual([a]);
  });

  it('hits where git writes the files with CRLF, as Git for Windows does by default', async () => {
    dir = makeWorkspace({ [a]: deal('ALPHA-2026-0002'), [b]: deal('ALPHA-2026-0003') });
    initRepo(dir);
    commitAll(dir, 'two deals');
    git(dir, 'config', 'core.autocrlf', 'true');
    rmSync(join(dir, 'registrations'), { recursive: true });
    git(dir, 'checkout', '--', '.');
    expect(readFileSync(join(dir, a), 'utf8')).toContain('\r\n');
    expect(git(dir, 'status', '--porcelain')).toBe('');
    const all = registrationFiles(dir);
    expect(await misses(dir)).toEqual(all);
    expect(await misses(dir)).toEqual([]);
    // An edit is still an edit, whatever its line ends.
    writeFileSync(
      join(dir, a),
      deal('ALPHA-2026-0002', 'Harbor Plastics Co.').replaceAll('\n', '\r\n'),
    );
    expect(await misses(dir)).toEqual([a]);
    expect(await cachedName(dir, a)).toBe(normaliseName('Harbor Plastics Co.'));
    expect(await misses(dir)).toEqual([]);
  });

  it('keeps no result for a file whose CRLF form might be over the size limit', async () => {
    // 2,000 lines of 10 bytes, 20,000 bytes with LF and 22,000 with CRLF, around a limit of 21,000.
    const padded = `${deal('ALPHA-2026-0002')}${'# padding\n'.repeat(2000)}`;
    dir = makeWorkspace({ [a]: padded, [b]: deal('ALPHA-2026-0003') });
    const config = join(dir, 'reg.config.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}limits:\n  max_file_bytes: 21000\n`);
    initRepo(dir);
    commitAll(dir, 'two deals');
    expect(await misses(dir)).toEqual(registrationFiles(dir));
    expect(await misses(dir)).toEqual([a]);
    // With CRLF in the working tree the same blob is a file too large to read.
    git(dir, 'config', 'core.autocrlf', 'true');
    rmSync(join(dir, 'registrations'), { recursive: true });
    git(dir, 'checkout', '--', '.');
    expect(git(dir, 'status', '--porcelain')).toBe('');
    const ws = openWorkspace(dir);
    const cache = await openFactsCache(ws, registrationFiles(dir), today);
    expect(cache.result(a)).toBeUndefined();
    const [unit] = await checkUnitsParallel(ws, [a], today);
    expect(unit?.drafts.map((d) => d.rule)).toEqual(['yaml.too-large']);
  });

  it('takes the CRLF form of a file for its LF blob only where no other CR is left', () => {
    dir = makeWorkspace({});
    const limits = { maxFileBytes: 1 << 20, maxAliases: 100 };
    const read = (text: string) => {
      writeFileSync(join(dir, 'x.yaml'), text);
      return readSource(join(dir, 'x.yaml'), 'x.yaml', limits, true).read;
    };
    const lf = 'customer:\n  name: "Meridian\n    Foods"\n';
    expect(read(lf)?.lfBlob).toBeUndefined();
    expect(read(lf.replaceAll('\n', '\r\n'))?.lfBlob).toBe(blobId(Buffer.from(lf)));
    // "Meridian\r\r\n" is two line breaks, "Meridian\r\n" one: not the same document.
    expect(read(lf.replace('Meridian\n', 'Meridian\r\r\n'))?.lfBlob).toBeUndefined();
  });

  it('notices an edit to a file git was told not to watch', async () => {
    dir = makeWorkspace({ [a]: deal('ALPHA-2026-0002') });
    initRepo(dir);
    commitAll(dir, 'one deal');
    await misses(dir);
    git(dir, 'update-index', '--assume-unchanged', a);
    writeFileSync(join(dir, a), deal('ALPHA-2026-0002', 'Harbor Plastics Co.'));
    expect(await misses(dir)).toEqual([a]);
    expect(await cachedName(dir, a)).toBe(normaliseName('Harbor Plastics Co.'));
  });

  it('hits in a fresh clone given the cache folder, since blob ids do not change', async () => {
    dir = makeWorkspace({ [a]: deal('ALPHA-2026-0002') });
    initRepo(dir);
    commitAll(dir, 'one deal');
    await misses(dir);
    const clone = `${dir}-clone`;
    try {
      git(dir, 'clone', '-q', dir, clone);
      cpSync(join(dir, '.git', 'regkit'), join(clone, '.git', 'regkit'), { recursive: true });
      expect(await misses(clone)).toEqual([]);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('outside git, invalidates a file whose size and time changed', async () => {
    dir = makeWorkspace({ [a]: deal('ALPHA-2026-0002'), [b]: deal('ALPHA-2026-0003') });
    await misses(dir);
    expect(await misses(dir)).toEqual([]);
    writeFileSync(join(dir, b), deal('ALPHA-2026-0003', 'Oakridge Textiles Group'));
    expect(await misses(dir)).toEqual([b]);
  });

  it('starts afresh when the policy changes', async () => {
    dir = makeWorkspace({ [a]: deal('ALPHA-2026-0002') });
    await misses(dir);
    const policy = join(dir, 'reg.config.yaml');
    writeFileSync(policy, `${readFileSync(policy, 'utf8')}\n# edited\n`);
    expect(await misses(dir)).toEqual(registrationFiles(dir));
  });

  it('once written, removes files of other stamps and of the naming before, and nothing else', async () => {
    dir = makeWorkspace({ [a]: deal('ALPHA-2026-0002') });
    await misses(dir);
    const folder = join(dir, '.reg-cache');
    const [own] = readdirSync(folder);
    const tag = own?.slice(0, 'facts-'.length + 9) ?? '';
    const stale = [`${tag}0123456789abcdef.json`, 'facts-0123456789abcdef.json'];
    const kept = ['facts-0123abcd-0123456789abcdef.json', 'facts-notes.json', 'README'];
    for (const name of [...stale, ...kept]) writeFileSync(join(folder, name), '');
    writeFileSync(join(dir, a), deal('ALPHA-2026-0002', 'Harbor Plastics Co.'));
    await misses(dir);
    expect(readdirSync(folder).sort()).toEqual([own, ...kept].sort());
  });
});

/** One full run as validate does it: files with a cached result are not loaded. */
async function reloaded(root: string, day = today): Promise<string[]> {
  const ws = openWorkspace(root);
  const rels = registrationFiles(root);
  const cache = await openFactsCache(ws, rels, day);
  const load = rels.filter((rel) => !cache.result(rel));
  cache.save(await checkUnitsParallel(ws, load, day, { lean: true }));
  return load;
}

describe('cached results of the checks of one file', () => {
  const withAttachment = deal('ALPHA-2026-0003').replace(
    'products:',
    'attachments:\n  - type: forecast\n    path: attachments/ALPHA-2026-0003/forecast.xlsx\nproducts:',
  );
  const attachment = 'attachments/ALPHA-2026-0003/forecast.xlsx';

  it('are reused while nothing they read changed', async () => {
    dir = makeWorkspace({
      [a]: deal('ALPHA-2026-0002'),
      [attachment]: 'xlsx',
      [b]: withAttachment,
    });
    initRepo(dir);
    commitAll(dir, 'two deals');
    expect(await reloaded(dir)).toEqual(registrationFiles(dir));
    expect(await reloaded(dir)).toEqual([]);
  });

  it('hold for one day only, since the date checks read the day', async () => {
    dir = makeWorkspace({ [a]: deal('ALPHA-2026-0002') });
    await reloaded(dir);
    expect(await reloaded(dir, '2026-11-27')).toEqual(registrationFiles(dir));
    expect(await reloaded(dir, '2026-11-27')).toEqual([]);
  });

  it('are dropped when a partner profile changes', async () => {
    dir = makeWorkspace({ [a]: deal('ALPHA-2026-0002') });
    await reloaded(dir);
    const profile = join(dir, 'partners', 'alpha.yaml');
    writeFileSync(profile, `${readFileSync(profile, 'utf8')}# edited\n`);
    expect(await reloaded(dir)).toEqual(registrationFiles(dir));
  });

  it('are dropped for a file whose attachment went missing or changed size', async () => {
    dir = makeWorkspace({
      [a]: deal('ALPHA-2026-0002'),
      [attachment]: 'xlsx',
      [b]: withAttachment,
    });
    await reloaded(dir);
    writeFileSync(join(dir, attachment), 'a larger spreadsheet');
    expect(await reloaded(dir)).toEqual([b]);
    rmSync(join(dir, attachment));
    expect(await reloaded(dir)).toEqual([b]);
    expect(await reloaded(dir)).toEqual([]);
  });

  it('are never kept for a file with waivers, whose document the waiver step reads', async () => {
    const waived = deal('ALPHA-2026-0003').replace(
      'products:',
      'waivers:\n  - rule: completeness.field\n    reason: The customer asked us not to share it yet\nproducts:',
    );
    dir = makeWorkspace({ [a]: deal('ALPHA-2026-0002'), [b]: waived });
    await reloaded(dir);
    expect(await reloaded(dir)).toEqual([b]);
  });

  it('are never kept for a file gone or changed between listing and reading', async () => {
    dir = makeWorkspace({ [a]: deal('ALPHA-2026-0002'), [b]: deal('ALPHA-2026-0003') });
    initRepo(dir);
    commitAll(dir, 'two deals');
    const ws = openWorkspace(dir);
    const rels = registrationFiles(dir);
    const cache = await openFactsCache(ws, rels, today);
    renameSync(join(dir, a), join(dir, `${a}.away`));
    writeFileSync(join(dir, b), deal('ALPHA-2026-0003', 'Harbor Plastics Co.'));
    cache.save(await checkUnitsParallel(ws, rels, today, { lean: true }));
    renameSync(join(dir, `${a}.away`), join(dir, a));
    git(dir, 'checkout', '-q', '--', b);
    expect(await reloaded(dir)).toEqual([a, b]);
    expect(await cachedName(dir, b)).toBe(normaliseName('Meridian Foods Ltd.'));
  });

  it('survive a run that reports on a few files and reads only facts', async () => {
    dir = makeWorkspace({ [a]: deal('ALPHA-2026-0002'), [b]: deal('ALPHA-2026-0003') });
    await reloaded(dir);
    writeFileSync(join(dir, b), deal('ALPHA-2026-0003', 'Oakridge Textiles Group'));
    const ws = openWorkspace(dir);
    const rels = registrationFiles(dir);
    const few = await openFactsCache(ws, rels, today, undefined, true);
    few.save(await checkUnitsParallel(ws, [b], today, { lean: true }));
    expect(await reloaded(dir)).toEqual([b]);
  });

  it('are keyed by the bytes read only in a run that keeps the cache', async () => {
    dir = makeWorkspace({ [a]: deal('ALPHA-2026-0002') });
    const ws = openWorkspace(dir);
    const blobs = async (keyed: boolean): Promise<(string | undefined)[]> =>
      (await checkUnitsParallel(ws, [a], today, { lean: true, keyed })).map(
        (u) => u.loaded.source.read?.blob,
      );
    const [blob] = await blobs(true);
    const text = readFileSync(join(dir, a));
    const expected = createHash('sha1').update(`blob ${text.length}\0`).update(text).digest('hex');
    expect(blob).toBe(expected);
    expect(await blobs(false)).toEqual([undefined]);
  });
});

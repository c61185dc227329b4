import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/cli/errors.js';
import type { Globals } from '../../src/cli/globals.js';
import { initCommand } from '../../src/commands/init.js';
import { newCommand } from '../../src/commands/new.js';
import { setLanguage } from '../../src/i18n/index.js';
import { writeAtomic } from '../../src/workspace/atomic.js';
import { injectWriteFault } from '../../src/workspace/write-error.js';
import { makeWorkspace, removeWorkspace, validDealFields } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => {
  injectWriteFault(undefined);
  dirs.splice(0).forEach(removeWorkspace);
  vi.restoreAllMocks();
  setLanguage('en');
});

const globals = (cwd: string): Globals => ({
  cwd,
  lang: 'en',
  color: false,
  quiet: true,
  debug: false,
});

/** A system error as the kernel reports it, thrown once the temporary file is written. */
function failWith(code: string, after = 0): void {
  let left = after;
  injectWriteFault(() => {
    if (left-- > 0) return;
    throw Object.assign(new Error(`${code}: simulated`), { code });
  });
}

function everyFile(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
}

function quiet(): void {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
}


async function newDeal(root: string): Promise<unknown> {
  const flags = { yes: true, partner: 'alpha', set: [...validDealFields], today: '2026-11-25' };
  return newCommand('deal', flags, globals(root)).catch((error: unknown) => error);
}

describe('reg new when the disk refuses the write', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the file system is read-only'],
    ['EACCES', 'permission denied'],
  ])('%s: says what happened and leaves no file, whole or partial', async (code, words) => {
    const root = makeWorkspace();
    dirs.push(root);
    const before = everyFile(root);
    failWith(code);
    quiet();
    const error = await newDeal(root);
    expect(error).toBeInstanceOf(UserError);
    const message = (error as UserError).message;
    expect(message).toContain(words);
    expect(message).toContain(code);
    expect(message).toContain('ALPHA-2026-0002.yaml');
    expect(everyFile(root)).toEqual(before);
  });

  it('writes the file once the disk has room again', async () => {
    const root = makeWorkspace();
    dirs.push(root);
    failWith('ENOSPC');
    quiet();
    await newDeal(root);
    injectWriteFault(undefined);
    expect(await newDeal(root)).toBe(0);
    expect(everyFile(root)).toContain(join('registrations', 'alpha', 'ALPHA-2026-0002.yaml'));
  });
});

describe('reg init when the disk fills up part way', () => {
  it('stops with the reason, leaves only whole files, and a second run completes it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'regkit-init-fault-'));
    dirs.push(root);
    failWith('ENOSPC', 3);
    quiet();
    const error = await initCommand(undefined, globals(root)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/Could not write .*: the disk is full \(ENOSPC\)/);
    const partial = everyFile(root);
    expect(partial.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(join(root, 'reg.config.yaml'), 'utf8')).toMatch(/\n$/);

    injectWriteFault(undefined);
    expect(await initCommand(undefined, globals(root))).toBe(0);
    const full = everyFile(root);
    expect(full.length).toBeGreaterThan(partial.length);
    expect(full).toEqual(expect.arrayContaining(partial));
  });
});

describe('an atomic replacement (reg docs --out) when the disk is full', () => {
  it('keeps the old content and removes its temporary file', () => {
    const root = mkdtempSync(join(tmpdir(), 'regkit-atomic-fault-'));
    dirs.push(root);
    const file = join(root, 'PROCESS.md');
    writeFileSync(file, 'old\n');
    failWith('ENOSPC');
    expect(() => writeAtomic(file, 'new\n')).toThrow(/the disk is full \(ENOSPC\)/);
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(readdirSync(root)).toEqual(['PROCESS.md']);
  });
});

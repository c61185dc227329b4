import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/workspace/atomic.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'regkit-atomic-'));
  dirs.push(dir);
  return dir;
}

describe('writeAtomic, the one writer of every command', () => {
  it('creates a file in a new folder and leaves no temporary file behind', () => {
    const dir = folder();
    expect(writeAtomic(join(dir, 'a/b/report.md'), 'new\n')).toBe(true);
    expect(readFileSync(join(dir, 'a/b/report.md'), 'utf8')).toBe('new\n');
    expect(readdirSync(join(dir, 'a/b'))).toEqual(['report.md']);
  });

  it('leaves a file that exists as it is unless told to replace it', () => {
    const dir = folder();
    const file = join(dir, 'PROCESS.md');
    writeFileSync(file, 'mine\n');
    expect(writeAtomic(file, 'theirs\n')).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
    expect(writeAtomic(file, 'generated\n', { replace: true })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('generated\n');
    expect(readdirSync(dir)).toEqual(['PROCESS.md']);
  });

  it('writes a text made in parts as it is made, more than a megabyte of them', () => {
    const dir = folder();
    const file = join(dir, 'docs.json');
    const line = `${'数据'.repeat(300)}\n`;
    function* parts(): Iterable<string> {
      for (let i = 0; i < 2000; i += 1) yield `${i} ${line}`;
    }
    expect(writeAtomic(file, parts, { replace: true })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe([...parts()].join(''));
    writeFileSync(file, 'mine\n');
    expect(writeAtomic(file, parts)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
    expect(readdirSync(dir)).toEqual(['docs.json']);
  });

  it('does not overwrite a file that appears while it writes', () => {
    const dir = folder();
    const file = join(dir, 'ALPHA-2026-0001.yaml');
    const race = (target: string): void => writeFileSync(target, 'the other run\n');
    expect(writeAtomic(file, 'this run\n', { before: race })).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('the other run\n');
    expect(readdirSync(dir)).toEqual(['ALPHA-2026-0001.yaml']);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  changeKept as changeKeptRow,
  documentsFile,
  renameKept as renameKeptRow,
} from '../helpers/cache.js';
import { reg } from '../helpers/cli.js';
import {
  branchWith,
  makeRegistryRepo,
  read,
  removeRepo,
  write,
  type RegistryRepo,
} from '../helpers/registry-repo.js';
import { validDeal } from '../helpers/workspace.js';

const alphaFile = 'registrations/alpha/ALPHA-2026-0001.yaml';
const newFile = 'registrations/alpha/ALPHA-2026-0002.yaml';

let repo: RegistryRepo;
afterEach(() => removeRepo(repo));

interface Row {
  id: string;
  state: string;
  tier: string;
  protection_end: string;
  merged_at: string;
  customer: string;
}

function list(args: string[]) {
  return reg(['list', '--today', '2026-11-25', ...args], { cwd: repo.ws });
}

function rows(args: string[] = []): Row[] {
  const result = list([...args, '--format', 'json']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout).registrations as Row[];
}

describe("reg list derives each registration's state", () => {
  it('counts a registration on the base branch as active and one only on a branch as pending', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'alpha/new', { [newFile]: validDeal });
    expect(rows().map((r) => [r.id, r.state])).toEqual([
      ['ALPHA-2026-0001', 'active'],
      ['ALPHA-2026-0002', 'pending'],
    ]);
  });

  it('dates a merged registration by the merge on the first-parent line, in UTC', () => {
    repo = makeRegistryRepo();
    const [merged] = rows();
    expect(merged?.merged_at).toBe('2026-11-21T08:30:00.000Z');
    expect(merged?.protection_end).toBe('2027-02-18');
  });

  it('reads the base branch for a workspace in a subfolder of its repository', () => {
    repo = makeRegistryRepo({ subfolder: 'channel/acme' });
    branchWith(repo, 'alpha/new', { [newFile]: validDeal });
    expect(rows().map((r) => [r.id, r.state, r.merged_at])).toEqual([
      ['ALPHA-2026-0001', 'active', '2026-11-21T08:30:00.000Z'],
      ['ALPHA-2026-0002', 'pending', ''],
    ]);
  });

  it('filters by state and partner', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'alpha/new', { [newFile]: validDeal });
    expect(rows(['--state', 'pending']).map((r) => r.id)).toEqual(['ALPHA-2026-0002']);
    expect(rows(['--partner', 'beta'])).toEqual([]);
    expect(list(['--partner', 'beta']).stdout).toContain('No registration matches.');
  });

  it('shows registrations whose protection ends within the given days', () => {
    repo = makeRegistryRepo();
    const at = (today: string, days: string) =>
      reg(['list', '--today', today, '--expiring', days, '--format', 'json'], { cwd: repo.ws });
    const ids = (r: { stdout: string }) => JSON.parse(r.stdout).registrations.map((x: Row) => x.id);
    expect(ids(at('2027-02-10', '10'))).toEqual(['ALPHA-2026-0001']);
    expect(ids(at('2027-02-10', '5'))).toEqual([]);
  });

  it('derives expired after the protection end, and won from the outcome', () => {
    repo = makeRegistryRepo();
    const later = reg(['list', '--today', '2027-03-01', '--format', 'json'], { cwd: repo.ws });
    expect(JSON.parse(later.stdout).registrations[0].state).toBe('expired');
    const won = `${read(repo.ws, alphaFile)}outcome:\n  status: won\n  on: 2026-11-25\n`;
    branchWith(repo, 'alpha/won', { [alphaFile]: won });
    expect(rows()[0]?.state).toBe('won');
  });

  it('writes CSV per RFC 4180 and never lets a cell start a spreadsheet formula', () => {
    repo = makeRegistryRepo();
    const tricky = validDeal.replace('Meridian Foods Ltd.', '=HYPERLINK(1), "Ltd"');
    branchWith(repo, 'alpha/new', { [newFile]: tricky });
    const result = list(['--format', 'csv']);
    const records = result.stdout.split('\r\n');
    expect(records[0]).toBe(
      'id,partner,kind,customer,tier,state,submitted_on,protection_end,merged_at',
    );
    expect(records[2]).toContain(',"\'=HYPERLINK(1), ""Ltd""",');
    expect(records.at(-1)).toBe('');
  });

  it('heads the table and words the states in Chinese, and keeps JSON in field names', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'alpha/new', { [newFile]: validDeal });
    const table = list(['--lang', 'zh-CN']);
    expect(table.code).toBe(0);
    const [header = '', first = '', second = ''] = table.stdout.split('\n');
    expect(header.split(/\s{2,}/)).toEqual([
      '编号',
      '合作伙伴',
      '类型',
      '客户',
      '级别',
      '状态',
      '提交日期',
      '保护期截止',
      '合并时间',
    ]);
    expect(first).toContain('保护中');
    expect(second).toContain('待审批');
    expect(table.stdout).toMatch(/共 2 个报备。/);
    const json = JSON.parse(list(['--lang', 'zh-CN', '--format', 'json']).stdout) as {
      registrations: Row[];
    };
    expect(json.registrations.map((r) => r.state)).toEqual(['active', 'pending']);
  });

  it('refuses an unknown partner with exit 2, naming the partners there are', () => {
    repo = makeRegistryRepo();
    const r = list(['--partner', 'alpah']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/There is no partner "alpah"; the partners are: .*alpha/);
  });

  it('refuses an unknown state with exit 2', () => {
    repo = makeRegistryRepo();
    const result = list(['--state', 'approved']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown state "approved"');
  });

  it('refuses a --base that the repository does not have', () => {
    repo = makeRegistryRepo();
    const result = list(['--base', 'release']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('The base release is not a branch');
  });
});

describe('reg list and the documents reg report keeps', () => {
  const docsFile = (): string | undefined => documentsFile(join(repo.top, '.git', 'regkit'));
  const changeKept = (rel: string, change: (doc: string) => string): void =>
    changeKeptRow(docsFile() as string, rel, change);
  const renameKept = (rel: string, name: string): void =>
    renameKeptRow(docsFile() as string, rel, name);

  it('reads them for the files unchanged, loads the others, and starts none itself', () => {
    repo = makeRegistryRepo();
    write(repo.ws, { [newFile]: validDeal });
    expect(rows().map((r) => r.id)).toEqual(['ALPHA-2026-0001', 'ALPHA-2026-0002']);
    expect(docsFile()).toBeUndefined();

    expect(reg(['report', '--today', '2026-11-25'], { cwd: repo.ws }).code).toBe(0);
    expect(docsFile()).toBeDefined();
    // A kept document stands in for its file, which is not read again...
    renameKept(alphaFile, 'Kept Name Ltd.');
    expect(rows().find((r) => r.id === 'ALPHA-2026-0001')?.customer).toBe('Kept Name Ltd.');
    expect(rows(['--no-cache']).find((r) => r.id === 'ALPHA-2026-0001')?.customer).not.toBe(
      'Kept Name Ltd.',
    );
    // ...until the file changes, and the list keeps what it loaded.
    write(repo.ws, {
      [alphaFile]: read(repo.ws, alphaFile).replace('苏州精工机械有限公司', 'Edited Ltd.'),
    });
    write(repo.ws, { [newFile]: validDeal.replace('Meridian Foods Ltd.', 'Second Ltd.') });
    const fresh = rows();
    expect(fresh).toEqual(rows(['--no-cache']));
    expect(fresh.map((r) => r.customer)).toEqual(['Edited Ltd.', 'Second Ltd.']);
    expect(readFileSync(docsFile() as string, 'utf8')).toContain('Second Ltd.');
  });

  it('reads a file again whose kept row holds no document, and mends the row', () => {
    repo = makeRegistryRepo();
    expect(reg(['report', '--today', '2026-11-25'], { cwd: repo.ws }).code).toBe(0);
    changeKept(alphaFile, () => '{"id": oops');
    const mended = list(['--format', 'json']);
    expect(mended.stderr).toBe('');
    expect(JSON.parse(mended.stdout)).toEqual(
      JSON.parse(list(['--format', 'json', '--no-cache']).stdout),
    );
    expect(readFileSync(docsFile() as string, 'utf8')).not.toContain('oops');
  });
});

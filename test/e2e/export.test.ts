import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsFile, renameKept } from '../helpers/cache.js';
import { reg, repoRoot } from '../helpers/cli.js';
import { commitAll, git, initRepo } from '../helpers/git.js';
import { dealNamed, parseCsv } from '../helpers/report.js';
import { makeWorkspace, minimalFixture, removeWorkspace } from '../helpers/workspace.js';

const mappings = `export:
  mappings:
    salesforce:
      columns:
        - { header: Name, field: opportunity.title }
        - { header: AccountName, field: customer.name }
        - { header: Amount, field: opportunity.value }
        - { header: Registration_Id__c, field: id }
        - { header: Registration_Tier__c, field: tier }
        - { header: Protection_End__c, field: protection_end }
    hubspot:
      columns:
        - { header: Registration ID, field: id }
        - { header: __proto__, field: state }
        - { header: Products, field: products }
`;

const files: Record<string, string> = {
  'reg.config.yaml': readFileSync(join(minimalFixture, 'reg.config.yaml'), 'utf8') + mappings,
  'registrations/alpha/ALPHA-2026-0002.yaml': dealNamed('ALPHA-2026-0002', 'Won Customer').concat(
    'outcome: { status: won, on: 2026-12-01 }\n',
  ),
  'registrations/alpha/ALPHA-2026-0003.yaml': dealNamed('ALPHA-2026-0003', 'Lost Customer').concat(
    'outcome: { status: lost, on: 2026-12-01, reason_code: price }\n',
  ),
  'registrations/alpha/ALPHA-2026-0004.yaml': dealNamed(
    'ALPHA-2026-0004',
    'Returned Customer',
  ).concat('decision: { status: returned, reason_code: needs-info }\n'),
  'registrations/alpha/ALPHA-2026-0005.yaml': dealNamed(
    'ALPHA-2026-0005',
    'Rejected Customer',
  ).concat('decision: { status: rejected, reason_code: duplicate }\n'),
  'registrations/alpha/ALPHA-2026-0006.yaml': dealNamed('ALPHA-2026-0006', '=cmd|"/c calc"!A1'),
};

let dir = '';
beforeAll(() => {
  dir = makeWorkspace(files);
});
afterAll(() => removeWorkspace(dir));

const run = (args: string[]) => reg(['export', '--today', '2026-12-03', ...args], { cwd: dir });

describe('reg export --format csv', () => {
  it('lays out approved registrations in the columns and order of the first mapping', () => {
    const r = run([]);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual([
      'Name',
      'AccountName',
      'Amount',
      'Registration_Id__c',
      'Registration_Tier__c',
      'Protection_End__c',
    ]);
    expect(rows.slice(1).map((row) => row[3])).toEqual([
      'ALPHA-2026-0001',
      'ALPHA-2026-0002',
      'ALPHA-2026-0006',
    ]);
    expect(rows[1]).toEqual([
      'Line 3 retrofit',
      '苏州精工机械有限公司',
      '320000',
      'ALPHA-2026-0001',
      'standard',
      '2027-02-18',
    ]);
  });

  it('keeps a customer named like a formula from running in a spreadsheet', () => {
    const rows = parseCsv(run(['--mapping', 'salesforce']).stdout);
    const evil = rows.find((row) => row[3] === 'ALPHA-2026-0006');
    expect(evil?.[1]).toBe(`'=cmd|"/c calc"!A1`);
    expect(evil?.[0]).toBe(`'=cmd|"/c calc"!A1`);
  });

  it('starts with a byte-order mark when asked', () => {
    expect(run(['--bom']).stdout.startsWith('\ufeffName,AccountName')).toBe(true);
  });
});

describe('reg export --format json', () => {
  it('keys each record by the headers of the mapping, a __proto__ header included', () => {
    const r = run(['--format', 'json', '--mapping', 'hubspot']);
    const out = JSON.parse(r.stdout) as {
      version: number;
      mapping: string;
      records: Record<string, unknown>[];
    };
    expect(out.mapping).toBe('hubspot');
    expect(out.records).toHaveLength(3);
    expect(Object.keys(out.records[1] ?? {})).toEqual(['Registration ID', '__proto__', 'Products']);
    expect(out.records[1]).toMatchObject({
      'Registration ID': 'ALPHA-2026-0002',
      Products: '{"line":"servo","quantity":4}',
    });
    expect(r.stdout).toContain('"__proto__": "won"');
  });
});

describe('reg export refuses', () => {
  it('a mapping the policy does not have, naming those it has', () => {
    const r = run(['--mapping', 'dynamics']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no export mapping "dynamics"; it has: salesforce, hubspot/);
  });

  it('a policy with no mappings, with a hint how to add one', () => {
    const plain = makeWorkspace();
    const r = reg(['export'], { cwd: plain });
    removeWorkspace(plain);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/hint: Add export.mappings to reg.config.yaml/);
  });
});

describe('the acme example', () => {
  it('ships a Salesforce and a HubSpot mapping that export its approved deals', () => {
    const acme = join(repoRoot, 'examples', 'acme-channel');
    for (const mapping of ['salesforce', 'hubspot']) {
      const r = reg(['export', '--mapping', mapping, '--today', '2026-12-03'], { cwd: acme });
      expect(r.code).toBe(0);
      expect(parseCsv(r.stdout).length).toBeGreaterThan(5);
    }
  });
});

describe('reg export and the documents reg report keeps', () => {
  it('reads them for the files unchanged, still leaving out those the schema refuses', () => {
    const root = makeWorkspace({
      ...files,
      'registrations/alpha/ALPHA-2026-0007.yaml': dealNamed(
        'ALPHA-2026-0007',
        'Odd Customer',
      ).replace('stage: qualify', 'stage: someday'),
    });
    try {
      const exported = (args: string[] = []) =>
        reg(['export', '--today', '2026-12-03', '--format', 'json', ...args], { cwd: root });
      expect(reg(['report', '--today', '2026-12-03'], { cwd: root }).code).toBe(0);
      const kept = documentsFile(join(root, '.reg-cache')) as string;
      expect(readFileSync(kept, 'utf8')).toContain('ALPHA-2026-0007');
      const fresh = exported(['--no-cache']);
      expect(fresh.stdout).not.toContain('ALPHA-2026-0007');
      expect(exported().stdout).toBe(fresh.stdout);
      // A kept document stands in for its file.
      renameKept(kept, 'registrations/alpha/ALPHA-2026-0002.yaml', 'Kept Name Ltd.');
      expect(exported().stdout).toContain('Kept Name Ltd.');
      expect(exported(['--no-cache']).stdout).toBe(fresh.stdout);
    } finally {
      removeWorkspace(root);
    }
  });

  it('refuses a working copy that CRLF made too large, as without the cache', () => {
    const alpha = 'registrations/alpha/ALPHA-2026-0001.yaml';
    const text = readFileSync(join(minimalFixture, alpha), 'utf8');
    const lines = text.split('\n').length - 1;
    // Just under the limit with LF, over it with CRLF.
    const limit = 2000;
    const padded = `${text}# ${'x'.repeat(limit - text.length - lines - 4)}\n`;
    const root = makeWorkspace({
      'reg.config.yaml': `${files['reg.config.yaml']}limits:\n  max_file_bytes: ${limit}\n`,
      [alpha]: padded,
    });
    try {
      initRepo(root);
      commitAll(root, 'workspace');
      const exported = (args: string[] = []) =>
        reg(['export', '--today', '2026-12-03', '--format', 'json', ...args], { cwd: root });
      expect(exported().stdout).toContain('ALPHA-2026-0001');
      reg(['report', '--today', '2026-12-03'], { cwd: root });
      git(root, 'config', 'core.autocrlf', 'true');
      rmSync(join(root, alpha));
      git(root, 'checkout', '--', alpha);
      expect(readFileSync(join(root, alpha)).length).toBeGreaterThan(limit);
      const fresh = exported(['--no-cache']);
      expect(fresh.stdout).not.toContain('ALPHA-2026-0001');
      expect(exported().stdout).toBe(fresh.stdout);
    } finally {
      removeWorkspace(root);
    }
  });
});

import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { commitAll, git, initRepo } from '../helpers/git.js';
import { dealNamed } from '../helpers/report.js';
import { makeWorkspace, minimalFixture, removeWorkspace } from '../helpers/workspace.js';

let dir = '';
const path = (id: string) => join(dir, 'registrations', 'alpha', `${id}.yaml`);
const deal = (id: string, submitted: string, extra = '') =>
  dealNamed(id, `Customer of ${id}`).replace(
    'submitted_on: 2026-11-25',
    `submitted_on: ${submitted}`,
  ) + extra;

/*
 * A history on known dates: two registrations before November, then in November one new
 * registration (returned later the same month), a lost outcome and a policy change; one
 * more registration in December, after the period.
 */
beforeAll(() => {
  dir = makeWorkspace({
    'registrations/alpha/ALPHA-2026-0006.yaml': deal('ALPHA-2026-0006', '2026-09-06'),
  });
  initRepo(dir, 'Ops Admin', 'ops@vendor.example');
  commitAll(dir, 'Program start', '2026-10-01T09:00:00Z');
  writeFileSync(path('ALPHA-2026-0002'), deal('ALPHA-2026-0002', '2026-10-14'));
  commitAll(dir, 'Register ALPHA-2026-0002', '2026-10-15T09:00:00Z');
  git(dir, 'tag', 'october');
  writeFileSync(path('ALPHA-2026-0003'), deal('ALPHA-2026-0003', '2026-11-02'));
  commitAll(dir, 'Register ALPHA-2026-0003', '2026-11-03T09:00:00Z');
  const policy = readFileSync(join(dir, 'reg.config.yaml'), 'utf8');
  writeFileSync(join(dir, 'reg.config.yaml'), `${policy}calendar:\n  holidays: [2027-01-01]\n`);
  commitAll(dir, 'Add the 2027 holidays', '2026-11-05T09:00:00Z');
  writeFileSync(
    path('ALPHA-2026-0002'),
    deal(
      'ALPHA-2026-0002',
      '2026-10-14',
      'outcome: { status: lost, on: 2026-11-09, reason_code: price }\n',
    ),
  );
  commitAll(dir, 'ALPHA-2026-0002 lost', '2026-11-10T09:00:00Z');
  writeFileSync(
    path('ALPHA-2026-0003'),
    deal(
      'ALPHA-2026-0003',
      '2026-11-02',
      'decision: { status: returned, reason_code: needs-info }\n',
    ),
  );
  commitAll(dir, 'Return ALPHA-2026-0003', '2026-11-12T09:00:00Z');
  writeFileSync(path('ALPHA-2026-0005'), deal('ALPHA-2026-0005', '2026-12-01'));
  commitAll(dir, 'Register ALPHA-2026-0005', '2026-12-02T09:00:00Z');
  const config = readFileSync(join(dir, 'reg.config.yaml'), 'utf8');
  writeFileSync(join(dir, 'reg.config.yaml'), config.concat(reasonCodes));
  commitAll(dir, 'Reason codes', '2026-12-02T10:00:00Z');
});
afterAll(() => removeWorkspace(dir));

const reasonCodes = `reason_codes:
  lost: [{ code: price, title: Lost on price }]
  returned: [{ code: needs-info, title: More information needed }]
`;

/** The lines of the markdown section whose heading starts with `heading`. */
function section(out: string, heading: string): string[] {
  const start = out.indexOf(`### ${heading}`);
  if (start < 0) return [];
  const rest = out.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => line.startsWith('### '));
  return (end < 0 ? rest : rest.slice(0, end)).filter((line) => line.startsWith('- '));
}

describe('reg digest --since DATE --until DATE', () => {
  let out = '';
  beforeAll(() => {
    const r = reg(['digest', '--since', '2026-11-01', '--until', '2026-11-30'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    out = r.stdout;
  });

  it('names the period in its title', () => {
    expect(out.split('\n')[0]).toBe('## Registration digest, 2026\\-11\\-01 to 2026\\-11\\-30');
  });

  it('lists the registrations added in the period, with the day they were merged', () => {
    expect(section(out, 'New registrations')).toEqual([
      '- `ALPHA-2026-0003` · alpha · deal · Standard · 180,000 CNY · 2026\\-11\\-03',
    ]);
  });

  it('lists decisions and outcomes with the titles of their reason codes', () => {
    expect(section(out, 'Rejected or returned')).toEqual([
      '- `ALPHA-2026-0003` · alpha · **returned**: More information needed · 2026\\-11\\-12',
    ]);
    expect(section(out, 'Outcomes')).toEqual([
      '- `ALPHA-2026-0002` · alpha · **lost**: Lost on price · 180,000 CNY',
    ]);
  });

  it('flags what expires in the warning window and what is pending past its SLA', () => {
    expect(section(out, 'Protection ending soon')).toEqual([
      '- `ALPHA-2026-0006` · alpha · ends 2026\\-12\\-05, in 5 days',
    ]);
    expect(section(out, 'Pending past their SLA')).toEqual([
      '- `ALPHA-2026-0003` · alpha · was due 2026\\-11\\-04',
    ]);
  });

  it('lists the changes to the policy in the period', () => {
    expect(section(out, 'Changes to the policy')).toEqual([
      '- 2026\\-11\\-05 · Ops Admin: Add the 2027 holidays (`reg.config.yaml`)',
    ]);
  });

  it('leaves out what happened after the period', () => {
    expect(out).not.toContain('ALPHA-2026-0005');
    expect(out).not.toContain('Reason codes');
  });

  it('never names a customer, since partners read the digest', () => {
    expect(out).not.toMatch(/Customer of/);
  });
});

describe('reg digest with refs, text and Chinese', () => {
  it('takes a tag as the start and HEAD as the end', () => {
    const r = reg(['digest', '--since', 'october'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(section(r.stdout, 'New registrations').map((l) => l.slice(0, 20))).toEqual([
      '- `ALPHA-2026-0003` ',
      '- `ALPHA-2026-0005` ',
    ]);
  });

  it('prints plain text in the chosen language', () => {
    const r = reg(
      [
        'digest',
        '--since',
        '2026-11-01',
        '--until',
        '2026-11-30',
        '--format',
        'text',
        '--lang',
        'zh-CN',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('报备动态摘要：2026-11-01 至 2026-11-30');
    expect(lines).toContain('新增报备（随合并获批，1 个）');
    expect(lines).toContain('  ALPHA-2026-0003  alpha  deal  Standard  180,000 CNY  2026-11-03');
    expect(r.stdout).toMatch(/ALPHA-2026-0003 {2}alpha {2}退回: More information needed/);
    expect(r.stdout).toMatch(/ALPHA-2026-0002 {2}alpha {2}丢单: Lost on price/);
    expect(r.stdout).not.toMatch(/[\\`*]/);
  });

  it('refuses a day the calendar does not have, and a period that ends before it starts', () => {
    const impossible = reg(['digest', '--since', '2026-02-30'], { cwd: dir });
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toMatch(/--since 2026-02-30 is neither a date/);
    const reversed = reg(['digest', '--since', '2026-11-30', '--until', '2026-11-01'], {
      cwd: dir,
    });
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toMatch(/starts on 2026-11-30, after its end on 2026-11-01/);
    const zh = reg(['digest', '--since', '2099-01-01', '--lang', 'zh-CN'], { cwd: dir });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/时段的开始 2099-01-01 晚于结束/);
  });

  it('refuses a start that is neither a date nor a commit', () => {
    const r = reg(['digest', '--since', 'no-such-branch'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--since no-such-branch is neither a date/);
  });
});

describe('reg digest in a shallow clone', () => {
  it('refuses a start date its history may not reach, with a hint to fetch it all', () => {
    const clone = `${dir}-shallow`;
    git(dir, 'clone', '-q', '--depth', '1', `file://${dir}`, clone);
    const r = reg(['digest', '--since', '2026-11-01'], { cwd: clone });
    removeWorkspace(clone);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/shallow/);
    expect(r.stderr).toMatch(/fetch-depth: 0/);
  });
});

describe('reg digest of a workspace in a subfolder of its repository', () => {
  it('reads the registrations and the policy of the workspace, not the folders at the top', () => {
    const top = mkdtempSync(join(tmpdir(), 'regkit-sub-'));
    const ws = join(top, 'program');
    cpSync(minimalFixture, ws, { recursive: true });
    mkdirSync(join(top, 'templates'), { recursive: true });
    writeFileSync(join(top, 'templates', 'unrelated.hbs'), 'x');
    initRepo(top);
    commitAll(top, 'Start', '2026-10-01T09:00:00Z');
    writeFileSync(
      join(ws, 'registrations/alpha/ALPHA-2026-0002.yaml'),
      deal('ALPHA-2026-0002', '2026-11-02'),
    );
    writeFileSync(join(top, 'templates', 'unrelated.hbs'), 'y');
    commitAll(top, 'Register and touch an unrelated template', '2026-11-03T09:00:00Z');
    const r = reg(['digest', '--since', '2026-11-01', '--until', '2026-11-30'], { cwd: ws });
    removeWorkspace(top);
    expect(r.code).toBe(0);
    expect(section(r.stdout, 'New registrations')).toHaveLength(1);
    expect(r.stdout).not.toContain('Changes to the policy');
  });
});

describe('reg digest of a registration merged with its rejection', () => {
  it('lists it among the decisions, not among the registrations approved by merge', () => {
    const ws = makeWorkspace({
      'registrations/alpha/ALPHA-2026-0006.yaml': deal('ALPHA-2026-0006', '2026-09-06'),
    });
    initRepo(ws, 'Ops Admin', 'ops@vendor.example');
    commitAll(ws, 'Program start', '2026-10-01T09:00:00Z');
    const rejected = 'decision: { status: rejected, reason_code: duplicate }\n';
    writeFileSync(
      join(ws, 'registrations', 'alpha', 'ALPHA-2026-0007.yaml'),
      deal('ALPHA-2026-0007', '2026-11-02', rejected),
    );
    commitAll(ws, 'Register ALPHA-2026-0007, rejected', '2026-11-03T09:00:00Z');
    const r = reg(['digest', '--since', '2026-11-01', '--until', '2026-11-30'], { cwd: ws });
    removeWorkspace(ws);
    expect(r.code, r.stderr).toBe(0);
    expect(section(r.stdout, 'New registrations')).toEqual([]);
    expect(section(r.stdout, 'Rejected or returned')).toHaveLength(1);
    expect(section(r.stdout, 'Rejected or returned')[0]).toMatch(/ALPHA-2026-0007.*rejected/);
  });
});

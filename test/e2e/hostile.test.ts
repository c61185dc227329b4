import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { commitAll, git, initRepo } from '../helpers/git.js';
import { dealNamed, hostileName, parseCsv } from '../helpers/report.js';
import { makeWorkspace, minimalFixture, removeWorkspace } from '../helpers/workspace.js';

const formulas = ['=1+2', '+1', '-1', '@SUM(A1)', '\tx'];
const waiver = `waivers:\n  - rule: completeness.attachment\n    reason: ${JSON.stringify(hostileName)}\n`;

let dir = '';
beforeAll(() => {
  const policy = readFileSync(join(minimalFixture, 'reg.config.yaml'), 'utf8')
    .replace('name: Test Program', `name: ${JSON.stringify(hostileName)}`)
    .concat(
      'export:\n  mappings:\n    crm:\n      columns:\n        - { header: Account, field: customer.name }\n',
    );
  const files: Record<string, string> = {
    'reg.config.yaml': policy,
    'registrations/alpha/ALPHA-2026-0002.yaml': dealNamed('ALPHA-2026-0002', hostileName, waiver),
  };
  formulas.forEach((name, i) => {
    const id = `ALPHA-2026-${String(i + 3).padStart(4, '0')}`;
    files[`registrations/alpha/${id}.yaml`] = dealNamed(id, `${name} customer`);
  });
  dir = makeWorkspace(files);
  const partner = join(dir, 'partners', 'alpha.yaml');
  writeFileSync(
    partner,
    readFileSync(partner, 'utf8').replace(
      'name: Alpha Systems',
      `name: ${JSON.stringify(hostileName)}`,
    ),
  );
  initRepo(dir, hostileName, 'evil@example.com');
  commitAll(dir, 'Program start', '2026-11-01T09:00:00Z');
  writeFileSync(
    join(dir, 'reg.config.yaml'),
    `${readFileSync(join(dir, 'reg.config.yaml'), 'utf8')}# ${hostileName}\n`,
  );
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', hostileName);
});
afterAll(() => removeWorkspace(dir));

const run = (args: string[]) => {
  const when = args[0] === 'digest' ? [] : ['--today', '2026-12-03'];
  const r = reg([...args, ...when], { cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
};

/** The markdown user text may not carry: tags, links, mentions, code, template syntax. */
function expectInertMarkdown(out: string): void {
  const tags = out.match(/<\/?[a-z!][^>]*>/gi) ?? [];
  expect(
    tags.filter((tag) => !/^<(!-- reg report --|\/?details( open)?|\/?summary|br)>$/.test(tag)),
  ).toEqual([]);
  expect(out).not.toMatch(/(?<!\\)\]\(/);
  expect(out).not.toMatch(/@team/);
  expect(out).toContain('@\u200bteam');
  expect(out).not.toContain('{{');
  expect(out).toContain('tick\\`code\\`');
  expect(out).toContain('A \\| B');
}

describe('hostile names in every format', () => {
  it('stay text in the markdown report', () => {
    const out = run(['report']);
    expectInertMarkdown(out);
    expect(out).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
  });

  it('stay text in the HTML dashboard, which has only its own script', () => {
    const out = run(['report', '--format', 'html']);
    expect(out.match(/<script/g)).toHaveLength(1);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&#x60;code&#x60;');
    expect(out).not.toMatch(/<a\b|javascript:alert\(1\)\)"|href=/);
    expect(out).toContain('{{constructor}}');
  });

  it('come back unchanged from the JSON report', () => {
    const out = JSON.parse(run(['report', '--format', 'json'])) as {
      registrations: { customer: string }[];
    };
    expect(out.registrations.map((r) => r.customer)).toContain(hostileName);
  });

  it('stay one cell each in CSV, and none starts a formula', () => {
    for (const args of [['report', '--format', 'csv'], ['export']]) {
      const rows = parseCsv(run(args));
      const column = rows[0]?.indexOf(args[0] === 'export' ? 'Account' : 'Customer') ?? -1;
      const cells = rows.slice(1).map((row) => row[column] ?? '');
      expect(cells).toContain(hostileName);
      for (const name of formulas) expect(cells).toContain(`'${name} customer`);
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    }
  });

  it('stay text in the digest, where commit authors and subjects are user text too', () => {
    const markdown = run(['digest', '--since', '2026-11-01']);
    expect(markdown).toMatch(/Changes to the policy/);
    expectInertMarkdown(markdown);
    const text = run(['digest', '--since', '2026-11-01', '--format', 'text']);
    expect(text).toContain(hostileName);
    expect(text.split('\n').filter((l) => l.includes('alert')).length).toBeGreaterThan(0);
  });
});

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { commitAll, initRepo } from '../helpers/git.js';
import { dealNamed, hostile, parseCsv } from '../helpers/report.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../helpers/workspace.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeWorkspace));

const today = ['--today', '2026-12-03'];
const newRel = 'registrations/alpha/ALPHA-2026-0002.yaml';

/** A repository whose main holds the fixture; a new deal waits in the working tree. */
function prWorkspace(deal = validDeal): string {
  const dir = makeWorkspace();
  dirs.push(dir);
  initRepo(dir);
  commitAll(dir, 'Program start', '2026-11-21T10:00:00Z');
  writeFileSync(join(dir, newRel), deal);
  return dir;
}

describe('reg report --format markdown on a pull request', () => {
  let dir = '';
  let out = '';
  beforeAll(() => {
    dir = prWorkspace(validDeal.replace('value: 180000', 'value: 900000'));
    const reviews = [
      { user: { login: 'cm-li' }, state: 'APPROVED', submitted_at: '2026-12-01T09:00:00Z' },
    ];
    writeFileSync(join(dir, 'reviews.json'), JSON.stringify(reviews));
    const r = reg(
      ['report', '--changed', '--base', 'main', '--reviews', 'reviews.json', ...today],
      { cwd: dir },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    out = r.stdout;
  });

  it('reports only the changed registration, under a heading of its own', () => {
    expect(out.match(/^### /gm)).toHaveLength(1);
    expect(out).toContain('### `ALPHA-2026-0002`');
    expect(out).not.toContain('ALPHA-2026-0001');
  });

  it('gives the tier with its reason, the state and the SLA due date marked overdue', () => {
    expect(out).toMatch(/\*\*Tier\*\*: Large — value 900,000 CNY ≥ 500,000 CNY/);
    expect(out).toMatch(/\*\*State\*\*: pending/);
    expect(out).toMatch(/\*\*SLA due\*\*: 2026\\-12\\-02 ⚠️ \*\*overdue\*\*/);
  });

  it('names who of the approver group has approved, from the reviews file', () => {
    expect(out).toMatch(/✅ Channel managers: `cm-li`$/m);
    expect(out).toMatch(/⏳ Sales directors: awaiting approval \(any of `sd-wang`\)/);
  });
});

describe('reg report --author', () => {
  it("does not count the pull request author's own approval", () => {
    const dir = prWorkspace(validDeal.replace('value: 180000', 'value: 900000'));
    const reviews = [
      { user: { login: 'sd-wang' }, state: 'APPROVED', submitted_at: '2026-12-01T09:00:00Z' },
    ];
    writeFileSync(join(dir, 'reviews.json'), JSON.stringify(reviews));
    const args = ['report', '--changed', '--base', 'main', '--reviews', 'reviews.json', ...today];
    expect(reg(args, { cwd: dir }).stdout).toMatch(/✅ Sales directors: `sd-wang`/);
    const own = reg([...args, '--author', 'sd-wang'], { cwd: dir }).stdout;
    expect(own).toMatch(/⏳ Sales directors: awaiting approval$/m);
  });
});

describe('reg report --changed on a pull request that deletes a registration', () => {
  it('reports the registrations still there and does not trip over the deleted one', () => {
    const dir = prWorkspace();
    rmSync(join(dir, 'registrations/alpha/ALPHA-2026-0001.yaml'));
    const r = reg(['report', '--changed', '--base', 'main', '--format', 'json', ...today], {
      cwd: dir,
    });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { registrations: { id: string }[] };
    expect(out.registrations.map((e) => e.id)).toEqual(['ALPHA-2026-0002']);
  });
});

describe('reg report --format markdown, the parts of one registration', () => {
  it('shows the checklist, the waiver with its reason and the findings folded', () => {
    const deal =
      validDeal.replace('value: 180000', 'value: 900000').replace('line: servo', 'line: lasers') +
      'waivers:\n  - rule: completeness.attachment\n    reason: The customer has no forecast for this small retrofit yet.\n';
    const dir = makeWorkspace({
      [newRel]: deal,
      'reg.config.yaml':
        readFileSync(join(makeWorkspace(), 'reg.config.yaml'), 'utf8') +
        'waivable:\n  completeness.attachment: { approvers: [sales-directors] }\n' +
        'requirements:\n  - id: forecast\n    title: Large deals attach a forecast\n' +
        '    when: { tier: [large] }\n    attachments: [financial-forecast]\n',
    });
    dirs.push(dir);
    const r = reg(['report', ...today], { cwd: dir });
    expect(r.code).toBe(0);
    const part = r.stdout.slice(r.stdout.indexOf('### `ALPHA-2026-0002`'));
    expect(part).toMatch(/<details><summary>Checklist: 0 of 1 met<\/summary>/);
    expect(part).toMatch(/➖ Large deals attach a forecast: `financial-forecast`/);
    expect(part).toMatch(
      /<details><summary>Waivers \(1\)<\/summary>[\s\S]*`completeness.attachment` \(sales\\-directors\): The customer has no forecast/,
    );
    expect(part).toMatch(/<details open><summary>Findings: 1 errors/);
    expect(part).toMatch(/❌ `ref.product-line` line \d+:\d+: /);
  });
});

describe('reg report --format markdown on 200 registrations', () => {
  it('stays within the comment size limit and still lists every registration', () => {
    const files: Record<string, string> = {};
    for (let i = 2; i < 202; i += 1) {
      const id = `ALPHA-2026-${String(i).padStart(4, '0')}`;
      const broken = i % 3 === 0 ? 'servo' : 'lasers';
      files[`registrations/alpha/${id}.yaml`] = dealNamed(
        id,
        `Customer number ${i} with a long name`,
      ).replace('line: servo', `line: ${broken}`);
    }
    const dir = makeWorkspace(files);
    dirs.push(dir);
    const r = reg(['report', ...today], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeLessThan(65_536);
    const rows = r.stdout.match(/^\| `ALPHA-2026-\d{4}` \|/gm) ?? [];
    expect(rows.length).toBe(201);
    // Markdown-escaped, as every text of the report is.
    expect(r.stdout).toMatch(
      /Details below for \d+ of 201 registrations.*reg report \\-\\-format json gives every one/,
    );
  });
});

describe('reg report --format json', () => {
  it('prints the model of every registration and nothing else', () => {
    const dir = makeWorkspace({ [newRel]: validDeal });
    dirs.push(dir);
    const r = reg(['report', '--format', 'json', ...today], { cwd: dir });
    const out = JSON.parse(r.stdout) as {
      version: number;
      summary: Record<string, number>;
      registrations: Record<string, unknown>[];
    };
    expect(out.version).toBe(1);
    expect(out.summary).toMatchObject({ registrations: 2, errors: 0 });
    const [first] = out.registrations;
    expect(Object.keys(first ?? {})).toEqual(
      expect.arrayContaining([
        'id',
        'tier',
        'approvers',
        'sla',
        'checklist',
        'conflicts',
        'waivers',
        'findings',
      ]),
    );
    expect(first).toMatchObject({
      id: 'ALPHA-2026-0001',
      tier: { id: 'standard' },
      state: 'active',
    });
  });
});

describe('reg report --format csv', () => {
  it('prints RFC 4180 records with CRLF, one per registration after the header', () => {
    const dir = makeWorkspace({ [newRel]: dealNamed('ALPHA-2026-0002', 'Wang, "Big" Co.\nLtd') });
    dirs.push(dir);
    const r = reg(['report', '--format', 'csv', ...today], { cwd: dir });
    const rows = parseCsv(r.stdout);
    expect(rows).toHaveLength(3);
    const header = rows[0] ?? [];
    expect(header.slice(0, 4)).toEqual(['Registration', 'Partner', 'Kind', 'Customer']);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    expect(rows[2]?.[3]).toBe('Wang, "Big" Co.\nLtd');
    expect(r.stdout.startsWith('\ufeff')).toBe(false);
  });

  it('starts with a UTF-8 byte-order mark with --bom, and writes headers in Chinese', () => {
    const dir = makeWorkspace();
    dirs.push(dir);
    const r = reg(['report', '--format', 'csv', '--bom', '--lang', 'zh-CN', ...today], {
      cwd: dir,
    });
    expect(r.stdout.startsWith('\ufeff报备编号,合作伙伴')).toBe(true);
  });
});

describe('reg report --out', () => {
  it('writes the file, replaces its own file, and refuses one it did not write', () => {
    const dir = makeWorkspace();
    dirs.push(dir);
    const first = reg(['report', '--out', 'public/report.md', ...today], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(readFileSync(join(dir, 'public/report.md'), 'utf8')).toContain(
      '## Registration approval report',
    );
    expect(reg(['report', '--out', 'public/report.md', ...today], { cwd: dir }).code).toBe(0);

    writeFileSync(join(dir, 'public/report.md'), 'edited by hand\n');
    const refused = reg(['report', '--out', 'public/report.md', ...today], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Not overwriting public\/report.md/);
    expect(refused.stderr).toMatch(/--force/);
    expect(readFileSync(join(dir, 'public/report.md'), 'utf8')).toBe('edited by hand\n');

    writeFileSync(join(dir, 'notes.md'), 'mine\n');
    expect(reg(['report', '--out', 'notes.md', ...today], { cwd: dir }).code).toBe(2);
    expect(reg(['report', '--out', 'notes.md', '--force', ...today], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toContain('Registration approval report');
  });

  it('refuses a file it did not write before it reads any registration', () => {
    const dir = makeWorkspace();
    dirs.push(dir);
    initRepo(dir);
    commitAll(dir, 'workspace');
    writeFileSync(join(dir, 'notes.md'), 'mine\n');
    const report = reg(['report', '--out', 'notes.md', '--reviews', 'none.json', ...today], {
      cwd: dir,
    });
    expect(report.code).toBe(2);
    expect(report.stderr).toMatch(/Not overwriting notes.md/);
    // Nothing was loaded: a run that loads keeps what it found in the cache.
    expect(existsSync(join(dir, '.git', 'regkit'))).toBe(false);
    const digest = reg(['digest', '--since', 'no-such-ref', '--out', 'notes.md'], { cwd: dir });
    expect(digest.code).toBe(2);
    expect(digest.stderr).toMatch(/Not overwriting notes.md/);
    const exported = reg(['export', '--out', 'notes.md', ...today], { cwd: dir });
    expect(exported.code).toBe(2);
    expect(exported.stderr).toMatch(/Not overwriting notes.md/);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('mine\n');
  });

  it('says so when --out names a folder, with --force too, in both languages', () => {
    const dir = makeWorkspace();
    dirs.push(dir);
    const folder = reg(['report', '--out', 'registrations', ...today], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/registrations is a folder, not a file/);
    expect(folder.stderr).toMatch(/registrations\/report\.html/);
    expect(folder.stderr).not.toMatch(/Internal error/);
    const forced = reg(
      ['report', '--out', 'registrations/', '--force', '--lang', 'zh-CN', ...today],
      {
        cwd: dir,
      },
    );
    expect(forced.code).toBe(2);
    expect(forced.stderr).toMatch(/registrations\/ 是文件夹，不是文件/);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a device or a pipe as --out rather than reading it, and writes through a link',
    () => {
      const dir = makeWorkspace({ 'out/real.html': '' });
      dirs.push(dir);
      execFileSync('mkfifo', [join(dir, 'pipe')]);
      for (const target of ['/dev/null', 'pipe']) {
        const r = reg(['report', '--out', target, '--force', ...today], { cwd: dir });
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/is not a regular file but a device, a pipe or a socket/);
        expect(r.stderr).toMatch(/leave --out out and redirect standard output/);
      }
      expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
      symlinkSync(join('out', 'real.html'), join(dir, 'link.html'));
      const linked = reg(['report', '--out', 'link.html', '--force', ...today], { cwd: dir });
      expect(linked.code).toBe(0);
      expect(lstatSync(join(dir, 'link.html')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(dir, 'out', 'real.html'), 'utf8')).toContain('Registration');
    },
  );

  it.skipIf(process.platform === 'win32')(
    'writes through a link to a file not there yet, keeping the link, and refuses a loop of links',
    () => {
      const dir = makeWorkspace({ 'out/.keep': '' });
      dirs.push(dir);
      symlinkSync(join('out', 'new.md'), join(dir, 'dangling.md'));
      const written = reg(['report', '--out', 'dangling.md', ...today], { cwd: dir });
      expect(written.code, written.stderr).toBe(0);
      expect(lstatSync(join(dir, 'dangling.md')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(dir, 'out', 'new.md'), 'utf8')).toMatch(
        /Registration approval report/,
      );
      // Its own report, reached through the same link, is replaced on the next run.
      expect(reg(['report', '--out', 'dangling.md', ...today], { cwd: dir }).code).toBe(0);

      // A relative link reached through a linked folder points from where it really is.
      mkdirSync(join(dir, 'real', 'sub'), { recursive: true });
      symlinkSync(join(dir, 'real', 'sub'), join(dir, 'linked'));
      symlinkSync(join('..', 'target.md'), join(dir, 'real', 'sub', 'l.md'));
      const through = reg(['report', '--out', join(dir, 'linked', 'l.md'), ...today], { cwd: dir });
      expect(through.code, through.stderr).toBe(0);
      expect(readFileSync(join(dir, 'real', 'target.md'), 'utf8')).toMatch(/approval report/);
      expect(existsSync(join(dir, 'target.md'))).toBe(false);

      symlinkSync('b.md', join(dir, 'a.md'));
      symlinkSync('a.md', join(dir, 'b.md'));
      for (const [lang, words] of [
        ['en', /a\.md is a link that leads back to itself/],
        ['zh-CN', /a\.md 是一个经由其他链接又指回自身的链接/],
      ] as const) {
        const loop = reg(['report', '--out', 'a.md', '--force', '--lang', lang, ...today], {
          cwd: dir,
        });
        expect(loop.code).toBe(2);
        expect(loop.stderr).toMatch(words);
        expect(loop.stderr).not.toMatch(/Internal error|\n\s+at /);
      }
      expect(lstatSync(join(dir, 'a.md')).isSymbolicLink()).toBe(true);
      expect(lstatSync(join(dir, 'b.md')).isSymbolicLink()).toBe(true);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'replaces its own report where the workspace is reached through a link, as /tmp on macOS',
    () => {
      const dir = makeWorkspace();
      dirs.push(dir);
      const link = `${dir}-link`;
      symlinkSync(dir, link);
      dirs.push(link);
      for (const lang of ['en', 'zh-CN']) {
        const r = reg(['report', '--cwd', link, '--out', 'out/r.md', '--lang', lang, ...today]);
        expect(r.code, r.stderr).toBe(0);
      }
      expect(readFileSync(join(dir, 'out', 'r.md'), 'utf8')).toMatch(/[\u4e00-\u9fff]/);
      writeFileSync(join(dir, 'out', 'r.md'), 'edited by hand\n');
      const edited = reg(['report', '--cwd', link, '--out', 'out/r.md', ...today]);
      expect(edited.code).toBe(2);
      expect(readFileSync(join(dir, 'out', 'r.md'), 'utf8')).toBe('edited by hand\n');

      // An earlier version recorded the path as given, through the link.
      const sha = createHash('sha256').update('written before\n').digest('hex');
      writeFileSync(join(dir, 'out', 'old.md'), 'written before\n');
      const record = { [join(link, 'out', 'old.md')]: sha };
      writeFileSync(join(dir, '.reg-cache', 'outputs.json'), JSON.stringify(record));
      const old = reg(['report', '--cwd', link, '--out', 'out/old.md', ...today]);
      expect(old.code, old.stderr).toBe(0);
    },
  );

  it('says in words why --out cannot be written, and never hangs on the folders', () => {
    const dir = makeWorkspace({ 'notes.md': 'mine\n' });
    dirs.push(dir);
    const under = reg(['report', '--out', 'notes.md/report.html', ...today], { cwd: dir });
    expect(under.code).toBe(2);
    expect(under.stderr).toMatch(/a part of the path is a file, not a folder \(ENOTDIR\)/);
    expect(under.stderr).toMatch(/Choose a path whose folders exist/);
    expect(under.stderr).not.toMatch(/lstat|\.tmp|Internal error|\n\s+at /);
    const zh = reg(['report', '--out', 'notes.md/x/report.html', '--lang', 'zh-CN', ...today], {
      cwd: dir,
    });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/路径中有一段是文件而不是目录/);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('mine\n');
  });

  it.skipIf(!existsSync('/proc/self'))(
    'fails rather than spins where the file system refuses a folder (/proc)',
    () => {
      const dir = makeWorkspace();
      dirs.push(dir);
      const r = reg(['report', '--out', '/proc/regkit-none/report.html', ...today], {
        cwd: dir,
        timeout: 20_000,
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Could not write \/proc\/regkit-none\/report\.html: .*\(ENOENT\)/);
    },
  );

  it('keeps what it wrote under the git folder, so that the working tree shows only the report', () => {
    const dir = makeWorkspace({ '.gitignore': 'out/\n' });
    dirs.push(dir);
    initRepo(dir);
    commitAll(dir, 'workspace');
    for (const run of [1, 2]) {
      const r = reg(['report', '--out', 'report.md', ...today], { cwd: dir });
      expect(r.code, `run ${run}: ${r.stderr}`).toBe(0);
    }
    expect(existsSync(join(dir, '.reg-cache'))).toBe(false);
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });
    expect(status).toBe('?? report.md\n');

    // A record an earlier version left in .reg-cache/ still counts.
    const sha = createHash('sha256').update('written before\n').digest('hex');
    writeFileSync(join(dir, 'old.md'), 'written before\n');
    mkdirSync(join(dir, '.reg-cache'));
    writeFileSync(
      join(dir, '.reg-cache', 'outputs.json'),
      JSON.stringify({ [join(dir, 'old.md')]: sha }),
    );
    const old = reg(['report', '--out', 'old.md', ...today], { cwd: dir });
    expect(old.code, old.stderr).toBe(0);
  });

  it('takes --out - for standard output, and refuses an option taken for the file', () => {
    const dir = makeWorkspace();
    dirs.push(dir);
    const dash = reg(['report', '--out', '-', ...today], { cwd: dir });
    expect(dash.code, dash.stderr).toBe(0);
    expect(dash.stdout).toContain('Registration approval report');
    expect(existsSync(join(dir, '-'))).toBe(false);
    const commands = [
      ['report', ...today],
      ['digest', '--since', '2026-11-01'],
      ['export'],
      ['docs'],
    ];
    for (const command of commands) {
      const r = reg([...command, '--out', '--format'], { cwd: dir });
      expect(r.code, command.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/--out --format looks like an option, not a file/);
      expect(existsSync(join(dir, '--format'))).toBe(false);
    }
  });

  it('asks for --base when --changed has none', () => {
    const dir = makeWorkspace();
    dirs.push(dir);
    const r = reg(['report', '--changed'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--changed needs --base/);
    expect(existsSync(join(dir, '.reg-cache'))).toBe(false);
  });
});

describe('a workspace template overrides the bundled one', () => {
  it('renders a partial of the workspace inside the bundled template', () => {
    const dir = makeWorkspace({
      'templates/report/_registration.hbs': '* {{code id}} {{md tier.title}}\n',
    });
    dirs.push(dir);
    const r = reg(['report', ...today], { cwd: dir });
    expect(r.stdout).toContain('## Registration approval report');
    expect(r.stdout).toContain('* `ALPHA-2026-0001` Standard');
    expect(r.stdout).not.toContain('### ');
  });

  it('names the template that fails, without a stack trace', () => {
    const dir = makeWorkspace({ 'templates/report/markdown.hbs': '{{#each entries}}' });
    dirs.push(dir);
    const r = reg(['report', ...today], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/The template .*templates\/report\/markdown.hbs failed/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('renders templates/report/markdown.hbs of the workspace', () => {
    const dir = makeWorkspace({
      'templates/report/markdown.hbs': '{{#each entries}}* {{code id}} {{md customer}}\n{{/each}}',
      [newRel]: dealNamed('ALPHA-2026-0002', hostile.link),
    });
    dirs.push(dir);
    const r = reg(['report', ...today], { cwd: dir });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('* `ALPHA-2026-0001` 苏州精工机械有限公司');
    expect(lines[1]).toBe('* `ALPHA-2026-0002` \\[click\\]\\(javascript:alert\\(1\\)\\)');
  });

  it('reports on a registration whose submitted_on is no date, with its finding and no SLA', () => {
    const timed = validDeal.replace(
      'submitted_on: 2026-11-25',
      'submitted_on: 2026-11-25T10:00:00Z',
    );
    expect(timed).not.toBe(validDeal);
    const dir = makeWorkspace({ [newRel]: timed });
    dirs.push(dir);
    for (const format of ['markdown', 'json', 'html']) {
      const r = reg(['report', '--format', format, ...today], { cwd: dir });
      expect({ format, code: r.code, stderr: r.stderr }).toEqual({ format, code: 0, stderr: '' });
      expect(r.stdout).toContain('ALPHA-2026-0002');
    }
    const json = reg(['report', '--format', 'json', ...today], { cwd: dir }).stdout;
    expect(json).toContain('schema.format');
  });
});

describe('reg report with a base git cannot vouch for', () => {
  it('never hands git a base that reads as an option, not even to date approvals', () => {
    const dir = prWorkspace();
    const written = join(dir, 'written-by-git.txt');
    const result = reg(['report', '--format', 'html', `--base=--output=${written}`, ...today], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--output=');
    expect(existsSync(written)).toBe(false);
  });

  it('stops with the message alone when the base is missing or bad, with the cache or not', () => {
    const dir = prWorkspace();
    for (const base of ['--base=nosuch', '--base=-p']) {
      for (const cache of [[], ['--no-cache']]) {
        const result = reg(['report', '--changed', base, ...cache, ...today], { cwd: dir });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(base.slice('--base='.length));
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(result.stderr.trim().split('\n')).toHaveLength(2);
      }
    }
  });
});

describe('reg report on a file that cannot be read as a registration', () => {
  it('lists it with its first error and counts it, in markdown and JSON', () => {
    const broken = 'registrations/alpha/ALPHA-2026-0009.yaml';
    const dir = makeWorkspace({ [broken]: 'id: [broken\n' });
    dirs.push(dir);
    const md = reg(['report', ...today], { cwd: dir });
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/errors: 1/);
    expect(md.stdout).toMatch(/Not shown as registrations[^\n]*1/);
    expect(md.stdout).toContain(`- \`${broken}\`: `);
    const json = JSON.parse(reg(['report', '--format', 'json', ...today], { cwd: dir }).stdout);
    expect(json.summary.errors).toBe(1);
    expect(json.unreadable).toHaveLength(1);
    expect(json.unreadable[0].file).toBe(broken);
    expect(json.unreadable[0].findings[0].rule).toMatch(/^yaml\./);
  });
});

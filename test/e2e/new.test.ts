import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reg, regBin } from '../helpers/cli.js';
import { commitAll, git } from '../helpers/git.js';
import { partnerRepo } from '../helpers/remote.js';
import { makeWorkspace, removeWorkspace, validDeal, validDealFlags } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

function workspace(files: Record<string, string> = {}): string {
  const dir = makeWorkspace(files);
  dirs.push(dir);
  return dir;
}

const deal = validDealFlags;

function files(root: string): string[] {
  return readdirSync(join(root, 'registrations/alpha')).sort();
}

describe('reg new --yes', () => {
  it('writes the next free id and the file passes reg validate', () => {
    const root = workspace();
    const result = reg(['new', 'deal', ...deal, '--yes'], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('registrations/alpha/ALPHA-2026-0002.yaml');
    const written = parse(
      readFileSync(join(root, 'registrations/alpha/ALPHA-2026-0002.yaml'), 'utf8'),
    );
    expect(written.opportunity.value).toBe(180000);
    expect(written.products).toEqual([{ line: 'servo', quantity: 4 }]);
    expect(written.submitted_by).toEqual({ name: 'Zhang Wei', email: 'zhang.wei@alpha.example' });
    expect(reg(['validate'], { cwd: root }).code).toBe(0);
  });

  it('fails naming every missing required field and writes nothing', () => {
    const root = workspace();
    const result = reg(
      ['new', 'deal', '--partner', 'alpha', '--set', 'customer.name=X Co', '--yes'],
      { cwd: root },
    );
    expect(result.code).toBe(1);
    for (const field of [
      'customer.region',
      'customer.industry',
      'customer.contact.name',
      'customer.contact.email',
      'opportunity.title',
      'opportunity.value',
      'opportunity.currency',
      'opportunity.expected_close',
      'opportunity.stage',
      'products[0].line',
      'products[0].quantity',
    ]) {
      expect(result.stderr).toContain(field);
    }
    expect(result.stderr).not.toContain('customer.name ');
    expect(files(root)).toEqual(['ALPHA-2026-0001.yaml']);
  });

  it('names the partner as missing when the workspace has several', () => {
    const root = workspace();
    const result = reg(['new', 'campaign', '--yes'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^ {2}partner/m);
    expect(result.stderr).toContain('campaign.budget.value');
  });

  it('refuses a value that breaks the schema, with the finding, and writes nothing', () => {
    const root = workspace();
    const bad = [
      ...deal,
      '--set',
      'customer.contact.email=amy@@x',
      '--set',
      'products[0].quantity=many',
    ];
    const result = reg(['new', 'deal', ...bad, '--yes'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('schema.format');
    expect(result.stderr).toContain('schema.type');
    expect(files(root)).toEqual(['ALPHA-2026-0001.yaml']);
  });

  it('never waits for input when standard input is not a terminal', () => {
    const root = workspace();
    const result = reg(['new', 'deal', '--partner', 'alpha'], { cwd: root, input: '' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Missing \d+ required fields; nothing was written/);
  });

  it('types --set values by the schema: numbers stay numbers, dates and codes stay text', () => {
    const root = workspace();
    const extra = [
      '--set',
      'customer.registration_number=080012345',
      '--set',
      'competitors[0]=2026',
    ];
    const result = reg(['new', 'deal', ...deal, ...extra, '--dry-run'], { cwd: root });
    expect(result.code).toBe(0);
    const printed = parse(result.stdout);
    expect(printed.customer.registration_number).toBe('080012345');
    expect(printed.opportunity.expected_close).toBe('2027-03-01');
    expect(printed.competitors).toEqual(['2026']);
    expect(printed.products[0].quantity).toBe(4);
  });

  it('refuses a partner whose profile id would lead outside the registrations folder', () => {
    const root = workspace({
      'partners/evil.yaml':
        'id: ../../escape\nname: Evil\ntier: gold\nregion: APAC\ncontacts:\n' +
        '  - { name: E, email: e@evil.example }\n',
    });
    const result = reg(['new', 'deal', ...deal, '--partner', '../../escape', '--yes'], {
      cwd: root,
    });
    expect(result.code).toBe(2);
    expect(existsSync(join(root, '..', 'escape'))).toBe(false);
  });

  it('refuses --set of a field the schema does not have', () => {
    const root = workspace();
    const result = reg(['new', 'deal', ...deal, '--set', '__proto__.polluted=1', '--yes'], {
      cwd: root,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('__proto__');
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('reg new --dry-run and --from', () => {
  it('prints the file and writes nothing', () => {
    const root = workspace();
    const result = reg(['new', 'deal', ...deal, '--dry-run'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/);
    expect(parse(result.stdout).id).toBe('ALPHA-2026-0002');
    expect(files(root)).toEqual(['ALPHA-2026-0001.yaml']);
  });

  it('reads fields from a JSON file, hostile text included, and writes them faithfully', () => {
    const root = workspace();
    const from = join(root, 'deal.json');
    const name = 'O\'Brien & Söhne: "Packaging" #1 <script>{{x}}</script>\nsecond line';
    writeFileSync(
      from,
      JSON.stringify({ kind: 'deal', notes: name, competitors: ['- item', '*alias'] }),
    );
    const result = reg(['new', ...deal, '--from', from, '--yes'], { cwd: root });
    expect(result.code).toBe(0);
    const written = parse(
      readFileSync(join(root, 'registrations/alpha/ALPHA-2026-0002.yaml'), 'utf8'),
    );
    expect(written.notes).toBe(name);
    expect(written.competitors).toEqual(['- item', '*alias']);
  });

  it('refuses a --from file with a key that reaches the prototype', () => {
    const root = workspace();
    const from = join(root, 'evil.yaml');
    writeFileSync(from, 'customer:\n  __proto__:\n    polluted: true\n');
    const result = reg(['new', 'deal', ...deal, '--from', from, '--yes'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('__proto__');
  });

  it('refuses a --from map that contains itself, and takes one shared by two fields', () => {
    const root = workspace();
    const loops = join(root, 'loop.yaml');
    writeFileSync(loops, 'kind: deal\ncustomer: &c\n  name: X\n  self: *c\n');
    const loop = reg(['new', 'deal', ...deal, '--from', loops, '--yes'], { cwd: root });
    expect(loop.code).toBe(2);
    expect(loop.stderr).toMatch(/loop\.yaml has a map that contains itself through an alias/);
    expect(loop.stderr).not.toMatch(/Internal error|at .*\.js:\d+/);

    const shared = join(root, 'shared.yaml');
    writeFileSync(shared, 'kind: deal\nnotes: &n plain words\ncompetitors: [*n, *n]\n');
    const ok = reg(['new', 'deal', ...deal, '--from', shared, '--yes'], { cwd: root });
    expect(ok.code, ok.stderr).toBe(0);
    const written = parse(
      readFileSync(join(root, 'registrations/alpha/ALPHA-2026-0002.yaml'), 'utf8'),
    );
    expect(written.competitors).toEqual(['plain words', 'plain words']);
    expect(files(root)).toEqual(['ALPHA-2026-0001.yaml', 'ALPHA-2026-0002.yaml']);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a --from that is a device, a pipe or a folder without reading it',
    () => {
      const root = workspace();
      const pipe = join(root, 'pipe');
      execFileSync('mkfifo', [pipe]);
      for (const from of ['/dev/zero', root, pipe]) {
        const r = reg(['new', 'deal', ...deal, '--from', from, '--yes'], {
          cwd: root,
          timeout: 20_000,
        });
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/is not a regular file but a folder, a device or a pipe/);
      }
      const zh = reg(['new', 'deal', ...deal, '--from', '/dev/zero', '--yes', '--lang', 'zh-CN'], {
        cwd: root,
      });
      expect(zh.stderr).toMatch(/不是普通文件/);
      expect(files(root)).toEqual(['ALPHA-2026-0001.yaml']);
    },
  );

  it('says what the YAML parser found in a --from file that is not YAML', () => {
    const root = workspace();
    const from = join(root, 'broken.yaml');
    writeFileSync(from, 'customer: [unclosed\n');
    const r = reg(['new', 'deal', ...deal, '--from', from, '--yes'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml cannot be read as YAML or JSON: \S/);
  });
});

describe('reg new writes safely', () => {
  it('gives two concurrent runs two different ids', async () => {
    const root = workspace();
    const runOnce = (): Promise<number> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [regBin, 'new', 'deal', ...deal, '--yes'], {
          cwd: root,
          stdio: ['ignore', 'ignore', 'ignore'],
          env: { ...process.env, LANG: 'en_US.UTF-8' },
        });
        child.on('exit', (code) => resolve(code ?? -1));
      });
    const codes = await Promise.all([runOnce(), runOnce(), runOnce()]);
    expect(codes).toEqual([0, 0, 0]);
    expect(files(root)).toEqual([
      'ALPHA-2026-0001.yaml',
      'ALPHA-2026-0002.yaml',
      'ALPHA-2026-0003.yaml',
      'ALPHA-2026-0004.yaml',
    ]);
    const ids = files(root).map(
      (f) => parse(readFileSync(join(root, 'registrations/alpha', f), 'utf8')).id,
    );
    expect(new Set(ids).size).toBe(4);
    expect(readdirSync(join(root, 'registrations/alpha')).some((f) => f.endsWith('.tmp'))).toBe(
      false,
    );
  });

  it('takes the id after the highest one, never reusing a gap or overwriting', () => {
    const root = workspace({ 'registrations/alpha/ALPHA-2026-0007.yaml': 'keep: me\n' });
    const result = reg(['new', 'deal', ...deal, '--yes'], { cwd: root });
    expect(result.code).toBe(0);
    expect(existsSync(join(root, 'registrations/alpha/ALPHA-2026-0008.yaml'))).toBe(true);
    expect(readFileSync(join(root, 'registrations/alpha/ALPHA-2026-0007.yaml'), 'utf8')).toBe(
      'keep: me\n',
    );
  });

  it("uses the workspace's own template over the bundled one", () => {
    const bundled = readFileSync(
      join(import.meta.dirname, '../../templates/registration/deal.yaml.hbs'),
      'utf8',
    );
    const own = bundled.replace('# A deal registration.', '# ACME deal form.');
    const root = workspace({ 'templates/registration/deal.yaml.hbs': own });
    const result = reg(['new', 'deal', ...deal, '--dry-run'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# ACME deal form.');
  });

  it('refuses a workspace template that does not write the values faithfully', () => {
    const root = workspace({
      'templates/registration/deal.yaml.hbs':
        '{{@schemaLine}}\nid: {{yaml id}}\nnotes: {{customer.name}}: x\n',
    });
    const result = reg(['new', 'deal', ...deal, '--yes'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('does not write the registration as given');
    expect(files(root)).toEqual(['ALPHA-2026-0001.yaml']);
  });
});

describe('reg new and conflicts', () => {
  it("warns at once of another partner's active registration, naming only its id", () => {
    const root = workspace();
    const sameCustomer = [
      '--partner',
      'beta',
      '--set',
      'customer.name=苏州精工机械有限公司',
      '--set',
      'customer.registration_number=91320500MA1W2X3Y4Z',
      '--set',
      'customer.region=CN-East',
      '--set',
      'customer.industry=manufacturing',
      '--set',
      'customer.contact.name=Chen Jie',
      '--set',
      'customer.contact.email=chen.jie@jinggong.example.cn',
      '--set',
      'opportunity.title=Line 4',
      '--set',
      'opportunity.value=100000',
      '--set',
      'opportunity.currency=CNY',
      '--set',
      'opportunity.expected_close=2027-03-01',
      '--set',
      'opportunity.stage=qualify',
      '--set',
      'products[0].line=plc',
      '--set',
      'products[0].quantity=2',
    ];
    const result = reg(['new', 'deal', ...sameCustomer, '--yes', '--today', '2026-11-26'], {
      cwd: root,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: Possible conflict: .*ALPHA-2026-0001/);
    for (const secret of ['Line 3 retrofit', '320000', 'zhang.wei@alpha.example']) {
      expect(result.stderr + result.stdout).not.toContain(secret);
    }
    expect(existsSync(join(root, 'registrations/beta/BETA-2026-0001.yaml'))).toBe(true);
  });
});

describe('reg new and the ids the code host has taken', () => {
  const yes = ['new', 'deal', ...deal, '--yes', '--today', '2026-11-25'];
  const taken = 'registrations/alpha/ALPHA-2026-0002.yaml';

  /** The partner's copy, and a colleague's clone of the same remote. */
  function copies(): { work: string; colleague: string } {
    const { top, work, bare } = partnerRepo('regkit-new-remote-');
    dirs.push(top);
    git(top, 'clone', '-q', bare, 'colleague');
    const colleague = join(top, 'colleague');
    git(colleague, 'config', 'user.name', 'Colleague');
    git(colleague, 'config', 'user.email', 'colleague@example.com');
    return { work, colleague };
  }

  it("skips the id of another submission's branch that git has fetched", () => {
    const { work, colleague } = copies();
    git(colleague, 'checkout', '-q', '-b', 'registration/ALPHA-2026-0002');
    writeFileSync(join(colleague, taken), validDeal);
    commitAll(colleague, 'Register ALPHA-2026-0002 (deal)');
    git(colleague, 'push', '-q', 'origin', 'registration/ALPHA-2026-0002');
    git(work, 'fetch', '-q', 'origin');

    const result = reg(yes, { cwd: work });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('registrations/alpha/ALPHA-2026-0003.yaml');
    expect(existsSync(join(work, taken))).toBe(false);
  });

  it('skips the id of a registration merged into the fetched base but not yet here', () => {
    const { work, colleague } = copies();
    writeFileSync(join(colleague, taken), validDeal);
    commitAll(colleague, 'Merge ALPHA-2026-0002');
    git(colleague, 'push', '-q', 'origin', 'main');
    git(work, 'fetch', '-q', 'origin');

    const result = reg(yes, { cwd: work });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('registrations/alpha/ALPHA-2026-0003.yaml');
  });

  it('asks the code host nothing: what git has not fetched does not count', () => {
    const { work, colleague } = copies();
    writeFileSync(join(colleague, taken), validDeal);
    commitAll(colleague, 'Merge ALPHA-2026-0002');
    git(colleague, 'push', '-q', 'origin', 'main');
    git(work, 'remote', 'set-url', 'origin', join(work, 'no-such-remote.git'));

    const result = reg(yes, { cwd: work });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(taken);
  });
});

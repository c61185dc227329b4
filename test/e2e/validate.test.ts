import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { reg, repoRoot } from '../helpers/cli.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../helpers/workspace.js';

type JsonFinding = Finding;

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeWorkspace));

const rel = 'registrations/alpha/ALPHA-2026-0002.yaml';

function validate(files: Record<string, string | Buffer>, args: string[] = []) {
  const dir = makeWorkspace(files);
  dirs.push(dir);
  const result = reg(['validate', '--format', 'json', '--today', '2026-12-03', ...args], {
    cwd: dir,
  });
  const parsed = JSON.parse(result.stdout) as {
    summary: Record<string, number>;
    findings: JsonFinding[];
  };
  return { ...result, ...parsed, dir };
}

function only(findings: JsonFinding[], file = rel): JsonFinding[] {
  return findings.filter((f) => f.file === file);
}

describe('reg validate on a clean workspace', () => {
  it('exits 0 with no findings and counts every file', () => {
    const r = validate({ [rel]: validDeal });
    expect(r.code).toBe(0);
    expect(r.findings).toEqual([]);
    expect(r.summary).toMatchObject({ files: 4, errors: 0, warnings: 0 });
  });

  it('prints one summary line in the pretty format', () => {
    const dir = makeWorkspace({ [rel]: validDeal });
    dirs.push(dir);
    const r = reg(['validate', '--today', '2026-12-03'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(['Checked 4 files: no problems found.']);
  });
});

describe('reg validate locates schema findings', () => {
  it('points at an invalid email value and phrases it for a partner', () => {
    const text = validDeal.replace('amy.tan@meridian-foods.example', 'amy.tan@@meridian');
    const r = validate({ [rel]: text });
    expect(r.code).toBe(1);
    const [f] = only(r.findings);
    expect(f).toMatchObject({
      rule: 'schema.format',
      path: 'customer.contact.email',
      line: 16,
      column: 12,
      message: 'customer.contact.email is not an email address',
    });
    expect(f?.hint).not.toBe('');
  });

  it('locates a finding in a file the yaml package takes for broken but the fast parser reads', () => {
    // A quote closed at the start of the next line: js-yaml reads the name, while the yaml
    // package recovers with a broken key. Locating the email must not end the run.
    // An unknown key after it is looked for past the broken one.
    const text = `${validDeal.replace('name: Meridian Foods Ltd.', 'name: "Meridian Foods Ltd.\n"')}extra: 1\n`;
    const r = validate({ [rel]: text });
    expect(r.code).toBe(1);
    expect(only(r.findings)).toMatchObject([
      { rule: 'schema.additional-properties', path: 'extra' },
    ]);
  });

  it('points at the parent of a missing property', () => {
    const text = validDeal.replace(
      / {2}contact:\n {4}name: Amy Tan\n {4}email: amy.tan@meridian-foods.example\n/,
      '',
    );
    const r = validate({ [rel]: text });
    const f = only(r.findings).find((x) => x.rule === 'schema.required');
    expect(f).toMatchObject({ path: 'customer', line: 9, column: 1 });
    expect(f?.message).toBe('customer.contact is missing');
  });

  it('reports a value written as text where a number belongs, once', () => {
    const r = validate({ [rel]: validDeal.replace('value: 180000', 'value: "1,200,000 CNY"') });
    const found = only(r.findings).filter((f) => f.path === 'opportunity.value');
    expect(found.map((f) => f.rule)).toEqual(['schema.type']);
    expect(found[0]).toMatchObject({ line: 19, column: 10 });
  });

  it('reports an unknown key at the key', () => {
    const r = validate({ [rel]: validDeal.replace('kind: deal\n', 'kind: deal\ncustomr: x\n') });
    expect(only(r.findings)).toContainEqual(
      expect.objectContaining({
        rule: 'schema.additional-properties',
        path: 'customr',
        line: 4,
        column: 1,
      }),
    );
  });

  it('reports a date that is not in the calendar', () => {
    const r = validate({
      [rel]: validDeal.replace('expected_close: 2027-03-01', 'expected_close: 2027-02-30'),
    });
    expect(only(r.findings)).toContainEqual(
      expect.objectContaining({
        rule: 'schema.format',
        path: 'opportunity.expected_close',
        line: 21,
      }),
    );
  });
});

describe('reg validate survives bad input and checks every other file', () => {
  const other = 'registrations/alpha/ALPHA-2026-0001.yaml';

  it('locates every finding of a file with 20,000 unknown keys, each key looked up once', () => {
    // Looked for one finding at a time along the whole map, this took minutes, and the
    // test helper stops a run after 60 s.
    const extra = Array.from({ length: 20_000 }, (_, i) => `x${i}: 1\n`).join('');
    const r = validate({ [rel]: `${validDeal}${extra}` });
    expect(r.code).toBe(1);
    const found = only(r.findings);
    expect(found).toHaveLength(20_000);
    const lines = validDeal.split('\n').length - 1;
    expect(found.at(-1)).toMatchObject({ path: 'x19999', line: lines + 20_000, column: 1 });
  });

  it.each([
    ['an empty file', '', 'yaml.empty', 1],
    ['tab indentation', 'id: ALPHA-2026-0002\ncustomer:\n\tname: x\n', 'yaml.tab', 3],
    ['a syntax error', 'id: ALPHA-2026-0002\nkind: "deal\n', 'yaml.syntax', 2],
    ['a duplicate key', `${validDeal}kind: campaign\n`, 'yaml.duplicate-key', 26],
    ['two documents', `${validDeal}---\nid: X\n`, 'yaml.multiple-documents', 26],
  ])('%s', (_name, text, rule, line) => {
    const r = validate({ [rel]: text, [other.replace('0001', '0009')]: 'x: [' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(only(r.findings)[0]).toMatchObject({ rule, line });
    expect(only(r.findings, other)).toEqual([]);
  });

  it('a list where a map belongs', () => {
    const r = validate({ [rel]: '- id: ALPHA-2026-0002\n- kind: deal\n' });
    expect(only(r.findings)).toEqual([
      expect.objectContaining({ rule: 'schema.type', path: '', line: 1, column: 1 }),
    ]);
  });

  it('invalid UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from('id: ALPHA-2026-0002\nnotes: '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('\n'),
    ]);
    const r = validate({ [rel]: bytes });
    expect(only(r.findings)).toEqual([
      expect.objectContaining({ rule: 'yaml.encoding', line: 2, column: 8 }),
    ]);
  });

  it('a 50 MB file is refused by its size without being parsed', () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 'a');
    const r = validate({ [rel]: big });
    expect(only(r.findings)).toEqual([expect.objectContaining({ rule: 'yaml.too-large' })]);
  });

  it('an alias bomb', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i += 1) {
      const [prev, next] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const r = validate({ [rel]: `${lines.join('\n')}\n` });
    expect(only(r.findings).map((f) => f.rule)).toEqual(['yaml.aliases']);
  });

  it('__proto__ and constructor keys are unknown fields and pollute nothing', () => {
    const text =
      validDeal + '__proto__:\n  isAdmin: true\nconstructor:\n  prototype:\n    isAdmin: true\n';
    const r = validate({ [rel]: text });
    const rules = only(r.findings).map((f) => `${f.rule} ${f.path}`);
    expect(rules).toEqual([
      'schema.additional-properties __proto__',
      'schema.additional-properties constructor',
    ]);
  });
});

describe('reg validate checks references, attachments, ids and dates', () => {
  const attach = (path: string, type = 'financial-forecast') =>
    `${validDeal}attachments:\n  - path: ${path}\n    type: ${type}\n`;

  it.each([
    ['an unknown partner', validDeal.replace('partner: alpha', 'partner: gamma'), 'ref.partner', 4],
    [
      'a contact not of the partner',
      validDeal.replace('zhang.wei@alpha.example', 'wei@other.example'),
      'ref.contact',
      7,
    ],
    [
      'an unknown product line',
      validDeal.replace('line: servo', 'line: lasers'),
      'ref.product-line',
      24,
    ],
    [
      'an unknown currency',
      validDeal.replace('currency: CNY', 'currency: JPY'),
      'ref.currency',
      20,
    ],
    [
      'a missing attachment',
      attach('attachments/alpha/ALPHA-2026-0002/nope.md'),
      'attachment.missing',
      27,
    ],
    ['an attachment escaping the workspace', attach('../../etc/passwd'), 'attachment.outside', 27],
    ['an absolute attachment path', attach('/etc/passwd'), 'attachment.outside', 27],
    [
      'an attachment of the wrong type',
      attach('attachments/alpha/ALPHA-2026-0001/forecast.md', 'customer-letter'),
      'attachment.type',
      27,
    ],
    [
      'expected close before submission',
      validDeal.replace('expected_close: 2027-03-01', 'expected_close: 2026-11-01'),
      'date.order',
      21,
    ],
    [
      'submission in the future',
      validDeal
        .replace('submitted_on: 2026-11-25', 'submitted_on: 2027-01-05')
        .replace(/ALPHA-2026-0002/, 'ALPHA-2027-0002'),
      'date.future',
      8,
    ],
  ])('%s', (_name, text, rule, line) => {
    const r = validate({ [rel]: text });
    expect(r.code).toBe(1);
    expect(only(r.findings).filter((f) => f.severity === 'error')).toContainEqual(
      expect.objectContaining({ rule, line }),
    );
  });

  it('an attachment behind a symlink that leads out of the workspace', () => {
    const dir = makeWorkspace({ [rel]: attach('attachments/alpha/ALPHA-2026-0002/link.md') });
    dirs.push(dir);
    mkdirSync(join(dir, 'attachments/alpha/ALPHA-2026-0002'), { recursive: true });
    symlinkSync('/etc/hostname', join(dir, 'attachments/alpha/ALPHA-2026-0002/link.md'));
    const r = reg(['validate', '--format', 'json', '--today', '2026-12-03'], { cwd: dir });
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    expect(only(findings).map((f) => f.rule)).toEqual(['attachment.outside']);
  });

  it('a registration in the folder of another partner', () => {
    const moved = 'registrations/beta/ALPHA-2026-0002.yaml';
    const r = validate({ [moved]: validDeal });
    expect(only(r.findings, moved)).toEqual([
      expect.objectContaining({ rule: 'id.folder', path: 'partner', line: 4 }),
    ]);
  });

  it('a file whose name is not its id', () => {
    const wrong = 'registrations/alpha/ALPHA-2026-0003.yaml';
    const r = validate({ [wrong]: validDeal });
    expect(only(r.findings, wrong)).toEqual([
      expect.objectContaining({ rule: 'id.file-name', line: 2, column: 5 }),
    ]);
  });

  it('two files with the same id are both told', () => {
    const copy = 'registrations/alpha/ALPHA-2026-0002.yml';
    const r = validate({ [rel]: validDeal, [copy]: validDeal });
    expect(only(r.findings).map((f) => f.rule)).toEqual(['id.duplicate']);
    expect(only(r.findings, copy).map((f) => f.rule)).toContain('id.duplicate');
  });

  it('an id of the wrong form', () => {
    const r = validate({ [rel]: validDeal.replace('id: ALPHA-2026-0002', 'id: alpha-26-2') });
    const rules = only(r.findings)
      .filter((f) => f.path === 'id')
      .map((f) => f.rule);
    expect(rules.sort()).toEqual(['id.file-name', 'id.format']);
  });
});

describe('reg validate exit codes and options', () => {
  it('--strict fails on warnings', () => {
    const text = validDeal.replace('name: Zhang Wei', 'name: Wei Zhang');
    const loose = validate({ [rel]: text });
    expect(loose.code).toBe(0);
    expect(loose.summary.warnings).toBe(1);
    expect(validate({ [rel]: text }, ['--strict']).code).toBe(1);
  });

  it('a broken policy is exit 2 with file, line and column', () => {
    const dir = makeWorkspace({ 'reg.config.yaml': 'version: 1\nprogram:\n  name: X\n' });
    dirs.push(dir);
    const r = reg(['validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reg\.config\.yaml:1:1 schema\.required/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('no workspace is exit 2 with a hint', () => {
    const r = reg(['validate', '--cwd', '/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('reg init');
  });

  it('an unknown option is a usage error, exit 2', () => {
    expect(reg(['validate', '--frobnicate']).code).toBe(2);
  });

  it('checks only the named files, and cross-file checks still see all', () => {
    const copy = 'registrations/alpha/ALPHA-2026-0002.yml';
    const r = validate({ [rel]: validDeal, [copy]: validDeal }, [rel]);
    expect(r.summary.files).toBe(1);
    expect(r.findings.map((f) => f.rule)).toEqual(['id.duplicate']);
  });

  it('speaks Chinese with --lang zh-CN', () => {
    const text = validDeal.replace('amy.tan@meridian-foods.example', 'amy.tan@@meridian');
    const r = validate({ [rel]: text }, ['--lang', 'zh-CN']);
    expect(only(r.findings)[0]?.message).toBe('customer.contact.email 不是有效的电子邮件地址');
  });

  it('takes the language from LANG', () => {
    const dir = makeWorkspace({ [rel]: validDeal.replace('amy.tan@meridian-foods.example', 'x') });
    dirs.push(dir);
    const r = reg(['validate', '--today', '2026-12-03'], {
      cwd: dir,
      env: { LANG: 'zh_CN.UTF-8' },
    });
    expect(r.stdout).toContain('不是有效的电子邮件地址');
    expect(r.stdout).toContain('已检查');
  });
});

describe('the pretty format', () => {
  it('shows the source line with a caret under the column', () => {
    const dir = makeWorkspace({ [rel]: validDeal.replace('value: 180000', 'value: lots') });
    dirs.push(dir);
    writeFileSync(join(dir, 'x'), '');
    const r = reg(['validate', '--today', '2026-12-03'], { cwd: dir });
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('| ') && l.includes('value: lots'));
    expect(at).toBeGreaterThan(0);
    const source = lines[at] ?? '';
    const caret = lines[at + 1] ?? '';
    expect(caret.indexOf('^')).toBe(source.indexOf('lots'));
    expect(r.stdout).toMatch(/19:10\s+error\s+opportunity\.value should be a number, not text/);
  });
});

describe('reg validate --quiet', () => {
  const workspace = join(repoRoot, 'examples', 'needs-work');
  // A registration whose one finding is a warning (a similar customer name).
  const file = 'registrations/lingnan-automation/LINGNAN-AUTOMATION-2026-0004.yaml';
  const run = (args: string[]) =>
    reg(['validate', file, '--no-cache', '--today', '2026-12-03', ...args], { cwd: workspace });

  it('hides what does not fail the run, and still counts it in the summary', () => {
    const loud = run([]);
    const quiet = run(['--quiet']);
    expect(loud.code).toBe(0);
    expect(quiet.code).toBe(0);
    expect(loud.stdout).toMatch(/warning .*conflict\.similar/);
    expect(quiet.stdout).not.toMatch(/conflict\.similar/);
    for (const r of [loud, quiet]) {
      expect(r.stdout).toMatch(/Checked 1 file: 0 errors, 1 warning, 0 notices\./);
    }
    const zh = run(['--lang', 'zh-CN']);
    expect(zh.stdout).toMatch(/已检查 1 个文件：0 个错误，1 个警告，0 个提示。/);
  });

  it('keeps the exit code of --strict, and lists the warnings that fail it', () => {
    const loud = run(['--strict']);
    const quiet = run(['--strict', '--quiet']);
    expect(loud.code).toBe(1);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toMatch(/warning .*conflict\.similar/);
    expect(quiet.stdout).toMatch(/0 errors, 1 warning, 0 notices/);
  });
});

describe('reg validate --today', () => {
  it('refuses a day the calendar does not have, as it refuses any other non-date', () => {
    const dir = makeWorkspace({ [rel]: validDeal });
    dirs.push(dir);
    for (const day of ['2026-02-30', '2026-13-01', 'tomorrow']) {
      const r = reg(['validate', '--today', day], { cwd: dir });
      expect(r.code, day).toBe(2);
      expect(r.stderr).toContain(`"${day}" is not a date (YYYY-MM-DD)`);
    }
    expect(reg(['validate', '--today', '2028-02-29'], { cwd: dir }).code).toBe(0);
  });
});

describe('reg validate on the customer industry', () => {
  it('refuses an industry not written in lower case, which the policy conditions would miss', () => {
    for (const industry of ['Healthcare', 'HEALTHCARE', 'health_care']) {
      const r = validate({ [rel]: validDeal.replace(/industry: \S+/, `industry: ${industry}`) });
      expect(r.code, industry).toBe(1);
      const found = only(r.findings).filter((f) => f.path === 'customer.industry');
      expect(found.map((f) => f.rule)).toEqual(['schema.pattern']);
    }
    const spaced = validate({ [rel]: validDeal.replace(/industry: \S+/, 'industry: oil and gas') });
    expect(only(spaced.findings)).toEqual([]);
  });
});

describe('reg validate on a fraction where a whole number belongs', () => {
  it('calls it a fraction, in both languages', () => {
    const text = validDeal.replace(/quantity: \d+/, 'quantity: 2.5');
    const r = validate({ [rel]: text });
    const found = only(r.findings).find((f) => f.rule === 'schema.type');
    expect(found?.message).toBe(
      'products[0].quantity should be a whole number, not a fraction (2.5)',
    );
    const zh = validate({ [rel]: text }, ['--lang', 'zh-CN']);
    const zhFound = only(zh.findings).find((f) => f.rule === 'schema.type');
    expect(zhFound?.message).toBe('products[0].quantity 应为整数，而不是小数（2.5）');
  });
});

describe('reg validate on a file that is no map at all', () => {
  it('says so of the file in a sentence, with a short hint and no example document', () => {
    const r = validate({ [rel]: '- just\n- a list\n' });
    const found = only(r.findings).find((f) => f.rule === 'schema.type');
    expect(found?.message).toBe('The file should be a map of keys and values, not a list');
    expect(found?.hint).toBe('Write the file as a map of keys and values.');
  });

  it('hints at how a partner profile is made when one is empty, not at reg new', () => {
    const profile = 'partners/alpha.yaml';
    const r = validate({ [rel]: validDeal, [profile]: '' });
    const found = only(r.findings, profile).find((f) => f.rule === 'yaml.empty');
    expect(found?.hint).toMatch(/partner profile/);
    expect(found?.hint).not.toMatch(/reg new/);
  });
});

describe('reg validate on usage it cannot act on', () => {
  it('says that --cwd names a file, not that it does not exist', () => {
    const dir = makeWorkspace({ [rel]: validDeal });
    dirs.push(dir);
    const r = reg(['validate', '--cwd', join(dir, 'reg.config.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reg\.config\.yaml is a file, not a folder/);
    expect(r.stderr).not.toMatch(/does not exist/);
  });

  it('refuses --base without --changed rather than checking every file unasked', () => {
    const dir = makeWorkspace({ [rel]: validDeal });
    dirs.push(dir);
    for (const lang of ['en', 'zh-CN']) {
      const r = reg(['validate', '--base', 'main', '--lang', lang], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        lang === 'en' ? /--base is read only with --changed/ : /--base 仅在/,
      );
    }
  });
});

describe('reg validate on a bracket left open', () => {
  it('points at the bracket, not at the next line, in both languages', () => {
    const text = `${validDeal.trimEnd()}\ncompetitors: [Siemens, Inovance\nnotes: more words\n`;
    const line = text.split('\n').findIndex((l) => l.startsWith('competitors:')) + 1;
    const r = validate({ [rel]: text });
    const found = only(r.findings).find((f) => f.rule === 'yaml.syntax');
    expect(found).toMatchObject({ line, column: 14, message: 'The [ opened here is never closed' });
    const zh = validate({ [rel]: text }, ['--lang', 'zh-CN']);
    expect(only(zh.findings).find((f) => f.rule === 'yaml.syntax')?.message).toBe(
      '此处的 [ 没有闭合',
    );
  });

  it('takes no bracket inside quotes or a comment for the one left open', () => {
    const text =
      `${validDeal.trimEnd()}\nnotes: "[draft" # [x\n` +
      `competitors: [Siemens, "x]"\nkind: deal\n`;
    const line = text.split('\n').findIndex((l) => l.startsWith('competitors:')) + 1;
    const r = validate({ [rel]: text });
    const found = only(r.findings).find((f) => f.rule === 'yaml.syntax');
    expect(found).toMatchObject({ line, column: 14 });
  });
});

describe.skipIf(process.platform === 'win32')(
  'reg validate on a registration that is a link',
  () => {
    it('refuses to follow it, with a finding, whether it leads into the workspace or out', () => {
      const outside = rel.replace('0002', '0003');
      const dir = makeWorkspace({ [rel]: validDeal, 'elsewhere.yaml': validDeal });
      dirs.push(dir);
      symlinkSync(join(dir, 'elsewhere.yaml'), join(dir, outside));
      const r = validate({}, []);
      expect(r.code).toBeDefined();
      const run = reg(['validate', '--format', 'json', '--today', '2026-12-03'], { cwd: dir });
      const json = JSON.parse(run.stdout) as { findings: JsonFinding[] };
      const found = json.findings.filter((f) => f.file === outside);
      expect(found.map((f) => f.rule)).toEqual(['yaml.unreadable']);
      expect(found[0]?.message).toBe('The file is a link (ELOOP), which reg does not follow');
      expect(run.code).toBe(1);
    });
  },
);

describe.skipIf(process.platform === 'win32')('reg validate where registrations/ is a link', () => {
  it('stops with exit 2 rather than reading wherever the link leads', () => {
    const dir = makeWorkspace({ [rel]: validDeal });
    dirs.push(dir);
    const elsewhere = `${dir}-elsewhere`;
    dirs.push(elsewhere);
    renameSync(join(dir, 'registrations'), elsewhere);
    symlinkSync(elsewhere, join(dir, 'registrations'));
    const r = reg(['validate', '--today', '2026-12-03'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The folder registrations/ is a link, which reg does not follow');
    expect(r.stdout).toBe('');
  });
});

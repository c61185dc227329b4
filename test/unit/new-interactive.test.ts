import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { newCommand } from '../../src/commands/new.js';
import { setLanguage } from '../../src/i18n/index.js';
import type { Globals } from '../../src/cli/globals.js';
import { interview } from '../../src/scaffold/interview.js';
import { openWorkspace } from '../../src/workspace/load.js';
import type { Finding } from '../../src/findings/finding.js';
import type { Doc } from '../../src/model/read.js';
import { ScriptedPrompter, type Step } from '../helpers/prompter.js';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => {
  dirs.splice(0).forEach(removeWorkspace);
  vi.restoreAllMocks();
  setLanguage('en');
});

function workspace(files: Record<string, string> = {}): string {
  const dir = makeWorkspace(files);
  dirs.push(dir);
  return dir;
}

function globals(cwd: string): Globals {
  return { cwd, lang: 'en', color: false, quiet: false, debug: false };
}

function silence(): { out: string[] } {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return { out };
}

const dealInChinese: Step[] = [
  { expect: 'Partner', answer: 'alpha' },
  { expect: '(customer.name)', answer: '杭州西湖智能装备股份有限公司' },
  { expect: '(customer.registration_number)', answer: 'not a number!', rejected: true },
  { expect: '(customer.registration_number)', answer: '91330100MA2KXY1234' },
  { expect: '(customer.domain)', answer: '' },
  { expect: '(customer.region)', answer: 'CN-East' },
  { expect: '(customer.industry)', answer: 'manufacturing' },
  { expect: '(customer.contact.name)', answer: '王芳' },
  { expect: '(customer.contact.email)', answer: 'wang@@xihu.example', rejected: true },
  { expect: '(customer.contact.email)', answer: 'wang.fang@xihu.example' },
  { expect: '(opportunity.title)', answer: '二期：包装线升级' },
  { expect: '(opportunity.value)', answer: '1,200,000', rejected: true },
  { expect: '(opportunity.value)', answer: '1200000' },
  { expect: '(opportunity.currency)', answer: 'CNY' },
  { expect: '(opportunity.expected_close)', answer: '2027-02-30', rejected: true },
  { expect: '(opportunity.expected_close)', answer: '2027-03-31' },
  { expect: '(opportunity.stage)', answer: 'develop' },
  { expect: '(products[0].line)', answer: 'plc' },
  { expect: '(products[0].sku)', answer: 'PLC-中文-1' },
  { expect: '(products[0].quantity)', answer: '2.5', rejected: true },
  { expect: '(products[0].quantity)', answer: '8' },
  { expect: 'Add another', answer: true },
  { expect: '(products[1].line)', answer: 'servo' },
  { expect: '(products[1].sku)', answer: '' },
  { expect: '(products[1].quantity)', answer: '2' },
  { expect: 'Add another', answer: false },
  { expect: 'Write registrations/alpha/ALPHA-2026-0002.yaml', answer: true },
];

describe('reg new, interactive', () => {
  it('asks every field of a deal in order, checks answers as typed, writes them', async () => {
    const root = workspace();
    const { out } = silence();
    const prompter = new ScriptedPrompter(dealInChinese);
    const code = await newCommand(
      'deal',
      { set: [], today: '2026-11-26' },
      globals(root),
      prompter,
    );

    expect(code).toBe(0);
    expect(prompter.remaining).toBe(0);
    expect(prompter.refusals).toHaveLength(5);
    const file = join(root, 'registrations/alpha/ALPHA-2026-0002.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=.*registration\.schema\.json$/,
    );
    const written = parse(text);
    expect(written).toMatchObject({
      id: 'ALPHA-2026-0002',
      kind: 'deal',
      partner: 'alpha',
      submitted_by: { name: 'Zhang Wei', email: 'zhang.wei@alpha.example' },
      submitted_on: '2026-11-26',
      customer: {
        name: '杭州西湖智能装备股份有限公司',
        registration_number: '91330100MA2KXY1234',
        region: 'CN-East',
        industry: 'manufacturing',
        contact: { name: '王芳', email: 'wang.fang@xihu.example' },
      },
      opportunity: { title: '二期：包装线升级', value: 1200000, currency: 'CNY', stage: 'develop' },
      products: [
        { line: 'plc', sku: 'PLC-中文-1', quantity: 8 },
        { line: 'servo', quantity: 2 },
      ],
    });
    expect(written.customer.domain).toBeUndefined();
    expect(out.join('')).toContain('Wrote');
  });

  it('asks again for an answer the whole registration refuses, keeping every other', async () => {
    const root = workspace();
    silence();
    // A close date well formed alone but before the submission day: only the checks of the
    // whole registration see it, after the last question.
    const steps = dealInChinese.flatMap((s): Step[] =>
      s.expect === '(opportunity.expected_close)' && s.rejected !== true
        ? [{ ...s, answer: '2026-11-01' }]
        : s.expect.startsWith('Write')
          ? [{ expect: '(opportunity.expected_close)', answer: '2027-03-31' }, s]
          : [s],
    );
    const prompter = new ScriptedPrompter(steps);
    const code = await newCommand(
      'deal',
      { set: [], today: '2026-11-26' },
      globals(root),
      prompter,
    );
    expect(code).toBe(0);
    expect(prompter.remaining).toBe(0);
    expect(prompter.notes.join('\n')).toContain('Please answer these again');
    const written = parse(
      readFileSync(join(root, 'registrations/alpha/ALPHA-2026-0002.yaml'), 'utf8'),
    );
    expect(written.opportunity.expected_close).toBe('2027-03-31');
    expect(written.customer.name).toBe('杭州西湖智能装备股份有限公司');
    expect(written.products).toHaveLength(2);
  });

  it('asks again for a --set value the registration refuses', async () => {
    const root = workspace();
    silence();
    const steps = dealInChinese.filter((s) => !s.expect.startsWith('(opportunity.value)'));
    const write = steps.pop() as Step;
    const prompter = new ScriptedPrompter([
      ...steps,
      { expect: '(opportunity.value)', answer: '1200000' },
      write,
    ]);
    const code = await newCommand(
      'deal',
      { set: ['opportunity.value=1,200,000'], today: '2026-11-26' },
      globals(root),
      prompter,
    );
    expect(code).toBe(0);
    expect(prompter.remaining).toBe(0);
    const written = parse(
      readFileSync(join(root, 'registrations/alpha/ALPHA-2026-0002.yaml'), 'utf8'),
    );
    expect(written.opportunity.value).toBe(1200000);
  });

  it('gives up after three rounds of asking again, and writes nothing', async () => {
    const root = workspace();
    silence();
    const early = { expect: '(opportunity.expected_close)', answer: '2026-11-01' };
    const steps = dealInChinese
      .filter((s) => !s.expect.startsWith('Write'))
      .map((s) => (s.expect === early.expect && s.rejected !== true ? early : s));
    const prompter = new ScriptedPrompter([...steps, early, early, early]);
    const code = await newCommand(
      'deal',
      { set: [], today: '2026-11-26' },
      globals(root),
      prompter,
    );
    expect(code).toBe(1);
    expect(prompter.remaining).toBe(0);
    expect(readdirSync(join(root, 'registrations/alpha'))).toEqual(['ALPHA-2026-0001.yaml']);
  });

  it('shows each field description before its question and a summary before writing', async () => {
    const root = workspace();
    silence();
    const prompter = new ScriptedPrompter(dealInChinese);
    await newCommand('deal', { set: [], today: '2026-11-26' }, globals(root), prompter);
    const notes = prompter.notes.join('\n');
    expect(notes).toContain("The customer's full legal name");
    expect(notes).toContain('Summary:');
    expect(notes).toContain('Customer name (customer.name): 杭州西湖智能装备股份有限公司');
  });

  it('asks in Chinese when the language is Chinese', async () => {
    const root = workspace();
    silence();
    setLanguage('zh-CN');
    const chinese: Record<string, string> = { Partner: '合作伙伴', 'Add another': '继续添加' };
    const steps = dealInChinese.map((s) => ({ ...s, expect: chinese[s.expect] ?? s.expect }));
    steps[steps.length - 1] = {
      expect: '写入 registrations/alpha/ALPHA-2026-0002.yaml',
      answer: true,
    };
    const prompter = new ScriptedPrompter(steps);
    const code = await newCommand(
      'deal',
      { set: [], today: '2026-11-26' },
      globals(root),
      prompter,
    );
    expect(code).toBe(0);
    expect(prompter.asked).toContain('客户名称 (customer.name)');
    expect(prompter.notes.join('\n')).toContain('客户营业执照或工商登记上的法定全称');
  });

  it('tells of a conflict right after the customer, before the opportunity is asked', async () => {
    const root = workspace();
    silence();
    const ws = openWorkspace(root);
    const prompter = new ScriptedPrompter(dealInChinese.slice(0, -1));
    const conflict: Finding = {
      rule: 'conflict.customer',
      severity: 'error',
      file: 'x',
      line: 1,
      column: 1,
      path: 'customer.name',
      message: 'The customer is registered by ALPHA-2026-0001',
      hint: '',
    };
    let askedBefore = -1;
    const conflicts = (data: Doc): Finding[] => {
      const named = (data.customer as Doc | undefined)?.name === '杭州西湖智能装备股份有限公司';
      if (named && askedBefore < 0) askedBefore = prompter.asked.length;
      return named ? [conflict] : [];
    };
    await interview({ partner: undefined, submitted_on: '2026-11-26' }, 'deal', {
      ws,
      prompter,
      conflicts,
    });
    const warning = prompter.notes.filter((n) => n.includes('ALPHA-2026-0001'));
    expect(warning).toHaveLength(1);
    expect(prompter.asked[askedBefore]).toContain('(opportunity.title)');
  });

  it('asks the kind and the contact when they are not known', async () => {
    const root = workspace({
      'partners/beta.yaml': [
        'id: beta',
        'name: Beta Automation',
        'tier: silver',
        'region: CN-South',
        'contacts:',
        '  - { name: Li Na, email: li.na@beta.example }',
        '  - { name: 周强, email: zhou.qiang@beta.example }',
        '',
      ].join('\n'),
    });
    silence();
    const prompter = new ScriptedPrompter([
      { expect: 'Kind of registration', answer: 'campaign' },
      { expect: 'Submitted by', answer: 'zhou.qiang@beta.example' },
      { expect: '(campaign.name)', answer: '2027 华南自动化论坛' },
      { expect: '(campaign.type)', answer: 'event' },
      { expect: '(campaign.start)', answer: '2027-04-16' },
      { expect: '(campaign.end)', answer: '2027-04-17' },
      { expect: '(campaign.budget.value)', answer: '80000' },
      { expect: '(campaign.budget.currency)', answer: 'CNY' },
      { expect: 'Write registrations/beta/BETA-2026-0001.yaml', answer: true },
    ]);
    const code = await newCommand(
      undefined,
      { set: [], partner: 'beta', today: '2026-11-26' },
      globals(root),
      prompter,
    );
    expect(code).toBe(0);
    const written = parse(
      readFileSync(join(root, 'registrations/beta/BETA-2026-0001.yaml'), 'utf8'),
    );
    expect(written.submitted_by).toEqual({ name: '周强', email: 'zhou.qiang@beta.example' });
    expect(written.campaign.budget).toEqual({ value: 80000, currency: 'CNY' });
  });

  it('writes nothing when the summary is declined', async () => {
    const root = workspace();
    silence();
    const steps = [...dealInChinese.slice(0, -1), { expect: 'Write', answer: false }];
    const code = await newCommand(
      'deal',
      { set: [], today: '2026-11-26' },
      globals(root),
      new ScriptedPrompter(steps),
    );
    expect(code).toBe(0);
    expect(readdirSync(join(root, 'registrations/alpha'))).toEqual(['ALPHA-2026-0001.yaml']);
  });

  it('does not ask again for fields given with --set', async () => {
    const root = workspace();
    silence();
    const given = [
      'customer.name=Meridian Foods Ltd.',
      'customer.region=APAC',
      'customer.industry=retail',
    ];
    const steps = dealInChinese.filter(
      (s) => !['(customer.name)', '(customer.region)', '(customer.industry)'].includes(s.expect),
    );
    const prompter = new ScriptedPrompter(steps);
    await newCommand('deal', { set: given, today: '2026-11-26' }, globals(root), prompter);
    expect(prompter.remaining).toBe(0);
    expect(prompter.asked.some((m) => m.includes('(customer.name)'))).toBe(false);
  });

  it('warns after the products of an active conflicting registration and asks before writing', async () => {
    const root = workspace();
    silence();
    const prompter = new ScriptedPrompter([
      { expect: 'Partner', answer: 'beta' },
      { expect: '(customer.name)', answer: '苏州精工机械有限公司' },
      { expect: '(customer.registration_number)', answer: '' },
      { expect: '(customer.domain)', answer: 'jinggong.example.cn' },
      { expect: '(customer.region)', answer: 'CN-East' },
      { expect: '(customer.industry)', answer: 'manufacturing' },
      { expect: '(customer.contact.name)', answer: '陈杰' },
      { expect: '(customer.contact.email)', answer: 'chen.jie@jinggong.example.cn' },
      { expect: '(opportunity.title)', answer: '四号线' },
      { expect: '(opportunity.value)', answer: '90000' },
      { expect: '(opportunity.currency)', answer: 'CNY' },
      { expect: '(opportunity.expected_close)', answer: '2027-05-31' },
      { expect: '(opportunity.stage)', answer: 'qualify' },
      { expect: '(products[0].line)', answer: 'plc' },
      { expect: '(products[0].sku)', answer: '' },
      { expect: '(products[0].quantity)', answer: '3' },
      { expect: 'Add another', answer: false },
      { expect: 'may be registered already', answer: false },
    ]);
    const flags = { set: [], today: '2026-11-26' };
    expect(await newCommand('deal', flags, globals(root), prompter)).toBe(0);
    const warning = prompter.notes.findIndex((n) => n.includes('ALPHA-2026-0001'));
    expect(warning).toBeGreaterThan(-1);
    expect(prompter.notes.join('\n')).not.toContain('Line 3 retrofit');
    expect(readdirSync(join(root, 'registrations')).sort()).toEqual(['alpha']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import {
  branchWith,
  makeRegistryRepo,
  mergeNoFf,
  read,
  removeRepo,
  type RegistryRepo,
} from '../helpers/registry-repo.js';
import { validDeal } from '../helpers/workspace.js';

const alphaFile = 'registrations/alpha/ALPHA-2026-0001.yaml';
const newFile = 'registrations/alpha/ALPHA-2026-0002.yaml';
const today = '2026-11-25';

interface JsonFinding {
  rule: string;
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
}

let repo: RegistryRepo;
afterEach(() => removeRepo(repo));

function checkPr(args: string[], cwd = repo.ws) {
  const base = ['check-pr', '--base', 'main', '--today', today, '--format', 'json'];
  const result = reg([...base, ...args], { cwd });
  const findings: JsonFinding[] = result.stdout ? JSON.parse(result.stdout).findings : [];
  return { ...result, findings, rules: findings.map((f) => f.rule) };
}

/** ALPHA-2026-0001 as merged on main, edited. */
function alpha(edit: (text: string) => string): Record<string, string> {
  return { [alphaFile]: edit(read(repo.ws, alphaFile)) };
}

function lineOf(text: string, start: string): number {
  return text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
}

describe('reg check-pr refuses what a partner must not do', () => {
  it("refuses a partner editing another partner's registration", () => {
    repo = makeRegistryRepo();
    branchWith(
      repo,
      'beta/edit',
      alpha((t) => t.replace('stage: develop', 'stage: propose')),
    );
    const result = checkPr(['--actor', 'beta-li']);
    expect(result.code).toBe(1);
    expect(result.rules).toEqual(['pr.scope']);
    expect(result.findings[0]?.file).toBe(alphaFile);
    expect(result.findings[0]?.message).toContain('partner beta');
    expect(result.findings[0]?.message).toContain('folder of alpha');
  });

  it('refuses moving submitted_on earlier to win a conflict, pointing at the date', () => {
    repo = makeRegistryRepo();
    const files = alpha((t) => t.replace('submitted_on: 2026-11-20', 'submitted_on: 2026-11-02'));
    branchWith(repo, 'alpha/backdate', files);
    const result = checkPr(['--actor', 'alpha-zhang']);
    expect(result.code).toBe(1);
    expect(result.rules).toEqual(['pr.identity']);
    const finding = result.findings[0];
    expect(finding?.message).toContain('moved earlier, from 2026-11-20 to 2026-11-02');
    expect(finding?.line).toBe(lineOf(files[alphaFile] ?? '', 'submitted_on'));
    expect(finding?.column).toBe('submitted_on: '.length + 1);
  });

  it('refuses changing the customer of a merged registration', () => {
    repo = makeRegistryRepo();
    branchWith(
      repo,
      'alpha/customer',
      alpha((t) => t.replace('苏州精工机械有限公司', '无锡精工有限公司')),
    );
    const result = checkPr(['--actor', 'alpha-zhang']);
    expect(result.rules).toEqual(['pr.identity']);
    expect(result.findings[0]?.path).toBe('customer.name');
  });

  it('refuses deleting a registration, pointing at the file as a whole', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'alpha/delete', { [alphaFile]: null });
    const result = checkPr(['--actor', 'alpha-zhang']);
    expect(result.code).toBe(1);
    expect(result.rules).toEqual(['pr.deleted']);
    expect(result.findings[0]).toMatchObject({ file: alphaFile, line: 0 });
  });

  it('refuses renaming a registration', () => {
    repo = makeRegistryRepo();
    const text = read(repo.ws, alphaFile);
    const moved = 'registrations/alpha/ALPHA-2026-0009.yaml';
    branchWith(repo, 'alpha/rename', { [alphaFile]: null, [moved]: text });
    const result = checkPr(['--actor', 'alpha-zhang']);
    expect(result.code).toBe(1);
    expect(result.rules).toContain('pr.renamed');
    expect(result.findings.find((f) => f.rule === 'pr.renamed')?.file).toBe(moved);
  });

  it('refuses changing reg.config.yaml in the same pull request as a registration', () => {
    repo = makeRegistryRepo();
    const policy = read(repo.ws, 'reg.config.yaml').replace('days: 90', 'days: 180');
    branchWith(repo, 'ops/mixed', { 'reg.config.yaml': policy, [newFile]: validDeal });
    const result = checkPr(['--actor', 'ops-admin']);
    expect(result.code).toBe(1);
    expect(result.rules).toEqual(['pr.policy-mixed']);
    expect(result.findings[0]?.file).toBe('reg.config.yaml');
    expect(result.findings[0]?.message).toBe(
      'The policy file reg.config.yaml is changed in the same pull request as a registration file',
    );
  });

  it('refuses a partner adding a schema together with a registration', () => {
    repo = makeRegistryRepo();
    const schema = '{ "type": "object" }\n';
    branchWith(repo, 'alpha/schema', { 'schemas/extra.schema.json': schema, [newFile]: validDeal });
    const result = checkPr(['--actor', 'alpha-zhang']);
    expect(result.code).toBe(1);
    expect(result.rules).toEqual(['pr.policy-mixed', 'pr.scope']);
    expect(new Set(result.findings.map((f) => f.file))).toEqual(
      new Set(['schemas/extra.schema.json']),
    );
  });

  it('refuses a partner setting its own decision', () => {
    repo = makeRegistryRepo();
    const decision = 'decision:\n  status: returned\n  reason_code: incomplete\n';
    branchWith(
      repo,
      'alpha/decide',
      alpha((t) => `${t}${decision}`),
    );
    const result = checkPr(['--actor', 'alpha-zhang']);
    expect(result.code).toBe(1);
    expect(result.rules).toEqual(['pr.decision']);
    expect(result.findings[0]?.message).toContain('@alpha-zhang is not an approver');
  });

  it('refuses a decision when no --actor shows who made it', () => {
    repo = makeRegistryRepo();
    const decision = 'decision:\n  status: rejected\n  reason_code: duplicate\n';
    branchWith(
      repo,
      'anon/decide',
      alpha((t) => `${t}${decision}`),
    );
    const result = checkPr([]);
    expect(result.rules).toEqual(['pr.decision']);
    expect(result.findings[0]?.message).toContain('no --actor');
  });

  it('lets the partner resubmit a returned registration by removing the return', () => {
    repo = makeRegistryRepo();
    const returned = 'decision:\n  status: returned\n  reason_code: incomplete\n  by: cm-li\n';
    branchWith(
      repo,
      'cm/return',
      alpha((t) => `${t}${returned}`),
    );
    mergeNoFf(repo.top, 'cm/return', '2026-11-24T15:00:00+08:00');
    branchWith(
      repo,
      'alpha/resubmit',
      alpha((t) => t.replace(returned, '')),
    );
    const result = checkPr(['--actor', 'alpha-zhang']);
    expect(result.findings).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('refuses a partner removing a rejection, or changing a return', () => {
    repo = makeRegistryRepo();
    const rejected = 'decision:\n  status: rejected\n  reason_code: duplicate\n  by: cm-li\n';
    branchWith(
      repo,
      'cm/reject',
      alpha((t) => `${t}${rejected}`),
    );
    mergeNoFf(repo.top, 'cm/reject', '2026-11-24T15:00:00+08:00');
    branchWith(
      repo,
      'alpha/undo',
      alpha((t) => t.replace(rejected, '')),
    );
    expect(checkPr(['--actor', 'alpha-zhang']).rules).toEqual(['pr.decision']);

    git(repo.top, 'switch', '-q', 'main');
    const returned = rejected.replace('rejected', 'returned').replace('duplicate', 'incomplete');
    branchWith(
      repo,
      'cm/return',
      alpha((t) => t.replace(rejected, returned)),
    );
    mergeNoFf(repo.top, 'cm/return', '2026-11-24T16:00:00+08:00');
    branchWith(
      repo,
      'alpha/reword',
      alpha((t) => t.replace('by: cm-li', 'by: alpha-zhang')),
    );
    expect(checkPr(['--actor', 'alpha-zhang']).rules).toEqual(['pr.decision']);
  });

  it('refuses a second extension when the policy allows one', () => {
    repo = makeRegistryRepo();
    const two =
      'extensions:\n' +
      '  - { requested_on: 2026-11-25, days: 10, reason: Customer board meets in January }\n' +
      '  - { requested_on: 2026-11-25, days: 10, reason: Customer board meets in February }\n';
    branchWith(
      repo,
      'alpha/extend',
      alpha((t) => `${t}${two}`),
    );
    const result = checkPr(['--actor', 'alpha-zhang']);
    expect(result.code).toBe(1);
    expect(result.rules).toEqual(['pr.extension']);
    expect(result.findings[0]?.path).toBe('extensions[1]');
    expect(result.findings[0]?.message).toContain('more than the policy allows (1)');
  });

  it('refuses an extension of more days than the policy allows', () => {
    repo = makeRegistryRepo();
    const long =
      'extensions:\n  - { requested_on: 2026-11-25, days: 45, reason: Tender postponed by the customer }\n';
    branchWith(
      repo,
      'alpha/extend',
      alpha((t) => `${t}${long}`),
    );
    const result = checkPr(['--actor', 'alpha-zhang']);
    expect(result.rules).toEqual(['pr.extension']);
    expect(result.findings[0]?.message).toContain('add 45 days; the policy allows 30');
  });

  it('refuses editing an extension that is already merged', () => {
    repo = makeRegistryRepo();
    const one =
      'extensions:\n  - { requested_on: 2026-11-25, days: 20, reason: Tender postponed by the customer }\n';
    branchWith(
      repo,
      'alpha/extend',
      alpha((t) => `${t}${one}`),
    );
    mergeNoFf(repo.top, 'alpha/extend', '2026-11-25T15:00:00+08:00');
    branchWith(
      repo,
      'alpha/stretch',
      alpha((t) => t.replace('days: 20', 'days: 30')),
    );
    const result = checkPr(['--actor', 'alpha-zhang']);
    expect(result.rules).toEqual(['pr.extension']);
    expect(result.findings[0]?.message).toContain('merged extension 1 is changed or removed');
  });

  it('refuses a new registration dated days before it is submitted', () => {
    repo = makeRegistryRepo();
    const old = validDeal.replace('submitted_on: 2026-11-25', 'submitted_on: 2026-11-10');
    branchWith(repo, 'alpha/new', { [newFile]: old });
    const result = checkPr(['--actor', 'alpha-zhang']);
    expect(result.rules).toEqual(['pr.submitted-on']);
  });

  it('refuses a lost outcome whose reason code the policy does not know', () => {
    repo = makeRegistryRepo();
    const lost = 'outcome:\n  status: lost\n  on: 2026-11-25\n  reason_code: timing\n';
    branchWith(
      repo,
      'alpha/lost',
      alpha((t) => `${t}${lost}`),
    );
    const result = checkPr(['--actor', 'alpha-zhang']);
    expect(result.rules).toEqual(['pr.reason-code']);
    expect(result.findings[0]?.message).toContain('timing');
    expect(result.findings[0]?.message).toContain('price');
  });

  it('refuses a partner changing an outcome already merged', () => {
    repo = makeRegistryRepo();
    const lost = 'outcome:\n  status: lost\n  on: 2026-11-24\n  reason_code: price\n';
    branchWith(
      repo,
      'alpha/lost',
      alpha((t) => `${t}${lost}`),
    );
    mergeNoFf(repo.top, 'alpha/lost', '2026-11-24T15:00:00+08:00');
    const won = alpha((t) =>
      t.replace('status: lost', 'status: won').replace(/ {2}reason_code.*\n/, ''),
    );
    branchWith(repo, 'alpha/won-after-all', won);
    const result = checkPr(['--actor', 'alpha-zhang']);
    expect(result.rules).toEqual(['pr.outcome']);
    expect(checkPr(['--actor', 'cm-li']).rules).toEqual([]);
  });

  it("refuses an approver's rejection with a reason code the policy does not know", () => {
    repo = makeRegistryRepo();
    const decision = 'decision:\n  status: rejected\n  reason_code: not-qualified\n';
    branchWith(
      repo,
      'cm/reject',
      alpha((t) => `${t}${decision}`),
    );
    const result = checkPr(['--actor', 'cm-li']);
    expect(result.rules).toEqual(['pr.reason-code']);
    expect(result.findings[0]?.path).toBe('decision.reason_code');
  });

  it('says what is wrong in Chinese when asked', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'alpha/delete', { [alphaFile]: null });
    const result = checkPr(['--lang', 'zh-CN', '--actor', 'alpha-zhang']);
    expect(result.findings[0]?.message).toBe(`报备 ${alphaFile} 被删除`);
  });

  it("refuses a handle that is neither a partner's nor an approver's", () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'stranger/new', { [newFile]: validDeal });
    const result = checkPr(['--actor', 'someone-else']);
    expect(result.rules).toEqual(['pr.scope']);
    expect(result.findings[0]?.message).toContain('@someone-else is neither');
  });

  it('refuses a pull request spanning two partners when no actor is named', () => {
    repo = makeRegistryRepo();
    const beta = validDeal
      .replace(/ALPHA-2026-0002/g, 'BETA-2026-0001')
      .replace('partner: alpha', 'partner: beta');
    branchWith(repo, 'mixed', {
      [newFile]: validDeal,
      'registrations/beta/BETA-2026-0001.yaml': beta,
    });
    const result = checkPr([]);
    expect(result.rules).toEqual(['pr.scope', 'pr.scope']);
    expect(result.findings[0]?.message).toContain('several partners: alpha, beta');
  });
});

describe('reg check-pr passes legitimate pull requests', () => {
  it('passes a new registration by its partner', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'alpha/new', { [newFile]: validDeal });
    const result = checkPr(['--actor', 'alpha-zhang']);
    expect(result.stderr).toBe('');
    expect(result.findings).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('passes an extension within the limit', () => {
    repo = makeRegistryRepo();
    const one =
      'extensions:\n  - { requested_on: 2026-11-25, days: 30, reason: Tender postponed by the customer }\n';
    branchWith(
      repo,
      'alpha/extend',
      alpha((t) => `${t}${one}`),
    );
    const result = checkPr(['--actor', 'Alpha-Zhang']);
    expect(result.findings).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('passes an outcome won', () => {
    repo = makeRegistryRepo();
    branchWith(
      repo,
      'alpha/won',
      alpha((t) => `${t}outcome:\n  status: won\n  on: 2026-11-25\n`),
    );
    const result = checkPr(['--actor', 'alpha-zhang']);
    expect(result.findings).toEqual([]);
    expect(result.code).toBe(0);
  });

  it("passes an approver's rejection with a reason code of the policy", () => {
    repo = makeRegistryRepo();
    const decision =
      'decision:\n  status: rejected\n  reason_code: duplicate\n  by: cm-li\n  on: 2026-11-25\n';
    branchWith(
      repo,
      'cm/reject',
      alpha((t) => `${t}${decision}`),
    );
    const result = checkPr(['--actor', 'cm-li']);
    expect(result.findings).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('reads the head from git when --head names a commit not checked out', () => {
    repo = makeRegistryRepo();
    branchWith(repo, 'alpha/delete', { [alphaFile]: null });
    git(repo.top, 'switch', '-q', 'main');
    const result = checkPr(['--head', 'alpha/delete', '--actor', 'alpha-zhang']);
    expect(result.rules).toEqual(['pr.deleted']);
  });
});

describe('reg check-pr in CI', () => {
  it('prints GitHub annotations with the line of the offending value', () => {
    repo = makeRegistryRepo();
    branchWith(
      repo,
      'alpha/backdate',
      alpha((t) => t.replace('2026-11-20', '2026-11-02')),
    );
    const args = ['check-pr', '--base', 'main', '--actor', 'alpha-zhang', '--format', 'github'];
    const result = reg([...args, '--today', today], { cwd: repo.ws });
    expect(result.code).toBe(1);
    const line = lineOf(read(repo.ws, alphaFile), 'submitted_on');
    expect(result.stdout).toContain(
      `::error file=${alphaFile},line=${line},col=15,title=pr.identity::`,
    );
  });

  it('guards a workspace in a subfolder, CI files at the top of the repository included', () => {
    repo = makeRegistryRepo({ subfolder: 'channel' });
    const workflow = 'on: pull_request\n';
    branchWith(repo, 'ops/mixed', {
      [newFile]: validDeal,
      '../.github/workflows/reg.yml': workflow,
    });
    const result = checkPr(['--actor', 'ops-admin']);
    expect(result.code).toBe(1);
    expect(result.rules).toEqual(['pr.policy-mixed']);
    expect(result.findings[0]?.file).toBe('../.github/workflows/reg.yml');
  });
});

import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reg } from '../helpers/cli.js';
import { registrationChecks } from '../../src/checks/registry.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function fresh(): string {
  const dir = mkdtempSync(join(tmpdir(), 'regkit-init-'));
  dirs.push(dir);
  return dir;
}

function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else out.set(relative(root, path), `${statSync(path).mtimeMs}:${readFileSync(path, 'utf8')}`);
    }
  };
  walk(root);
  return out;
}

const deal = [
  '--set',
  'customer.name=宁波港口物流有限公司',
  '--set',
  'customer.region=CN-East',
  '--set',
  'customer.industry=logistics',
  '--set',
  'customer.contact.name=李明',
  '--set',
  'customer.contact.email=li.ming@nbport.example',
  '--set',
  'opportunity.title=自动化码头一期',
  '--set',
  'opportunity.value=380000',
  '--set',
  'opportunity.currency=CNY',
  '--set',
  'opportunity.expected_close=2027-09-30',
  '--set',
  'opportunity.stage=develop',
  '--set',
  'products[0].line=drives',
  '--set',
  'products[0].quantity=12',
];

describe('reg init', () => {
  it('makes a workspace in which reg new --yes writes a file that reg validate accepts', () => {
    const top = fresh();
    const init = reg(['init', 'channel'], { cwd: top });
    expect(init.code).toBe(0);
    const root = join(top, 'channel');
    expect(reg(['validate'], { cwd: root }).code).toBe(0);

    const made = reg(['new', 'deal', ...deal, '--yes'], { cwd: root });
    expect(made.code).toBe(0);
    const file = join(root, 'registrations/example-partner/EXAMPLE-PARTNER-2026-0001.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../schemas/registration.schema.json',
    );
    expect(
      JSON.parse(readFileSync(join(root, 'schemas/registration.schema.json'), 'utf8')).$comment,
    ).toMatch(/Generated copy/);
    const validate = reg(['validate'], { cwd: root });
    expect(validate.stdout).toContain('no problems found');
    expect(validate.code).toBe(0);
  });

  it('changes nothing when run again on the workspace it made', () => {
    const root = fresh();
    expect(reg(['init'], { cwd: root }).code).toBe(0);
    const before = snapshot(root);
    const again = reg(['init'], { cwd: root });
    expect(again.code).toBe(0);
    expect(snapshot(root)).toEqual(before);
    expect(again.stdout).toContain('0 files created');
    expect(again.stdout).toContain(`${before.size} files exist and were left as they are`);
  });

  it('never overwrites a file that exists, and lists it as skipped', () => {
    const root = fresh();
    mkdirSync(join(root, '.github'));
    writeFileSync(join(root, 'README.md'), 'our own readme\n');
    writeFileSync(join(root, '.github/CODEOWNERS'), '* @us\n');
    const result = reg(['init'], { cwd: root });
    expect(result.code).toBe(0);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('our own readme\n');
    expect(readFileSync(join(root, '.github/CODEOWNERS'), 'utf8')).toBe('* @us\n');
    expect(result.stdout).toMatch(/= README\.md/);
    expect(result.stdout).toMatch(/= \.github\/CODEOWNERS/);
    expect(result.stdout).toMatch(/\+ reg\.config\.yaml/);
  });

  it('writes the process and owners from the policy', () => {
    const root = fresh();
    reg(['init'], { cwd: root });
    const process = readFileSync(join(root, 'docs/PROCESS.md'), 'utf8');
    expect(process).toContain('| Large (大型) | 500000 CNY |');
    expect(process).toContain('90 days');
    const owners = readFileSync(join(root, '.github/CODEOWNERS'), 'utf8');
    expect(owners).toMatch(/^\/reg\.config\.yaml @channel-admin$/m);
    expect(owners).toMatch(/^\/registrations\/example-partner\/ @partner-contact/m);
  });
});

const hasCompleteness = registrationChecks.some((c) =>
  c.rules.some((r) => r.startsWith('completeness.')),
);
const noCompleteness = hasCompleteness
  ? ''
  : ' (skipped: no completeness.* check in the registry yet)';

describe.skipIf(!hasCompleteness)(`reg new lists what is left for later${noCompleteness}`, () => {
  it('writes a large deal without its forecast and names the forecast as still to do', () => {
    const top = fresh();
    reg(['init', 'channel'], { cwd: top });
    const root = join(top, 'channel');
    const large = deal.map((arg) =>
      arg === 'opportunity.value=380000' ? 'opportunity.value=800000' : arg,
    );
    const made = reg(['new', 'deal', ...large, '--yes'], { cwd: root });
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('Still to do before you submit:');
    expect(made.stdout).toMatch(/completeness\./);

    const validate = reg(['validate', '--format', 'json'], { cwd: root });
    const findings = JSON.parse(validate.stdout).findings as { rule: string; severity: string }[];
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.rule.startsWith('completeness.'))).toBe(true);
  });
});

interface Step {
  run?: unknown;
  uses?: unknown;
  with?: unknown;
  if?: unknown;
}

describe('the CI files reg init writes', () => {
  const root = fresh();
  reg(['init'], { cwd: root });
  const githubText = readFileSync(join(root, '.github/workflows/registrations.yml'), 'utf8');
  const gitlabText = readFileSync(join(root, '.gitlab-ci.yml'), 'utf8');

  it('GitHub: a well-formed workflow that runs the checks and comments the report', () => {
    const wf = parse(githubText, { uniqueKeys: true });
    expect(Object.keys(wf.on)).toContain('pull_request');
    expect(wf.permissions['pull-requests']).toBe('write');
    const jobs = Object.values(wf.jobs) as { 'runs-on': unknown; steps: Step[] }[];
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      expect(typeof job['runs-on']).toBe('string');
      for (const step of job.steps) {
        expect((step.run === undefined) !== (step.uses === undefined)).toBe(true);
        if (step.uses !== undefined)
          expect(String(step.uses)).toMatch(/^[\w.-]+\/[\w.-]+@[\w.-]+$/);
      }
    }
    const scripts = jobs.flatMap((j) => j.steps.map((s) => String(s.run ?? ''))).join('\n');
    expect(scripts).toMatch(/reg validate .*--format github/);
    expect(scripts).toContain('reg check-pr');
    expect(scripts).toContain('reg approvals');
    expect(scripts).toMatch(/reg report .*--format markdown/);
    expect(scripts).toContain('gh pr comment');
    expect(balancedExpressions(githubText)).toBe(true);
    for (const job of jobs)
      for (const step of job.steps) if (step.run) expect(shellOk(String(step.run))).toBe('');
  });

  it('GitLab: a well-formed pipeline with a JUnit report', () => {
    const ci = parse(gitlabText, { uniqueKeys: true });
    const stages: string[] = ci.stages;
    const jobs = Object.entries(ci).filter(
      ([key]) => !['stages', 'variables', 'default'].includes(key),
    );
    expect(jobs.length).toBeGreaterThan(0);
    for (const [, job] of jobs as [string, Record<string, unknown>][]) {
      expect(stages).toContain(job.stage);
      expect(Array.isArray(job.script)).toBe(true);
      for (const line of job.script as unknown[]) expect(typeof line).toBe('string');
    }
    const job = ci.registrations;
    expect(job.rules[0].if).toContain('merge_request_event');
    expect(job.artifacts.reports.junit).toBeDefined();
    expect(job.artifacts.when).toBe('always');
    expect(job.script.join('\n')).toMatch(/reg validate .*--format junit/);
    for (const line of [...job.script, ...job.after_script]) expect(shellOk(String(line))).toBe('');
  });

  const validator = loadActionValidator();
  const absent = validator ? '' : ' (skipped: devDependency @action-validator/core not installed)';
  it.skipIf(!validator)(
    `GitHub: passes the published workflow schema of SchemaStore${absent}`,
    () => {
      const state = validator?.validateWorkflow(githubText);
      expect(state?.errors).toEqual([]);
    },
  );
});

/** What `bash -n` says of a script: empty when its syntax is sound. */
function shellOk(script: string): string {
  const expanded = script.replace(/\$\{\{[^}]*\}\}/g, 'x');
  const result = spawnSync('bash', ['-n', '-c', expanded], { encoding: 'utf8' });
  return result.status === 0 ? '' : result.stderr;
}

/** Every `${{` has its `}}` on the same line. */
function balancedExpressions(text: string): boolean {
  return text.split('\n').every((line) => line.split('${{').length === line.split('}}').length);
}

type ActionValidator = { validateWorkflow(src: string): { errors: unknown[] } };

/**
 * The published GitHub workflow schema (SchemaStore's, compiled into @action-validator/core).
 * Not a dependency yet; the test runs once it is installed.
 */
function loadActionValidator(): ActionValidator | undefined {
  try {
    return createRequire(import.meta.url)('@action-validator/core') as ActionValidator;
  } catch {
    return undefined;
  }
}

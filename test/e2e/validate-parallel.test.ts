import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { betaDeal, makeWorkspace, removeWorkspace, validDeal } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

/**
 * Enough registrations for many chunks, so that every thread gets work: every tenth is
 * broken, and a later deal of another partner names the customer of the first (撞单: a
 * finding about a file that has none of its own, whose text a lean run lets go of and
 * must read again).
 */
function largeWorkspace(count: number): string {
  const files: Record<string, string> = {};
  for (let i = 1; i <= count; i += 1) {
    const id = `ALPHA-2026-${String(i).padStart(4, '0')}`;
    let text = validDeal
      .replace('ALPHA-2026-0002', id)
      .replace('Meridian Foods Ltd.', `Customer Number ${i} Ltd.`)
      .replace('meridian-foods.example', `customer-${i}.example`);
    if (i % 10 === 0) text = text.replace('stage: qualify', 'stage: someday');
    if (i % 25 === 0) text = text.replace('value: 180000', 'value: lots');
    files[`registrations/alpha/${id}.yaml`] = text;
  }
  files['registrations/beta/BETA-2026-0001.yaml'] = betaDeal
    .replace('submitted_on: 2026-11-25', 'submitted_on: 2026-11-26')
    .replace('Meridian Foods Ltd.', 'Customer Number 1 Ltd.')
    .replace('meridian-foods.example', 'customer-1.example');
  const root = makeWorkspace(files);
  dirs.push(root);
  return root;
}

function validate(root: string, format: string, workers: string, more: string[] = []) {
  return reg(['validate', '--today', '2026-11-26', '--format', format, ...more], {
    cwd: root,
    env: { ...process.env, REG_WORKERS: workers, NO_COLOR: '1' },
  });
}

describe('reg validate across threads', () => {
  it('gives the same findings, in the same order, on one thread and on three', () => {
    const root = largeWorkspace(400);
    const one = validate(root, 'json', '0');
    const three = validate(root, 'json', '3');
    const findings = JSON.parse(one.stdout).findings as { rule: string; file: string }[];
    expect(findings.filter((f) => f.rule === 'schema.enum')).toHaveLength(40);
    expect(three.stdout).toBe(one.stdout);
    expect(three.code).toBe(1);
  });

  it('gives the same output when the main thread reads chunks beside its feeder', () => {
    const root = largeWorkspace(400);
    const one = validate(root, 'json', '0', ['--no-cache']);
    const both = reg(['validate', '--today', '2026-11-26', '--format', 'json', '--no-cache'], {
      cwd: root,
      env: { ...process.env, REG_WORKERS: '2', REG_MAIN_READS: '0', NO_COLOR: '1' },
    });
    expect(JSON.parse(one.stdout).findings.length).toBeGreaterThan(40);
    expect(both.stdout).toBe(one.stdout);
    expect(both.code).toBe(one.code);
  });

  it('shows the source line of a cross-file finding about an otherwise clean file', () => {
    const root = largeWorkspace(400);
    const one = validate(root, 'pretty', '0');
    const two = validate(root, 'pretty', '2');
    expect(two.stdout).toBe(one.stdout);
    const beta = two.stdout.slice(two.stdout.indexOf('BETA-2026-0001.yaml'));
    expect(beta).toContain('conflict.customer');
    expect(beta).toMatch(
      /11:11 .*conflict\.customer\n\s+11 \| {3}domain: customer-1\.example\n\s+\| +\^/,
    );
  });

  it('speaks the language of the run on every thread and from the cache', () => {
    const root = largeWorkspace(400);
    const zh = ['--lang', 'zh-CN'];
    const one = validate(root, 'json', '0', [...zh, '--no-cache']);
    expect(one.stdout).toContain('应为');
    expect(validate(root, 'json', '3', [...zh, '--no-cache']).stdout).toBe(one.stdout);
    const english = validate(root, 'json', '2', ['--lang', 'en']);
    expect(english.stdout).not.toContain('应为');
    expect(validate(root, 'json', '2', zh).stdout).toBe(one.stdout);
  });
});

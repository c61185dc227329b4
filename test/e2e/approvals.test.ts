import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import {
  branchWith,
  makeRegistryRepo,
  removeRepo,
  type RegistryRepo,
} from '../helpers/registry-repo.js';
import { removeWorkspace, validDeal } from '../helpers/workspace.js';

const newFile = 'registrations/alpha/ALPHA-2026-0002.yaml';
const largeDeal = validDeal.replace('value: 180000', 'value: 600000');

let repo: RegistryRepo;
let scratch: string;
afterEach(() => {
  removeRepo(repo);
  removeWorkspace(scratch);
});

function pullRequest(registration: string): void {
  repo = makeRegistryRepo();
  scratch = mkdtempSync(join(tmpdir(), 'regkit-reviews-'));
  branchWith(repo, 'alpha/new', { [newFile]: registration });
}

function reviewsFile(value: unknown): string {
  const file = join(scratch, 'reviews.json');
  writeFileSync(file, JSON.stringify(value));
  return file;
}

function review(login: string, state: string, at: string) {
  return { user: { login }, state, submitted_at: `2026-11-25T${at}:00Z` };
}

function approvals(args: string[]) {
  const result = reg(['approvals', '--base', 'main', '--today', '2026-11-25', ...args], {
    cwd: repo.ws,
  });
  return result;
}

function missing(args: string[]) {
  const result = approvals([...args, '--format', 'json']);
  const findings = JSON.parse(result.stdout).findings as { rule: string; message: string }[];
  return { code: result.code, findings };
}

describe('reg approvals lists who must approve', () => {
  it("names the tier's groups and their members for a large deal", () => {
    pullRequest(largeDeal);
    const result = approvals([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ALPHA-2026-0002  tier large');
    expect(result.stdout).toMatch(/channel-managers\s+required: @cm-li\s+tier large/);
    expect(result.stdout).toMatch(/sales-directors\s+required: @sd-wang\s+tier large/);
  });

  it('asks for no review of an auto-approved tier', () => {
    pullRequest(validDeal);
    const result = approvals(['--reviews', reviewsFile([])]);
    expect(result.stdout).toContain('no approval needed (tier standard is auto-approved)');
    expect(result.code).toBe(0);
  });

  it('a waiver ends auto-approval: its approvers and the tier\'s both decide', () => {
    const waiver =
      'waivers:\n  - rule: attachment.missing\n    reason: The customer letter follows after the board meeting.\n';
    pullRequest(`${validDeal}${waiver}`);
    const { code, findings } = missing(['--reviews', reviewsFile([])]);
    expect(code).toBe(1);
    expect(findings.map((f) => f.rule)).toEqual(['approval.missing', 'approval.missing']);
    const messages = findings.map((f) => f.message).join('\n');
    expect(messages).toContain('Sales directors (sales-directors)');
    expect(messages).toContain('(channel-managers)');
  });

  it('adds the approvers of an extra rule of the policy that matches', () => {
    pullRequest(validDeal.replace('line: servo', 'line: robotics'));
    const result = approvals([]);
    expect(result.stdout).toMatch(
      /sales-directors\s+required: @sd-wang\s+policy rule robotics-deals/,
    );
  });
});

describe('reg approvals for a pull request that records a decision', () => {
  /** ALPHA-2026-0001 of main with a decision added on an approver's branch. */
  function decisionPr(status: string, code: string, edit = (t: string) => t): void {
    repo = makeRegistryRepo();
    scratch = mkdtempSync(join(tmpdir(), 'regkit-reviews-'));
    const file = 'registrations/alpha/ALPHA-2026-0001.yaml';
    const text = readFileSync(join(repo.ws, file), 'utf8');
    const decision = `decision:\n  status: ${status}\n  reason_code: ${code}\n  by: cm-li\n`;
    branchWith(repo, 'cm/decide', { [file]: `${edit(text)}${decision}` });
  }

  it("asks the tier's groups to confirm a rejection, though the tier is auto-approved", () => {
    decisionPr('rejected', 'duplicate');
    const result = approvals([]);
    expect(result.stdout).not.toContain('no approval needed');
    expect(result.stdout).toMatch(/channel-managers\s+required: @cm-li\s+rejection, tier standard/);
    const { code, findings } = missing(['--reviews', reviewsFile([])]);
    expect(code).toBe(1);
    expect(findings.map((f) => f.rule)).toEqual(['approval.missing']);
    expect(findings[0]?.message).toContain('Channel managers');
  });

  it("does not count the deciding approver's own approval of the decision", () => {
    decisionPr('rejected', 'duplicate');
    const file = reviewsFile([review('cm-li', 'APPROVED', '10:00')]);
    expect(approvals(['--reviews', file]).code).toBe(0);
    const { code, findings } = missing(['--reviews', file, '--author', 'cm-li']);
    expect(code).toBe(1);
    expect(findings[0]?.message).toContain('no member other than the author can give it');
  });

  it("asks only the tier's groups for a return, not those of an extra rule", () => {
    decisionPr('returned', 'incomplete', (t) => t.replace('line: plc', 'line: robotics'));
    const head = readFileSync(join(repo.ws, 'registrations/alpha/ALPHA-2026-0001.yaml'), 'utf8');
    expect(head).toContain('line: robotics');
    const result = approvals([]);
    expect(result.stdout).toMatch(/channel-managers\s+required: @cm-li\s+return, tier standard/);
    expect(result.stdout).not.toContain('sales-directors');
  });
});

describe("reg approvals with the code host's reviews", () => {
  it('passes when every required group has approved on GitHub', () => {
    pullRequest(largeDeal);
    const file = reviewsFile([
      review('cm-li', 'APPROVED', '10:00'),
      review('SD-Wang', 'APPROVED', '11:00'),
    ]);
    const result = approvals(['--reviews', file, '--author', 'alpha-zhang']);
    expect(result.stdout).toContain('approved by @sd-wang');
    expect(result.code).toBe(0);
  });

  it('fails while a group is missing, listing who can give the approval', () => {
    pullRequest(largeDeal);
    const { code, findings } = missing([
      '--reviews',
      reviewsFile([review('cm-li', 'APPROVED', '10:00')]),
    ]);
    expect(code).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('it can be given by @sd-wang');
  });

  it("never counts the author's own approval", () => {
    pullRequest(largeDeal);
    const file = reviewsFile([
      review('cm-li', 'APPROVED', '10:00'),
      review('sd-wang', 'APPROVED', '11:00'),
    ]);
    const { code, findings } = missing(['--reviews', file, '--author', 'sd-wang']);
    expect(code).toBe(1);
    expect(findings[0]?.message).toContain('no member other than the author can give it');
  });

  it('does not count an approval that was later dismissed', () => {
    pullRequest(largeDeal);
    const file = reviewsFile([
      review('cm-li', 'APPROVED', '10:00'),
      review('sd-wang', 'DISMISSED', '11:00'),
    ]);
    const { code, findings } = missing(['--reviews', file]);
    expect(code).toBe(1);
    expect(findings[0]?.message).toContain('Sales directors');
  });

  it('does not count an approval superseded by a later request for changes', () => {
    pullRequest(largeDeal);
    const file = reviewsFile([
      review('cm-li', 'APPROVED', '10:00'),
      review('sd-wang', 'CHANGES_REQUESTED', '12:00'),
      review('sd-wang', 'APPROVED', '11:00'),
    ]);
    expect(missing(['--reviews', file]).code).toBe(1);
  });

  it('keeps an approval that a later comment does not take back', () => {
    pullRequest(largeDeal);
    const file = reviewsFile([
      review('cm-li', 'APPROVED', '10:00'),
      review('sd-wang', 'APPROVED', '11:00'),
      review('sd-wang', 'COMMENTED', '12:00'),
    ]);
    expect(missing(['--reviews', file]).code).toBe(0);
  });

  it("reads GitLab's approvals of a merge request", () => {
    pullRequest(largeDeal);
    const gitlab = { approved: false, approved_by: [{ user: { username: 'cm-li' } }] };
    const { code, findings } = missing(['--reviews', reviewsFile(gitlab)]);
    expect(code).toBe(1);
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('sales-directors')]);
  });

  it('prints a GitHub annotation for each missing approval', () => {
    pullRequest(largeDeal);
    const result = approvals(['--reviews', reviewsFile([]), '--format', 'github']);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^::error file=registrations\/alpha\/ALPHA-2026-0002\.yaml,line=2,col=1,title=approval\.missing::/,
    );
  });

  it('refuses a reviews file of an unknown shape with exit 2', () => {
    pullRequest(largeDeal);
    const result = approvals(['--reviews', reviewsFile({ reviews: [] })]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("neither GitHub's list of reviews nor GitLab's approvals");
  });
});

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from './cli.js';

export const minimalFixture = join(repoRoot, 'test', 'fixtures', 'minimal');

/** A throwaway copy of a fixture workspace, with files added or replaced. */
export function makeWorkspace(files: Record<string, string | Buffer> = {}, from = minimalFixture): string {
  const dir = mkdtempSync(join(tmpdir(), 'regkit-test-'));
  cpSync(from, dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export function removeWorkspace(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The minimal fixture's valid deal, to derive broken variants from. */
export const validDeal = `# yaml-language-server: $schema=../../schemas/registration.schema.json
id: ALPHA-2026-0002
kind: deal
partner: alpha
submitted_by:
  name: Zhang Wei
  email: zhang.wei@alpha.example
submitted_on: 2026-11-25
customer:
  name: Meridian Foods Ltd.
  domain: meridian-foods.example
  region: APAC
  industry: retail
  contact:
    name: Amy Tan
    email: amy.tan@meridian-foods.example
opportunity:
  title: Packaging line controls
  value: 180000
  currency: CNY
  expected_close: 2027-03-01
  stage: qualify
products:
  - line: servo
    quantity: 4
`;

/** The valid deal's fields as `reg new --set` takes them. */
export const validDealFields: readonly string[] = [
  'customer.name=Meridian Foods Ltd.',
  'customer.region=APAC',
  'customer.industry=retail',
  'customer.contact.name=Amy Tan',
  'customer.contact.email=amy.tan@meridian-foods.example',
  'opportunity.title=Packaging line controls',
  'opportunity.value=180000',
  'opportunity.currency=CNY',
  'opportunity.expected_close=2027-03-01',
  'opportunity.stage=qualify',
  'products[0].line=servo',
  'products[0].quantity=4',
];

/** The valid deal's fields as `reg new` flags: `--partner alpha` and one `--set` each. */
export const validDealFlags: readonly string[] = [
  '--partner',
  'alpha',
  ...validDealFields.flatMap((field) => ['--set', field]),
];

/** The valid deal as beta's first, submitted by beta's contact Li Na. */
export const betaDeal = validDeal
  .replace('id: ALPHA-2026-0002', 'id: BETA-2026-0001')
  .replace('partner: alpha', 'partner: beta')
  .replace('name: Zhang Wei\n  email: zhang.wei@alpha.example', 'name: Li Na\n  email: li.na@beta.example');

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reg, repoRoot } from '../helpers/cli.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

describe('the README', () => {
  it('shows the real output of the quick start', () => {
    const r = reg(['validate', '--cwd', 'examples/acme-channel', '--today', '2026-12-03']);
    expect(r.code).toBe(0);
    expect(readme).toContain(`\`\`\`\n${r.stdout}\`\`\``);
  });

  it('shows the real output for the mistakes partners make', () => {
    const r = reg(['validate', '--cwd', 'examples/needs-work', '--today', '2026-12-03']);
    expect(r.code).toBe(1);
    expect(readme).toContain(`\`\`\`\n${r.stdout}\`\`\``);
  });

  it('starts with the quick start the task asks for', () => {
    expect(readme).toContain('npm install && npx reg validate --cwd examples/acme-channel');
    expect(readme).toContain('`npm test`');
  });
});

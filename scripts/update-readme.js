// Refreshes the example outputs in README.md between `<!-- begin:NAME -->` and
// `<!-- end:NAME -->` markers; test/e2e/readme.test.ts fails when they are stale.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const today = '2026-12-03';
const run = (...args) =>
  spawnSync(process.execPath, [join(root, 'bin', 'reg.js'), ...args, '--today', today], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
  }).stdout;

const acme = run('validate', '--cwd', 'examples/acme-channel');
const needsWork = run('validate', '--cwd', 'examples/needs-work');
const blocks = {
  acme: acme,
  'needs-work-start': `${needsWork.split('\n').slice(0, 30).join('\n')}\n`,
  'needs-work': needsWork,
};

let readme = readFileSync(join(root, 'README.md'), 'utf8');
for (const [name, text] of Object.entries(blocks)) {
  const pattern = new RegExp(`(<!-- begin:${name} -->\\n)[\\s\\S]*?(<!-- end:${name} -->)`);
  readme = readme.replace(pattern, (_, begin, end) => `${begin}\`\`\`\n${text}\`\`\`\n${end}`);
}
writeFileSync(join(root, 'README.md'), readme);

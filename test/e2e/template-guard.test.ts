import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reg, repoRoot } from '../helpers/cli.js';
import { makeWorkspace, removeWorkspace, validDealFlags } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

const bundled = readFileSync(join(repoRoot, 'templates/registration/deal.yaml.hbs'), 'utf8');

const deal = ['new', 'deal', ...validDealFlags, '--today', '2026-11-25'];

/** `reg new --dry-run` with the bundled deal template plus `lines` on top, as a workspace's own. */
function newWith(lines: string): { code: number; stdout: string; stderr: string; root: string } {
  const own = bundled.replace('{{@schemaLine}}\n', `{{@schemaLine}}\n${lines}`);
  const root = makeWorkspace({ 'templates/registration/deal.yaml.hbs': own });
  dirs.push(root);
  return { ...reg([...deal, '--dry-run'], { cwd: root }), root };
}

describe('a workspace template', () => {
  it('cannot read the prototype of its data', () => {
    const result = newWith(
      '# a {{constructor.name}} b {{__proto__.constructor.name}} c {{customer.constructor.name}}\n',
    );
    expect(result.code).toBe(0);
    const first = result.stdout.split('\n').find((l) => l.startsWith('# a ')) ?? '';
    expect(first).toBe('# a  b  c ');
    expect(result.stdout).not.toMatch(/Object|Function/);
  });

  it('cannot run code through the constructor of a function', () => {
    const marker = join('/tmp', `regkit-pwned-${process.pid}`);
    const chain =
      '{{#with "x" as |s|}}{{#with s.constructor as |c|}}{{#with c.constructor as |f|}}' +
      `{{#with (f "require('fs').writeFileSync('${marker}', '1'); return 1")}}{{this}}{{/with}}` +
      '{{/with}}{{/with}}{{/with}}';
    const result = newWith(`# {{lookup (lookup this "constructor") "constructor"}}\n# ${chain}\n`);
    expect(existsSync(marker)).toBe(false);
    expect(result.stdout + result.stderr).not.toMatch(/function Function|\[native code\]/);
  });

  it('using an unknown helper is a clear error naming the template and the line', () => {
    const result = newWith('# ok\n# {{shout customer.name}}\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /The template .*deal\.yaml\.hbs failed at line 3: unknown helper "shout"/,
    );
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('using a missing partial is a clear error naming the template and the line', () => {
    const result = newWith('# ok\n# ok\n{{> footer}}\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /deal\.yaml\.hbs failed at line 4: .*partial footer could not be found/,
    );
  });

  it('for the report is held to the same: an unknown helper names file and line', () => {
    const root = makeWorkspace({
      'templates/report/markdown.hbs': 'x\n{{frob "y"}}\n',
    });
    dirs.push(root);
    const result = reg(['report', '--today', '2026-12-03'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/markdown\.hbs failed at line 2: unknown helper "frob"/);
  });
});

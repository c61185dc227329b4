// `npm run bench`: times regkit against its peers on synthetic workspaces and writes
// docs/PERFORMANCE.md. Targets are checked and reported, never asserted in tests.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { generate } from './generate.js';
import { measure } from './measure.js';

const root = join(import.meta.dirname, '..');
const node = process.execPath;
const reg = join(root, 'bin', 'reg.js');
const ajvCli = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const sizes = (process.env.BENCH_SIZES ?? '10000').split(',').map(Number);

const rows = [];
function row(scenario, command, args, target) {
  process.stderr.write(`bench: ${scenario}… `);
  const m = measure(command, args, { cwd: root }, runs);
  process.stderr.write(`${m.seconds.toFixed(2)} s\n`);
  rows.push({ scenario, ...m, target });
  return m;
}

for (const size of sizes) {
  const ws = generate(size);
  const files = join(ws, 'registrations', '**', '*.yaml');
  const validate = row(`reg validate, ${size} registrations`, node, [
    reg, 'validate', '--cwd', ws, '--format', 'json', '--today', '2026-12-03',
  ], size === 10000 ? 'under 2 s and faster than ajv-cli' : undefined);
  const peer = row(`ajv-cli validate, ${size} files`, node, [
    ajvCli, 'validate', '--spec=draft2020', '-s', join(root, 'schemas', 'registration.schema.json'),
    '-d', files, '-c', 'ajv-formats', '--all-errors', '--strict=false', '--errors=no',
  ]);
  const jsyaml = row(`floor: js-yaml + ajv loop, ${size} files`, node, [join(root, 'bench', 'floor.js'), 'js-yaml', ws]);
  const yaml = row(`floor: yaml + ajv loop, ${size} files`, node, [join(root, 'bench', 'floor.js'), 'yaml', ws]);
  rows.push({ ratio: `ajv-cli / reg validate at ${size}: ${(peer.seconds / validate.seconds).toFixed(2)}×` });
  rows.push({ ratio: `js-yaml loop / reg validate at ${size}: ${(jsyaml.seconds / validate.seconds).toFixed(2)}×` });
  rows.push({ ratio: `yaml loop / reg validate at ${size}: ${(yaml.seconds / validate.seconds).toFixed(2)}×` });
}

const baseline = row('node -e 0', node, ['-e', '0']);
row('reg --version', node, [reg, '--version'], `under ${(2 * baseline.seconds).toFixed(2)} s (twice node -e 0)`);
row('reg --help', node, [reg, '--help'], `under ${(2 * baseline.seconds).toFixed(2)} s (twice node -e 0)`);

const table = rows
  .filter((r) => r.scenario)
  .map((r) => `| ${r.scenario} | ${r.seconds.toFixed(2)} | ${Number.isNaN(r.mib) ? '–' : r.mib.toFixed(0)} | ${r.target ?? ''} |`);
const ratios = rows.filter((r) => r.ratio).map((r) => `- ${r.ratio}`);
const cpu = cpus()[0]?.model ?? 'unknown';
const doc = `# Performance

Measured by \`npm run bench\` (bench/run.js) on ${new Date().toISOString().slice(0, 10)}:
${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
Wall time is the median of ${runs} runs; memory is the peak resident set of the process.
The synthetic workspaces (bench/generate.js) hold deals of about 1 KB with Chinese and
Latin customer names, 3 % of them invalid. Every figure below comes from the same run, so
the ratios hold even when the machine is busy with other work.

| scenario | seconds | peak MiB | target |
| --- | ---: | ---: | --- |
${table.join('\n')}

${ratios.join('\n')}

## Notes

- ajv-cli reads unquoted dates as Date objects and so calls every registration invalid;
  it is timed for speed only.
- The floors are single-thread loops of read, parse and validate with one compiled
  validator (bench/floor.js): no positions, no cross-file checks, no output.
- \`reg validate\` parses every file with js-yaml and reparses only files with findings
  with the \`yaml\` package to locate them (see docs/ARCHITECTURE.md), and uses validators
  compiled at build time.
`;
writeFileSync(join(root, 'docs', 'PERFORMANCE.md'), doc);
process.stdout.write(`${table.join('\n')}\n${ratios.join('\n')}\n`);

// `npm run bench`: times regkit against its peers on synthetic workspaces and writes
// docs/PERFORMANCE.md. Targets are checked and reported, never asserted in tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { generate } from './generate.js';
import { measure, measureTogether } from './measure.js';

const root = join(import.meta.dirname, '..');
const node = process.execPath;
const reg = join(root, 'bin', 'reg.js');
const ajvCli = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const runs = Number(process.env.BENCH_RUNS ?? 3);
// The large workspace takes minutes per scenario on a busy 2-core machine.
const largeRuns = Number(process.env.BENCH_RUNS_LARGE ?? 1);
const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const today = ['--today', '2026-12-03'];

const rows = [];
const ratios = [];
function row(scenario, command, args, size, target) {
  process.stderr.write(`bench: ${scenario}… `);
  const m = measure(command, args, { cwd: root }, size > 10000 ? largeRuns : runs);
  process.stderr.write(`${m.seconds.toFixed(2)} s\n`);
  const r = { scenario, ...m, target: target?.text, verdict: '' };
  rows.push(r);
  return { ...m, judge: (ok) => (r.verdict = ok ? 'met' : 'missed') };
}

/** Scenarios measured in turns (see measureTogether), each a row of its own. */
function together(specs, size) {
  process.stderr.write(`bench: in turns: ${specs.map((s) => s.scenario).join('; ')}… `);
  const n = size > 10000 ? largeRuns : runs;
  const measured = measureTogether(specs.map((s) => [node, s.args]), { cwd: root }, n);
  process.stderr.write(`${measured.map((m) => m.seconds.toFixed(2)).join(' / ')} s\n`);
  return specs.map((spec, i) => {
    const r = { scenario: spec.scenario, ...measured[i], target: spec.target?.text, verdict: '' };
    rows.push(r);
    return { ...measured[i], judge: (ok) => (r.verdict = ok ? 'met' : 'missed') };
  });
}

/** Changes one registration in the working tree, runs `fn`, and restores the file. */
function withOneChange(ws, fn) {
  const folder = join(ws, 'registrations', 'jingbei-tech');
  const file = join(folder, readdirSync(folder).sort()[0]);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('stage: develop', 'stage: negotiate'));
  try {
    return fn();
  } finally {
    execFileSync('git', ['checkout', '-q', '--', '.'], { cwd: ws });
  }
}

const bySize = new Map();
const baseline = row('node -e 0', node, ['-e', '0'], 0);
for (const size of sizes) {
  const ws = generate(size);
  const files = join(ws, 'registrations', '**', '*.yaml');
  const large = size > 10000;
  const validate = [reg, 'validate', '--cwd', ws, '--format', 'json', ...today];
  const target = { text: large ? 'under 15 s, under 1 GiB, ≤ 11× the 10,000 run' : 'under 1.2 s (2 s at most), ≥ 2× ajv-cli, ≤ js-yaml loop' };
  // A first run fills the cache, which the runs without one neither read nor write: the
  // warm runs after it find every file unchanged. reg and its peers run in turns.
  measure(node, validate, { cwd: root }, 1);
  const floor = { scenario: `floor: js-yaml + ajv loop, ${size} files`, args: [join(root, 'bench', 'floor.js'), 'js-yaml', ws] };
  const ajv = { scenario: `ajv-cli validate, ${size} files`, args: [
    ajvCli, 'validate', '--spec=draft2020', '-s', join(root, 'schemas', 'registration.schema.json'),
    '-d', files, '-c', 'ajv-formats', '--all-errors', '--strict=false', '--errors=no',
  ] };
  const [v, warm, jsyaml, peer] = together([
    // As on a fresh clone in CI: nothing cached, nothing written.
    { scenario: `reg validate, ${size} registrations, no cache (a fresh clone)`, args: [...validate, '--no-cache'], target },
    { scenario: `reg validate, ${size} registrations, warm cache (an unchanged rerun)`, args: validate, target },
    floor,
    ...(large ? [] : [ajv]),
  ], size);
  bySize.set(size, v);
  bySize.set(-size, warm);
  const changed = withOneChange(ws, () => row(`reg validate --changed --base HEAD, 1 of ${size} changed, warm cache`, node, [
    reg, 'validate', '--cwd', ws, '--format', 'json', '--changed', '--base', 'HEAD', ...today,
  ], size, large ? { text: 'under 1 s' } : undefined));
  withOneChange(ws, () => row(`reg report --changed --base HEAD, 1 of ${size} changed, warm cache`, node, [
    reg, 'report', '--cwd', ws, '--format', 'markdown', '--changed', '--base', 'HEAD', ...today,
  ], size));
  const report = [reg, 'report', '--cwd', ws, '--format', 'html', ...today];
  const htmlTarget = large ? { text: 'under 10 s' } : undefined;
  const htmlCold = row(`reg report --format html, ${size}, no cache`, node, [...report, '--no-cache'], size, htmlTarget);
  // The report keeps documents beside the facts; a first run writes them.
  measure(node, report, { cwd: root }, 1);
  const html = row(`reg report --format html, ${size}, warm cache (an unchanged rerun)`, node, report, size, htmlTarget);
  const list = [reg, 'list', '--cwd', ws, '--format', 'json', ...today];
  row(`reg list, ${size}, no cache`, node, [...list, '--no-cache'], size);
  row(`reg list, ${size}, with the documents the report kept`, node, list, size);
  const exported = [reg, 'export', '--cwd', ws, '--format', 'json', ...today];
  row(`reg export, ${size}, no cache`, node, [...exported, '--no-cache'], size);
  row(`reg export, ${size}, with the documents the report kept`, node, exported, size);
  if (!large) {
    const yaml = row(`floor: yaml + ajv loop, ${size} files`, node, [join(root, 'bench', 'floor.js'), 'yaml', ws], size);
    for (const one of [v, warm]) {
      one.judge(one.seconds < 1.2 && peer.seconds / one.seconds >= 2 && one.seconds <= jsyaml.seconds);
    }
    ratios.push(`ajv-cli / reg validate at ${size}: ${(peer.seconds / v.seconds).toFixed(2)}× without a cache, ${(peer.seconds / warm.seconds).toFixed(2)}× with a warm one`);
    // The first target, of the foundation: under 2 s and faster than ajv-cli, without a cache.
    const first = v.seconds < 2 && v.seconds < peer.seconds ? 'met' : 'missed';
    ratios.push(`under 2 s and faster than ajv-cli at ${size} without a cache: ${first}`);
    ratios.push(`yaml loop / reg validate at ${size}: ${(yaml.seconds / v.seconds).toFixed(2)}×`);
  } else {
    const small = bySize.get(10000);
    const growth = small ? v.seconds / small.seconds : Number.NaN;
    v.judge(v.seconds < 15 && v.mib < 1024 && growth <= 11);
    const smallWarm = bySize.get(-10000);
    warm.judge(warm.seconds < 15 && warm.mib < 1024 && (!smallWarm || warm.seconds / smallWarm.seconds <= 11));
    changed.judge(changed.seconds < 1);
    html.judge(html.seconds < 10);
    htmlCold.judge(htmlCold.seconds < 10);
    if (small) ratios.push(`reg validate 100,000 / 10,000, no cache: ${growth.toFixed(2)}×`);
    if (smallWarm) ratios.push(`reg validate 100,000 / 10,000, warm cache: ${(warm.seconds / smallWarm.seconds).toFixed(2)}×`);
  }
  ratios.push(`js-yaml loop / reg validate at ${size}: ${(jsyaml.seconds / v.seconds).toFixed(2)}×`);
  ratios.push(`full / --changed reg validate at ${size}: ${(v.seconds / changed.seconds).toFixed(2)}×`);
}

const twice = { text: `under ${(2 * baseline.seconds).toFixed(2)} s (twice node -e 0)` };
row('reg --version', node, [reg, '--version'], 0, twice);
const version = rows.at(-1);
row('reg --help', node, [reg, '--help'], 0, twice);
const help = rows.at(-1);
for (const r of [version, help]) r.verdict = r.seconds < 2 * baseline.seconds ? 'met' : 'missed';

// Conflict detection alone, in memory, as its own benchmark reports it.
process.stderr.write('bench: conflict detection…\n');
const detection = spawnSync(node, [join(root, 'bench', 'conflicts.mjs')], { encoding: 'utf8' });
// A run that failed says how, rather than leaving the figures out unnoticed.
const conflicts =
  detection.stdout.trim() ||
  `(no figures: exit ${detection.status ?? detection.signal ?? detection.error?.message}; ${detection.stderr.trim().split('\n').at(-1) ?? ''})`;

const mib = (r) => (Number.isNaN(r.mib) ? '–' : r.mib.toFixed(0));
const table = rows.map((r) => `| ${r.scenario} | ${r.seconds.toFixed(2)} | ${mib(r)} | ${r.target ?? ''} | ${r.verdict} |`);
const cpu = cpus()[0]?.model ?? 'unknown';
const load = loadavg().map((l) => l.toFixed(1)).join(', ');
const doc = `# Performance

Measured by \`npm run bench\` (bench/run.js) on ${new Date().toISOString().slice(0, 10)}:
${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version};
load average at the end of the run ${load} (the machine is shared).
Wall time is the median of ${runs} runs (${largeRuns} for the 100,000 workspace); memory is
the peak resident set of the process. The synthetic workspaces (bench/generate.js) hold
deals of about 1 KB with Chinese and Latin customer names, 3 % of them invalid, committed
to git in a few commits. Every figure below comes from the same run. A full \`reg validate\`
without and with a cache, the js-yaml floor and ajv-cli are measured in turns, one run of
each per round, so that they meet the same load and their ratios hold even while the
machine's speed drifts, which on this shared machine it does by a quarter or more.

| scenario | seconds | peak MiB | target | verdict |
| --- | ---: | ---: | --- | --- |
${table.join('\n')}

${ratios.map((r) => `- ${r}`).join('\n')}

Conflict detection over synthetic registrations in memory (bench/conflicts.mjs; target:
100,000 under 2 s and no more than 12 times the time for 10,000):

\`\`\`
${conflicts}
\`\`\`

## Notes

- ajv-cli reads unquoted dates as Date objects and so calls every registration invalid;
  it is timed for speed only, and only on the 10,000 workspace.
- The floors are single-thread loops of read, parse and validate with one compiled
  validator (bench/floor.js): no positions, no cross-file checks, no output.
- \`reg validate\` parses every file with js-yaml, in chunks handed to whichever thread is
  free (src/load/parallel.ts). On two cores one worker reads and parses and the main
  thread runs each file's schema and own checks (src/checks/prepare.ts), so that each
  thread warms up only its half of the code; from 30,000 files the main thread also reads
  a chunk of its own whenever none is waiting; with more cores the other workers do both.
  Only files with findings are parsed again, to the \`yaml\` package's syntax tree, to locate them.
- "No cache" runs with \`--no-cache\`, as a fresh clone in CI does; "warm cache" reruns
  on an unchanged workspace after a full run filled \`.git/regkit/\`, so that every file's
  own result is read from the cache and only the checks across files run again.
- The \`--changed\` scenario edits one file in the working tree after a full run has
  filled the cache, so only that file is parsed; the cross-file checks read every other
  registration's cached facts.
- \`reg report --format html\` without a cache loads and checks every registration; its
  warm run follows a first report run, which kept each file's result and document beside
  the facts (src/cache/documents.ts), so that no registration is parsed again.
- \`reg list\` and \`reg export\` without a cache parse every registration; after the
  report's runs they read the documents the report kept and parse none.
`;
// The reading of the figures below the table is written by hand and kept across runs.
const page = join(root, 'docs', 'PERFORMANCE.md');
const reading = existsSync(page) ? readFileSync(page, 'utf8').split(/^(?=## Reading these figures$)/m)[1] : undefined;
writeFileSync(page, reading ? `${doc}\n${reading}` : doc);
process.stdout.write(`${table.join('\n')}\n${ratios.join('\n')}\n`);

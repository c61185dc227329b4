#!/usr/bin/env node
// `reg --version` answers before anything else loads: scripts call it often.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  // A large run's loading threads start while the rest of regkit loads (load/threads.ts).
  if (args.includes('validate') || args.includes('report')) {
    const { startEarly } = await import('../dist/bundle/threads.js');
    startEarly(args);
  }
  const { run } = await import('../dist/bundle/cli.js');
  process.exitCode = await run(process.argv);
}

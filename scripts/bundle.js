// Joins the compiled modules that `reg` loads into a few files (dist/bundle/): Node
// resolves, reads and links each module of its own, and a run of `reg validate` loaded
// some 130 of them before it read a file. The libraries stay outside the bundle, as
// installed. The modules under dist/ stay too, for the benchmarks that call them.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'rolldown';

const root = join(import.meta.dirname, '..');
const out = join(root, 'dist', 'bundle');
rmSync(out, { recursive: true, force: true });
await build({
  cwd: root,
  input: {
    // bin/reg.js starts the loading threads before it loads the rest (load/threads.ts),
    // and each thread runs the worker's own entry.
    cli: 'dist/cli/main.js',
    threads: 'dist/load/threads.js',
    worker: 'dist/load/worker.js',
  },
  platform: 'node',
  // Only regkit's own modules are joined: anything named by package stays a package.
  external: (id) => !id.startsWith('.') && !id.startsWith('/'),
  output: {
    dir: out,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
  logLevel: 'warn',
});

// `npm run bench`: bundles each bench/*.bench.ts with esbuild and runs it with Node, one after
// another (benchmarks on a 2-core machine must not compete with each other). Each bench prints
// its own table of medians with min/max so the machine's noise is visible.
// Usage: npm run bench [-- name-filter]
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const filter = process.argv[2] ?? '';
const benches = readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
// Bundles live inside the repo so their bare imports resolve against node_modules.
const out = join(root, 'dist/bench');
mkdirSync(out, { recursive: true });
// Browser benches drive dist/renderer: build it from this tree first, or they measure stale code.
const viteBuild = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { stdio: 'inherit', cwd: root });
if (viteBuild.status !== 0) process.exit(1);
let failed = 0;
try {
  for (const file of benches) {
    const outfile = join(out, file.replace(/\.ts$/, '.mjs'));
    await build({
      entryPoints: [join(root, 'bench', file)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    console.log(`\n## ${file}\n`);
    const run = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit', cwd: root });
    if (run.status !== 0) failed++;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

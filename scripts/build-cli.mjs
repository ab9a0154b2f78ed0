// Builds the `plotline` command line (cli/main.ts and the domain it imports) into one ESM bundle,
// dist/cli/plotline.mjs. Run by postinstall, and by bin/plotline.mjs when the bundle is missing or
// older than any source file. `node scripts/build-cli.mjs` forces a build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = join(root, 'dist/cli/plotline.mjs');
const SOURCES = [join(root, 'cli'), join(root, 'renderer/domain')];

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function isCliStale() {
  if (!existsSync(CLI_BUNDLE)) return true;
  const built = statSync(CLI_BUNDLE).mtimeMs;
  return SOURCES.some((dir) => existsSync(dir) && newestIn(dir) > built);
}

export async function buildCli() {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, 'cli/main.ts')], outfile: CLI_BUNDLE, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    // exceljs loads from node_modules at run time, as Node resolves it (its Node build, not the browser one).
    packages: 'external', logLevel: 'warning',
  });
  // ExcelJS's Node stream writer as one CommonJS file (cli/plan-files.ts loads it for .xlsx output):
  // its package's hundred modules took 120 ms to resolve, read and compile, the one file 70.
  await build({
    entryPoints: [join(root, 'node_modules/exceljs/lib/stream/xlsx/workbook-writer.js')], outfile: join(dirname(CLI_BUNDLE), 'exceljs-writer.mjs'),
    bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', plugins: [bufferFrom],
    // An ES module, so import() takes it without scanning 1.4 MB of CommonJS for its exports (about
    // 55 ms); the CommonJS inside still requires Node's own modules, through this require.
    banner: { js: "import { createRequire as plotlineRequire } from 'node:module'; const require = plotlineRequire(import.meta.url);" },
  });
}

/**
 * archiver-utils (under ExcelJS's zip writer) calls the deprecated `new Buffer(...)`. Node keeps
 * quiet about that in code under node_modules, but not in a bundle outside it, where every .xlsx
 * written printed a DeprecationWarning. The calls become their documented equivalents.
 */
const bufferFrom = {
  name: 'buffer-from',
  setup(build) {
    build.onLoad({ filter: /archiver-utils[\\/](index|file)\.js$/ }, async ({ path }) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(path, 'utf8');
      return { contents: source.replace(/new Buffer\((0|size)\)/g, 'Buffer.alloc($1)').replace(/new Buffer\(/g, 'Buffer.from('), loader: 'js' };
    });
  },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();

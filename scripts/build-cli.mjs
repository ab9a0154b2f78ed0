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
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();

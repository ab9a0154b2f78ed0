#!/usr/bin/env node
// The `plotline` command. The command line is TypeScript (cli/ over renderer/domain); this
// launcher runs its esbuild bundle, building it first when it is missing or older than a source
// file, so `npx plotline` works straight after `npm install` or `npm ci`, and after a `git pull`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCli, CLI_BUNDLE, isCliStale } from '../scripts/build-cli.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (isCliStale()) await buildCli();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { runCli } = await import(pathToFileURL(CLI_BUNDLE).href);
process.exitCode = await runCli(process.argv.slice(2), { version });

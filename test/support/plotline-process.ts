/** The real `plotline` command (bin/plotline.mjs) run as a process, as a script or CI job runs it. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs `plotline args…` in `cwd` (two minutes at most: the first run may build the CLI bundle). */
export function runPlotline(cwd: string, args: readonly string[]): CliRun {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/plotline.mjs'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

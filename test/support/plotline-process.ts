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

/** What `plotline simulate --format json` prints and a script reads of it: the fingerprints of the plan it ran on. */
export function simulatedInputs(run: CliRun): Readonly<Record<string, string>> | undefined {
  return (JSON.parse(run.stdout) as { inputs?: Record<string, string> }).inputs;
}

/** The fingerprints a .plotline file's text keeps with its last simulation result, where a script finds them. */
export function keptInputs(plotlineText: string): Readonly<Record<string, string>> | undefined {
  const file = JSON.parse(plotlineText) as { project?: { project?: { scheduleRisk?: { last?: { inputs?: Record<string, string> } | null } } } };
  return file.project?.project?.scheduleRisk?.last?.inputs;
}

/** The parts whose fingerprints differ between a run and a kept result: what changed since the result was kept. */
export function changedParts(now: Readonly<Record<string, string>> | undefined, kept: Readonly<Record<string, string>> | undefined): string[] {
  return Object.keys({ ...now, ...kept }).filter((part) => now?.[part] !== kept?.[part]).sort();
}

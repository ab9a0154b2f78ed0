/**
 * The command line on a 10,000-task plan (issue #12 targets): `plotline convert` of an MSPDI file
 * to .plotline <= 1.5 s and to .xlsx <= 2 s, each timed as a whole process (Node start, reading,
 * import, validation, scheduling, writing), as a script or CI job would run it. The bundle is
 * built before the first run, so no run pays for the build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { exportMspdi } from '../renderer/domain/formats';
import { generatePlan } from '../test/support/generate-plan';
import { ms, printTable, summarise, type Sample } from './stats';

const TASKS = 10_000;
const RUNS = 5;
const root = process.cwd();
const dir = mkdtempSync(path.join(tmpdir(), 'plotline-bench-cli-'));
const input = path.join(dir, 'plan.xml');
writeFileSync(input, exportMspdi(generatePlan({ tasks: TASKS, seed: 42, assignmentsPerLeaf: 1 }), { now: '2026-03-01T12:00:00.000Z' }));

function convert(output: string): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [path.join(root, 'bin/plotline.mjs'), 'convert', input, output], { encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (run.status !== 0) throw new Error(`plotline convert failed (${String(run.status)}): ${run.stderr}`);
  return elapsed;
}

function timed(output: string): Sample {
  convert(output);
  return summarise(Array.from({ length: RUNS }, () => convert(output)));
}

try {
  const rows: [string, Sample, number][] = [
    ['plotline convert plan.xml plan.plotline (process)', timed(path.join(dir, 'plan.plotline')), 1500],
    ['plotline convert plan.xml plan.xlsx (process)', timed(path.join(dir, 'plan.xlsx')), 2000],
  ];
  const size = (name: string): string => `${(statSync(path.join(dir, name)).size / 1e6).toFixed(1)} MB`;
  console.log(`${String(TASKS)} tasks; MSPDI ${size('plan.xml')}, .plotline ${size('plan.plotline')}, .xlsx ${size('plan.xlsx')}; ${String(RUNS)} runs after one warm-up; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  printTable(['operation', 'median ms', 'min ms', 'max ms', 'target ms'], rows.map(([name, s, target]) => [
    name, ms(s.median), ms(s.min), ms(s.max), `${target >= s.median ? 'OK' : 'OVER'} <= ${String(target)}`,
  ]));
  if (rows.some(([, s, target]) => s.median > target)) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

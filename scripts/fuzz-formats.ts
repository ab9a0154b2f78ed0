/**
 * `npm run fuzz [runs] [firstSeed] [reader]`: N seeded inputs per reader (default 10,000), structural and
 * semantic mutations (zip-, part- and cell-level for XLSX, see fuzz-xlsx.ts); every accepted plan is scheduled and its outline built. Prints the counts
 * per reader and every bad case with its seed (replay it with the same seed); exits 1 when any
 * count of threw, slow, hidden tasks, scheduler threw or refused without where is not 0.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatCounts, fuzzTarget, fuzzTargets, type FuzzCounts, type FuzzFailure } from '../test/unit/domain/formats/fuzz-harness';
import { fuzzXlsx } from '../test/unit/domain/formats/fuzz-xlsx';
import { samplePlan } from '../test/unit/domain/formats/sample-plan';

/** Run from the repository root (the script is bundled to a temp file first). */
const root = process.cwd();
const fixture = (name: string): string => readFileSync(path.join(root, 'test/fixtures', name), 'utf8');
const runs = Number(process.argv[2] ?? 10_000);
const firstSeed = Number(process.argv[3] ?? 1);
const only = process.argv[4];

const rows: [string, FuzzCounts][] = [];
let bad = 0;
const started = performance.now();
const report = (name: string, counts: FuzzCounts, failures: readonly FuzzFailure[]): void => {
  for (const f of failures.slice(0, 20)) console.log(`${f.target}: seed ${String(f.seed)} ${f.what}: ${f.detail.slice(0, 300)}`);
  bad += failures.length;
  rows.push([name, counts]);
  console.log(`${name}: ${String(counts.inputs)} inputs, ${String(Math.round((performance.now() - started) / 1000))} s so far`);
};
for (const target of fuzzTargets(fixture, samplePlan())) {
  if (only !== undefined && target.name !== only) continue;
  const { counts, failures } = fuzzTarget(target, firstSeed, runs, () => performance.now());
  report(target.name, counts, failures);
}
// Workbooks are bytes read asynchronously (ExcelJS), so XLSX has its own loop with the same counts.
if (only === undefined || only === 'XLSX') {
  const { counts, failures } = await fuzzXlsx(samplePlan(), firstSeed, runs, () => performance.now());
  report('XLSX', counts, failures);
}
console.log(`\nfuzz: seeds ${String(firstSeed)}..${String(firstSeed + runs - 1)} per reader, ${String(Math.round((performance.now() - started) / 1000))} s`);
console.log(formatCounts(rows));
process.exit(bad > 0 ? 1 : 0);

/**
 * File formats on a 10,000-task plan: MSPDI export, MSPDI import (XML parse only, and the full
 * import with validation), .plotline save (serialize) and open (parse + migrate + validate).
 * Targets (issue #6): export <= 500 ms, save/open <= 500 ms each, judged on the wall-clock median.
 * The CPU column (process user+system time per run, GC threads included) is printed too because
 * on a shared 2-core machine the wall clock mostly measures the other processes.
 */
import { exportMspdi, importMspdi, parsePlotline, serializePlotline } from '../renderer/domain/formats';
import { parseXml } from '../renderer/domain/formats/xml';
import { sequentialIds } from '../renderer/domain/model';
import { generatePlan } from '../test/support/generate-plan';
import { measure, ms, printTable, type Sample } from './stats';

const TASKS = 10_000;
const plan = generatePlan({ tasks: TASKS, seed: 42 });
const now = '2026-03-01T12:00:00.000Z';
const xml = exportMspdi(plan, { now });
const json = serializePlotline(plan, { app: 'Plotline bench', exported: now });

function check<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Wall-clock sample plus mean CPU milliseconds per run. */
function timed(fn: () => void): [Sample, number] {
  const before = process.cpuUsage();
  const sample = measure(fn);
  const used = process.cpuUsage(before);
  return [sample, (used.user + used.system) / 1000 / (sample.runs + 2)];
}

const rows: [string, [Sample, number], number | null][] = [
  ['MSPDI export', timed(() => void exportMspdi(plan, { now })), 500],
  ['MSPDI import: XML parse only', timed(() => void check(parseXml(xml))), null],
  ['MSPDI import: full (map + validate)', timed(() => void check(importMspdi(xml, { newId: sequentialIds('b'), now }))), null],
  ['.plotline save (serialize)', timed(() => void serializePlotline(plan, { app: 'Plotline bench', exported: now })), 500],
  ['.plotline open (parse + validate)', timed(() => void check(parsePlotline(json))), 500],
];

console.log(`${String(Object.keys(plan.tasks).length)} tasks, ${String(Object.keys(plan.links).length)} links; MSPDI ${(xml.length / 1e6).toFixed(1)} MB, .plotline ${(json.length / 1e6).toFixed(1)} MB\n`);
printTable(['operation', 'median ms', 'min ms', 'max ms', 'cpu ms/run', 'target ms'], rows.map(([name, [s, cpu], target]) => [
  name, ms(s.median), ms(s.min), ms(s.max), ms(cpu), target === null ? '-' : `${target >= s.median ? 'OK' : 'OVER'} <= ${String(target)}`,
]));

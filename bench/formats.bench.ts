/**
 * File formats on a 10,000-task plan: MSPDI export, MSPDI import (XML parse only, and the full
 * import with validation), .plotline save (serialize) and open (parse + migrate + validate).
 * Targets (issue #6): export <= 500 ms, save/open <= 500 ms each.
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

const rows: [string, Sample, number | null][] = [
  ['MSPDI export', measure(() => void exportMspdi(plan, { now })), 500],
  ['MSPDI import: XML parse only', measure(() => void check(parseXml(xml))), null],
  ['MSPDI import: full (map + validate)', measure(() => void check(importMspdi(xml, { newId: sequentialIds('b'), now }))), null],
  ['.plotline save (serialize)', measure(() => void serializePlotline(plan, { app: 'Plotline bench', exported: now })), 500],
  ['.plotline open (parse + validate)', measure(() => void check(parsePlotline(json))), 500],
];

console.log(`${String(Object.keys(plan.tasks).length)} tasks, ${String(Object.keys(plan.links).length)} links; MSPDI ${(xml.length / 1e6).toFixed(1)} MB, .plotline ${(json.length / 1e6).toFixed(1)} MB\n`);
printTable(['operation', 'median ms', 'min ms', 'max ms', 'target ms'], rows.map(([name, s, target]) => [
  name, ms(s.median), ms(s.min), ms(s.max), target === null ? '-' : `${target >= s.median ? 'OK' : 'OVER'} <= ${String(target)}`,
]));
if (rows.some(([, s, target]) => target !== null && s.median > target)) process.exitCode = 1;

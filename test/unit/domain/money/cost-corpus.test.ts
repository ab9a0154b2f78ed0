/**
 * Plotline's costs against the costs other tools wrote (../shared/fixtures/interop, MANIFEST.md):
 * for every MSPDI file whose tasks carry a Cost, each task's cost as Plotline computes it from the
 * imported rates, work, fixed cost and actuals equals the file's Cost (to the cent), and so does the
 * project's total. Read in place, never copied; without the folder the suite is ONE skipped test
 * naming the reason, and test/fixtures/mspdi/costs.xml (cost.test's fixture) covers the same rules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMspdi } from '../../../../renderer/domain/formats/msproject';
import { sequentialIds } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { costPlan } from '../../../../renderer/domain/money';
import { fileCosts } from './file-costs';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

/** Each task's cost and the project's as Plotline computes them from an MSPDI text, beside the file's Cost; misses named. */
function compareCosts(name: string, text: string): { tasks: number; matched: number; projects: number; misses: string[] } {
  const stated = fileCosts(text);
  const read = importMspdi(text, { newId: sequentialIds('c'), now: '2026-01-01T00:00:00Z' });
  if (!read.ok) throw new Error(`${name}: ${read.error.message}`);
  const plan = read.value.plan;
  const costs = costPlan(plan, scheduleProject(plan));
  const misses: string[] = [];
  let tasks = 0;
  let matched = 0;
  if (stated.project !== null && Math.abs(costs.project.cost - stated.project) >= 0.01) {
    misses.push(`${name} project: file ${String(stated.project)}, Plotline ${costs.project.cost.toFixed(2)}`);
  }
  for (const task of Object.values(plan.tasks)) {
    const uid = task.extra?.mspdiUid;
    const want = typeof uid === 'number' ? stated.tasks.get(uid) : undefined;
    if (want === undefined) continue;
    tasks++;
    const got = costs.tasks.get(task.id)?.cost ?? 0;
    if (Math.abs(got - want) < 0.01) matched++;
    else misses.push(`${name} '${task.name}': file ${String(want)}, Plotline ${got.toFixed(2)}`);
  }
  return { tasks, matched, projects: stated.project === null ? 0 : 1, misses };
}

describe('costs of the hand-made MSPDI fixture (the rules the corpus checks, without ../shared)', () => {
  it('rates over time (table A), per use x units, material, cost resource, fixed cost at start and end, roll-up', () => {
    const result = compareCosts('costs.xml', readFileSync(path.join(repoRoot, 'test/fixtures/mspdi/costs.xml'), 'utf8'));
    expect(result.misses).toEqual([]);
    expect(result).toMatchObject({ tasks: 3, matched: 3, projects: 1 });
  });
});
const corpus = process.env.PLOTLINE_INTEROP_DIR ?? path.resolve(repoRoot, '../shared/fixtures/interop');
const exists = existsSync(corpus);

if (!exists) it.skip(`cost corpus skipped: ${corpus} is missing (it lives next to the repo in ../shared)`, () => undefined);

describe.skipIf(!exists)('costs on the interop corpus', () => {
  if (!exists) return;
  const files = readdirSync(path.join(corpus, 'mspdi')).filter((name) => name.endsWith('.xml'));
  it('every task cost and project cost equals the file Cost', () => {
    let stating = 0;
    let tasks = 0;
    let matched = 0;
    let projects = 0;
    const misses: string[] = [];
    for (const name of files) {
      const text = readFileSync(path.join(corpus, 'mspdi', name), 'utf8');
      // A file whose every Cost is 0 did not compute costs (ProjectLibre writes 0 beside real rates): nothing to compare.
      if (![...fileCosts(text).tasks.values()].some((c) => c !== 0)) continue;
      stating++;
      const result = compareCosts(name, text);
      tasks += result.tasks;
      matched += result.matched;
      projects += result.projects;
      misses.push(...result.misses);
    }
    const projectMisses = misses.filter((m) => m.includes(' project:')).length;
    console.log(`cost corpus: ${String(matched)}/${String(tasks)} task costs and ${String(projects - projectMisses)}/${String(projects)} project costs equal the file's Cost, in ${String(stating)} file(s) that state costs`);
    expect(stating).toBeGreaterThan(0);
    expect(misses).toEqual([]);
  });
});

describe.skipIf(!exists)('baselines 0..10 on the interop corpus', () => {
  if (!exists) return;
  it('mpxj_task-baselines: MPXJ TaskBaselinesTest oracle (cost 1..11, duration 11..21 d, work 51..61 h)', () => {
    const text = readFileSync(path.join(corpus, 'mspdi', 'mpxj_task-baselines-project2003-mspdi.xml'), 'utf8');
    const read = importMspdi(text, { newId: sequentialIds('b'), now: '2026-01-01T00:00:00Z' });
    if (!read.ok) throw new Error(read.error.message);
    const plan = read.value.plan;
    const byRow = new Map(Object.values(plan.tasks).map((t) => [t.extra?.mspdiId, t.id]));
    const baseline = (n: number) => Object.values(plan.baselines).find((b) => b.number === n);
    expect(Object.values(plan.baselines).map((b) => b.number).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // MPXJ's test reads one field per task row: rows 1..11 carry Baseline N's cost N+1, rows 12..22 its
    // duration 11+N days (8 h days), rows 45..55 its work 51+N hours.
    const costs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => baseline(n)?.tasks[byRow.get(n + 1) ?? '']?.cost);
    const days = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => (baseline(n)?.tasks[byRow.get(n + 12) ?? '']?.durationMinutes ?? 0) / 480);
    const hours = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => (baseline(n)?.tasks[byRow.get(n + 45) ?? '']?.workMinutes ?? 0) / 60);
    console.log(`baseline corpus: ${String(Object.keys(plan.baselines).length)} baselines; costs ${costs.join(', ')}`);
    expect(costs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(days).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
    expect(hours).toEqual([51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61]);
  });
});

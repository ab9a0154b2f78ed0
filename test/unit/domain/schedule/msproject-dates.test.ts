/**
 * The engine against Microsoft Project's own arithmetic: each MSPDI file in the shared interop
 * corpus (../shared/fixtures/interop/mspdi, see its MANIFEST.md) stores the Start and Finish
 * its writer computed. The importer keeps them in Task.start/finish; rescheduling the imported
 * plan must land every leaf task on the same minutes. Summaries are rolled up from leaves and
 * blank (IsNull) rows are skipped by the importer, so neither is compared.
 *
 * Each file has a minimum equal to what the engine achieves, and every remaining mismatch is
 * listed with its reason: a new mismatch fails, and so does a fixed one left in the list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importMspdi } from '../../../../renderer/domain/formats/msproject';
import { sequentialIds, type Plan, type Task } from '../../../../renderer/domain/model';
import { scheduleProject, type ScheduleResult } from '../../../../renderer/domain/schedule';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const corpus = process.env.PLOTLINE_INTEROP_DIR ?? path.resolve(repoRoot, '../shared/fixtures/interop');
const mspdi = path.join(corpus, 'mspdi');
const exists = existsSync(mspdi);

interface Expectation {
  /** Leaf tasks whose start and finish both match the file, at least. */
  readonly matches: number;
  /** Task name -> why the engine cannot (or should not) reproduce the file's dates. */
  readonly known: Readonly<Record<string, string>>;
}

const EXPECTED: Readonly<Record<string, Expectation>> = {
  'ganttproject_holidays.xml': { matches: 1, known: {} },
  'mpxj_assignment-assignments-project2016-mspdi.xml': { matches: 3, known: {} },
  'mpxj_calendar-recurring-exceptions-project2016-mspdi.xml': { matches: 0, known: {} },
  // 'Second Task' has a day-shift and a night-shift person: each assignment runs 400 h on its
  // own calendar and the task ends with the night shift, Tuesday 2003-03-18 08:00.
  'mpxj_legacy-sample.xml': { matches: 16, known: {} },
  // Tasks 8-10 have elapsed durations (1ed, 1ew, 1emo) and run round the clock.
  'mpxj_mspdiduration.xml': { matches: 10, known: {} },
  'mpxj_mspdinulltasks.xml': { matches: 3, known: {} },
  'mpxj_mspdirelations.xml': { matches: 5, known: {} },
  'mpxj_resource-type-project2013-mspdi.xml': { matches: 0, known: {} },
  'mpxj_task-baselines-project2003-mspdi.xml': { matches: 55, known: {} },
  'mpxj_task-links-project2013-mspdi.xml': { matches: 16, known: {} },
  'projectlibre_New-Product.xml': { matches: 36, known: {} },
  'tj3_Tutorial.xml': { matches: 11, known: {} },
};

function open(name: string): Plan {
  const result = importMspdi(readFileSync(path.join(mspdi, name), 'utf8'), { newId: sequentialIds('x'), now: '2026-01-01T00:00:00Z' });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value.plan;
}

interface Comparison {
  readonly matches: number;
  /** "name: file start..finish, engine start..finish" per mismatch, keyed by task name. */
  readonly mismatches: ReadonlyMap<string, string>;
}

function compare(plan: Plan, schedule: ScheduleResult): Comparison {
  let matches = 0;
  const mismatches = new Map<string, string>();
  for (const task of Object.values<Task>(plan.tasks)) {
    const row = schedule.tasks.get(task.id);
    if (!row || row.isSummary) continue;
    if (row.start === task.start && row.finish === task.finish) matches++;
    else mismatches.set(task.name, `file ${task.start}..${task.finish}, engine ${row.start}..${row.finish}`);
  }
  return { matches, mismatches };
}

// Exactly one skipped test, whose name is the reason, when the corpus is not there.
if (!exists) it.skip(`MS Project dates skipped: ${mspdi} is missing (the interop corpus lives next to the repo in ../shared)`, () => undefined);

describe.skipIf(!exists)('scheduled dates match the dates MS Project stored (../shared/fixtures/interop/mspdi)', () => {
  if (!exists) return;
  const files = readdirSync(mspdi).filter((f) => f.endsWith('.xml')).sort();

  it('has an expectation for every file in the corpus', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  const tally = { matches: 0, tasks: 0 };
  afterAll(() => {
    // Printed so a run shows the corpus figure, not only pass/fail.
    console.log(`MS Project dates: ${String(tally.matches)} of ${String(tally.tasks)} leaf tasks keep the file's start and finish (${String(files.length)} files)`);
  });

  it.each(files)('%s', (name) => {
    const plan = open(name);
    const { matches, mismatches } = compare(plan, scheduleProject(plan));
    tally.matches += matches;
    tally.tasks += matches + mismatches.size;
    const expected = EXPECTED[name] ?? { matches: Infinity, known: {} };
    const unexplained = [...mismatches].filter(([task]) => expected.known[task] === undefined).map(([task, why]) => `${task}: ${why}`);
    expect(unexplained).toEqual([]);
    expect(Object.keys(expected.known).filter((task) => !mismatches.has(task))).toEqual([]);
    expect(matches).toBeGreaterThanOrEqual(expected.matches);
  });

  it('never marks a 100 %-complete task critical, as MS Project does not (tj3_Tutorial.xml)', () => {
    const plan = open('tj3_Tutorial.xml');
    const schedule = scheduleProject(plan);
    const done = Object.values<Task>(plan.tasks).filter((t) => t.percentComplete === 100);
    expect(done.length).toBeGreaterThan(0);
    for (const task of done) expect(schedule.tasks.get(task.id)?.isCritical).toBe(false);
    expect(schedule.criticalTaskIds.filter((id) => plan.tasks[id]?.percentComplete === 100)).toEqual([]);
  });
});

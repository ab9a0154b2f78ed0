/**
 * Files written by other tools (../shared/fixtures/interop, see its MANIFEST.md). Read in place,
 * never copied into the repo; on a clone without that folder the suite is one skipped test that
 * says why.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importIcalHolidays, importPlanFile, type ImportedPlan } from '../../../../renderer/domain/formats';
import { exportMspdi } from '../../../../renderer/domain/formats/msproject';
import { sequentialIds, type Plan } from '../../../../renderer/domain/model';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const corpus = process.env.PLOTLINE_INTEROP_DIR ?? path.resolve(repoRoot, '../shared/fixtures/interop');
const exists = existsSync(corpus);

function open(sub: string, name: string): ImportedPlan {
  const result = importPlanFile(name, readFileSync(path.join(corpus, sub, name), 'utf8'), { newId: sequentialIds('x'), now: '2026-01-01T00:00:00Z' });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

const links = (plan: Plan) => Object.values(plan.links).map((l) => [plan.tasks[l.predecessorId]?.name, plan.tasks[l.successorId]?.name, l.type, l.lagMinutes]);

// Exactly one skipped test, whose name is the reason, when the corpus is not there.
if (!exists) it.skip(`interop corpus skipped: ${corpus} is missing (it lives next to the repo in ../shared)`, () => undefined);

describe.skipIf(!exists)('interop corpus (../shared/fixtures/interop)', () => {
  if (!exists) return;
  it.each(exists ? readdirSync(path.join(corpus, 'mspdi')) : [])('imports mspdi/%s without error', (name) => {
    const { plan } = open('mspdi', name);
    expect(Object.keys(plan.calendars).length).toBeGreaterThan(0);
  });

  it.each(exists ? readdirSync(path.join(corpus, 'gan')) : [])('imports gan/%s without error', (name) => {
    expect(open('gan', name).plan.project.calendarId).toBeTruthy();
  });

  it('mpxj_mspdirelations: FS, SS(+1d), FF, SF', () => {
    const { plan, summary } = open('mspdi', 'mpxj_mspdirelations.xml');
    expect(summary.tasks).toBe(5);
    expect(links(plan)).toEqual([['Task 1', 'Task 2', 'FS', 0], ['Task 2', 'Task 3', 'SS', 480], ['Task 3', 'Task 4', 'FF', 0], ['Task 4', 'Task 5', 'SF', 0]]);
  });

  it('mpxj_legacy-sample: all four link types, a -4800 (one-day lead) lag, notes, milestone', () => {
    const { plan, summary } = open('mspdi', 'mpxj_legacy-sample.xml');
    expect(summary).toMatchObject({ tasks: 19, resources: 2 });
    expect(links(plan)).toContainEqual(['Related Task 3a', 'Related Task 3b', 'FS', -480]);
    expect(new Set(Object.values(plan.links).map((l) => l.type))).toEqual(new Set(['FS', 'SS', 'FF', 'SF']));
    expect(Object.values(plan.tasks).find((t) => t.name === 'First Task')?.notes).toBe('Test Task Notes');
    expect(Object.values(plan.tasks).some((t) => t.kind === 'milestone')).toBe(true);
  });

  it('tj3_Tutorial: no Duration elements (derived), non-ASCII names, rates, per-resource calendars', () => {
    const { plan, summary } = open('mspdi', 'tj3_Tutorial.xml');
    expect(summary).toMatchObject({ tasks: 15, resources: 6 });
    const names = Object.values(plan.resources).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Sébastien Bono', 'Klaus Müller']));
    expect(Object.values(plan.resources).find((r) => r.name === 'Paul Smith')).toMatchObject({ costPerHour: 43.75, role: 'Developers' });
    const spec = Object.values(plan.tasks).find((t) => t.name === 'Specification')!;
    expect(spec.durationMinutes).toBeGreaterThan(0);
    expect(spec).toMatchObject({ start: '2002-01-16T09:00', finish: '2002-01-24T15:00', schedulingMode: 'manual', percentComplete: 100 });
    expect(Object.keys(plan.assignments)).toHaveLength(15);
  });

  it('mpxj_mspdiduration: every DurationFormat imports; elapsed ones as clock time', () => {
    const { plan } = open('mspdi', 'mpxj_mspdiduration.xml');
    const formats = Object.values(plan.tasks).map((t) => t.extra?.mspdiDurationFormat);
    expect(new Set(formats)).toEqual(new Set([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    const elapsed = Object.values(plan.tasks).filter((t) => t.durationIsElapsed === true);
    expect(elapsed.map((t) => t.extra?.mspdiDurationFormat).sort((a, b) => Number(a) - Number(b))).toEqual([4, 6, 8, 10, 12]);
    // 1ed, 1ew and 1emo are 24, 168 and 720 clock hours.
    const minutesOf = (name: string) => Object.values(plan.tasks).find((t) => t.name === name)?.durationMinutes;
    expect([minutesOf('Task 8'), minutesOf('Task 9'), minutesOf('Task 10')]).toEqual([1440, 10080, 43200]);
  });

  it('mpxj_mspdinulltasks, baselines 0..10, resource types, recurring exceptions', () => {
    expect(open('mspdi', 'mpxj_mspdinulltasks.xml').warnings).toContain('3 blank task row(s) were skipped.');
    const baselines = Object.values(open('mspdi', 'mpxj_task-baselines-project2003-mspdi.xml').plan.baselines);
    expect(baselines.map((b) => b.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const types = Object.values(open('mspdi', 'mpxj_resource-type-project2013-mspdi.xml').plan.resources).map((r) => r.type);
    expect(new Set(types)).toEqual(new Set(['work', 'material', 'cost']));
    const calendar = Object.values(open('mspdi', 'mpxj_calendar-recurring-exceptions-project2016-mspdi.xml').plan.calendars)[0]!;
    expect(calendar.exceptions).toHaveLength(27);
    expect(calendar.exceptions.find((e) => e.name === 'Yearly Absolute 1')?.recurrence).toEqual({ kind: 'yearly-date', month: 2, day: 1 });
  });

  it('projectlibre_New-Product: 42 tasks under the project summary, 8 resources, a FF link and a negative lag', () => {
    const { plan, summary } = open('mspdi', 'projectlibre_New-Product.xml');
    // The file has 43 <Task> rows, but UID 1 / ID 0 / OutlineLevel 0 is the project summary task
    // (the project itself, as MS Project reads it), not a task: its name is the project's name.
    expect(summary).toMatchObject({ tasks: 42, resources: 8 });
    expect(plan.project.name).toBe('Product #23 Development');
    // Its one Notes (on the summary; no task has any) ends in the break ProjectLibre appends, which is not kept.
    expect(plan.project.description).toBe('Project shelved due to test marketing results');
    expect(Object.values(plan.tasks).filter((t) => t.parentId === null)).toHaveLength(7);
    // The export keeps the author's numbers: 'Begin project' stays UID 2 / ID 1 at level 1.
    const xml = exportMspdi(plan, { now: '2026-01-01T00:00:00Z' });
    expect(xml).toMatch(/<UID>2<\/UID>\s*<ID>1<\/ID>\s*<Name>Begin project<\/Name>[\s\S]*?<OutlineLevel>1<\/OutlineLevel>/);
    expect(Object.values(plan.links).some((l) => l.type === 'FF')).toBe(true);
    expect(Object.values(plan.links).some((l) => l.lagMinutes < 0)).toBe(true);
  });

  it('GanttProject samples: depend types, priorities, nesting, vacation, baseline', () => {
    expect(links(open('gan', 'blyoa_task-with-dependencies.gan').plan)).toEqual([
      ['task A', 'task B', 'SS', 0], ['task B', 'task C', 'FS', 0], ['task C', 'task D', 'FF', -480], ['task D', 'task E', 'SF', 0],
    ]);
    const priorities = Object.values(open('gan', 'blyoa_task-with-priority.gan').plan.tasks).map((t) => [t.name, t.priority]);
    expect(priorities).toEqual([['task lowest', 100], ['task low', 300], ['task normal', 500], ['task high', 700], ['task highest', 900]]);
    const house = open('gan', 'gp_HouseBuildingSample.gan');
    expect(house.summary).toMatchObject({ tasks: 20, resources: 7 });
    expect(Object.keys(house.plan.assignments)).toHaveLength(30);
    expect(Object.values(house.plan.tasks).filter((t) => t.kind === 'milestone')).toHaveLength(4);
    const vacation = open('gan', 'blyoa_resource-with-vacation.gan').plan;
    expect(Object.values(vacation.calendars).find((c) => c.baseCalendarId !== null)?.exceptions).toMatchObject([{ from: '2024-01-01', to: '2024-02-01' }]);
    expect(Object.values(open('gan', 'blyoa_baseline-with-subtasks.gan').plan.baselines)).toMatchObject([{ number: 0, name: 'baseline A' }]);
  });

  it('ganttproject_hebcal-test.ics: an all-day holiday with a folded description', () => {
    const result = importIcalHolidays(readFileSync(path.join(corpus, 'ics/ganttproject_hebcal-test.ics'), 'utf8'));
    expect(result.ok && result.value.exceptions).toEqual([{ name: 'Chanukah: 1 Candle', from: '2023-12-07', to: '2023-12-07', isWorking: false, intervals: [], recurrence: null }]);
  });
});

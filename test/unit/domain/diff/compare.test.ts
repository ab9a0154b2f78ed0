/** Comparing the open plan with a baseline, an older snapshot or another copy (issue 16): hand-worked dates. */
import { describe, expect, it } from 'vitest';
import { compareWithBaseline, compareWithPlan, visibleChanges } from '../../../../renderer/domain/diff';
import { CSV_COLUMNS, exportTasksCsv, identityNotCarriedInFile, importPlanFile } from '../../../../renderer/domain/formats';
import { insertTask, moveCard } from '../../../../renderer/domain/commands';
import { sequentialIds, type TaskId } from '../../../../renderer/domain/model';
import { blankPlan, runOk } from '../../../support/plan-builder';
import type { Baseline, BaselineId, LocalDateTime, Plan, ProjectId } from '../../../../renderer/domain/model';
import { basePlan, chain, withTask } from '../schedule/plan-kit';

const dt = (s: string): LocalDateTime => s as LocalDateTime;
// Design, Build, Test: one day each, chained, from Monday 2 March 2026 (09:00-17:00 days).
const before = chain(basePlan(), ['Design', 'Build', 'Test']);
const longerBuild = (p: Plan): Plan => ({ ...p, tasks: { ...p.tasks, Build: { ...p.tasks.Build!, durationMinutes: 960 } } });
const rows = (c: { diff: Parameters<typeof visibleChanges>[0] }): string[] => visibleChanges(c.diff).map((r) => `${r.category}|${r.what}|${r.field}|${r.before}|${r.after}`);

describe('compareWithBaseline', () => {
  const day = (d: number, h: number): LocalDateTime => dt(`2026-03-0${String(d)}T${String(h).padStart(2, '0')}:00`);
  const baseline: Baseline = {
    id: 'b0' as BaselineId, number: 0, name: 'Baseline', savedAt: '2026-03-01T08:00:00.000Z',
    tasks: {
      Design: { start: day(2, 9), finish: day(2, 17), durationMinutes: 480, workMinutes: 0, cost: 0 },
      Build: { start: day(3, 9), finish: day(3, 17), durationMinutes: 480, workMinutes: 0, cost: 0 },
      Test: { start: day(4, 9), finish: day(4, 17), durationMinutes: 480, workMinutes: 0, cost: 0 },
      Gone: { start: day(5, 9), finish: day(5, 17), durationMinutes: 480, workMinutes: 0, cost: 0 },
    },
  };

  it('reads from the baseline to the plan: a longer task, the dates it moves, a task added since, one deleted since', () => {
    const now = withTask(longerBuild(before), 'Docs');
    const c = compareWithBaseline(now, null, baseline);
    expect(c.isOtherOlder).toBe(true);
    expect(rows(c)).toEqual([
      "duration|task 'Build'|duration|1d|2d",
      "added|task 'Docs'|added||",
      "removed|task Gone (deleted since the baseline)|removed||",
      // Build takes two days now (Tue 3 - Wed 4 March), so Test moves to Thursday 5.
      "dates|task 'Build'|scheduled finish|2026-03-03 17:00|2026-03-04 17:00",
      "dates|task 'Test'|scheduled start|2026-03-04 09:00|2026-03-05 09:00",
      "dates|task 'Test'|scheduled finish|2026-03-04 17:00|2026-03-05 17:00",
    ]);
    // The ghost bars are the baseline itself; the deleted task is listed with its baseline dates.
    expect(c.ghost).toBe(baseline);
    expect(c.onlyInOther).toEqual([{ id: 'Gone', label: 'task Gone (deleted since the baseline)', start: day(5, 9), finish: day(5, 17) }]);
  });
});

describe('compareWithPlan', () => {
  it('an older snapshot: changes read since it, its dates are the ghost bars by this plan\'s ids', () => {
    const c = compareWithPlan(longerBuild(before), null, before, { name: 'Snapshot', isOtherOlder: true });
    expect(rows(c)).toContain("duration|task 'Build'|duration|1d|2d");
    expect(c.ghost.name).toBe('Snapshot');
    expect(c.ghost.tasks.Build).toMatchObject({ start: dt('2026-03-03T09:00'), finish: dt('2026-03-03T17:00'), durationMinutes: 480 });
    expect(c.ghost.tasks.Test).toMatchObject({ start: dt('2026-03-04T09:00'), finish: dt('2026-03-04T17:00') });
    expect(c.onlyInOther).toEqual([]);
  });

  it('a colleague\'s copy under other ids: ghost bars found through the match, their new task listed with its dates', () => {
    // Their copy renamed every id (as an MS Project round trip would) and added Docs at the end of the outline.
    const theirs = withTask(before, 'Docs', { rank: 'zz' });
    const renamed: Plan = {
      ...theirs,
      tasks: Object.fromEntries(Object.values(theirs.tasks).map((t) => [`x-${t.id}`, { ...t, id: `x-${t.id}` as typeof t.id }])),
      links: Object.fromEntries(Object.values(theirs.links).map((l) => [l.id, { ...l, predecessorId: `x-${l.predecessorId}` as typeof l.predecessorId, successorId: `x-${l.successorId}` as typeof l.successorId }])),
    };
    const c = compareWithPlan(longerBuild(before), null, renamed, { name: 'maya.plotline', isOtherOlder: false });
    expect(c.ghost.tasks.Build).toMatchObject({ finish: dt('2026-03-03T17:00'), durationMinutes: 480 });
    expect(c.onlyInOther).toEqual([{ id: 'x-Docs', label: "task 'Docs'", start: dt('2026-03-02T09:00'), finish: dt('2026-03-02T17:00') }]);
  });

  it('a copy from MS Project with a task inserted above: the moved tasks get ghost bars, only the new task is listed', () => {
    // Their copy: other ids, another project, and Kickoff (one day, first) ahead of Design.
    const theirs = withTask(before, 'Kickoff', { rank: '0', durationMinutes: 480 });
    const ids = (id: string): string => `x-${id}`;
    const renamed: Plan = {
      ...theirs,
      project: { ...theirs.project, id: 'vendor' as ProjectId },
      tasks: Object.fromEntries(Object.values(theirs.tasks).map((t) => [ids(t.id), { ...t, id: ids(t.id) as typeof t.id }])),
      links: Object.fromEntries(Object.values(theirs.links).map((l) => [l.id, { ...l, predecessorId: ids(l.predecessorId) as typeof l.predecessorId, successorId: ids(l.successorId) as typeof l.successorId }])),
    };
    const c = compareWithPlan(before, null, renamed, { name: 'vendor.xml', isOtherOlder: false });
    expect(c.diff.taskMatches).toEqual({ Design: 'name', Build: 'name', Test: 'name' });
    expect(Object.keys(c.ghost.tasks).sort()).toEqual(['Build', 'Design', 'Test']);
    expect(c.ghost.tasks.Build).toMatchObject({ start: dt('2026-03-03T09:00'), finish: dt('2026-03-03T17:00') });
    expect(c.onlyInOther.map((t) => t.label)).toEqual(["task 'Kickoff'"]);
  });

  it('a CSV copy with a row inserted: that task added, not the rows below it moved nor the project renamed', () => {
    // Tasks as the app adds them, in the board's first column.
    let ours = blankPlan('Billing revamp');
    for (const [id, name] of [['t1', 'Design'], ['t2', 'Build'], ['t3', 'Test']] as const) ours = runOk(insertTask, ours, { id: id as TaskId, name }).plan;
    const lines = exportTasksCsv(ours, { columns: CSV_COLUMNS }).split('\n');
    const build = lines.findIndex((l) => l.includes('Build'));
    const text = [...lines.slice(0, build + 1), (lines[build] ?? '').replace('Build', 'Review'), ...lines.slice(build + 1)].join('\n');
    const read = importPlanFile('copy.csv', text, { newId: sequentialIds('c'), now: '2026-03-01T08:00:00.000Z' });
    if (!read.ok) throw new Error(read.error.message);
    const compared = (otherNotCarried = identityNotCarriedInFile('copy.csv', text)) => compareWithPlan(ours, null, read.value.plan, { name: 'copy.csv', isOtherOlder: false, otherNotCarried });
    expect(rows(compared())).toEqual(["added|task 'Review'|added||"]);
    expect(compared().onlyInOther.map((t) => t.label)).toEqual(["task 'Review'"]);
    expect(rows(compareWithPlan(ours, null, read.value.plan, { name: 'copy.csv', isOtherOlder: false }))).toEqual(expect.arrayContaining([expect.stringMatching(/^moved\|task 'Test'\|outline position/), expect.stringMatching(/^project\|.*\|name\|Billing revamp\|Imported tasks$/)]));
  });

  it('finds no board column changed between a plan and its own CSV export: the Status column carries each card\'s column', () => {
    let ours = blankPlan('Billing revamp');
    for (const [id, name] of [['t1', 'Design'], ['t2', 'Build']] as const) ours = runOk(insertTask, ours, { id: id as TaskId, name }).plan;
    const toDo = Object.values(ours.columns).find((c) => c.name === 'To do');
    if (!toDo) throw new Error('no To do column');
    ours = runOk(moveCard, ours, { id: 't2' as TaskId, columnId: toDo.id, placement: { at: 'top' } }).plan;
    const text = exportTasksCsv(ours, { columns: CSV_COLUMNS });
    const read = importPlanFile('copy.csv', text, { newId: sequentialIds('c'), now: '2026-03-01T08:00:00.000Z' });
    if (!read.ok) throw new Error(read.error.message);
    const compared = compareWithPlan(ours, null, read.value.plan, { name: 'copy.csv', isOtherOlder: false, otherNotCarried: identityNotCarriedInFile('copy.csv', text) });
    expect(rows(compared)).toEqual([]);
  });
});

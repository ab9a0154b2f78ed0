/** The row model's cache: an edit to one task rebuilds one row; links are indexed by task. */
import { describe, expect, it, vi } from 'vitest';
import {
  emptyPlan, fullOutline, newTask, outlineIndexOf, outlineRows, sequentialIds, toWallMinutes, type LinkId, type LocalDateTime, type Plan, type Task, type TaskId,
} from '../../../../renderer/domain/model';
import { buildRows, createRowCache, rowIndexById, type GanttRow } from '../../../../renderer/features/gantt/gantt-rows';
import { linksTouching } from '../../../../renderer/features/gantt/ArrowLayer';
import { predecessorTextByTask } from '../../../../renderer/features/tasks/cell-text';
import { collapsedForLevel, type OutlineLevel } from '../../../../renderer/features/gantt/outline-level';
import { createScheduler, type ScheduleResult, type TaskSchedule } from '../../../../renderer/domain/schedule';
import { planCommands, runCommand, type ArgsOf, type CommandName } from '../../../../renderer/domain/commands';
import { seededRandom } from '../../../support/random';
import { compileCalendars, ELAPSED_CALENDAR_ID } from '../../../../renderer/domain/calendar';
import type { AssignmentId, CalendarId, ResourceId } from '../../../../renderer/domain/model';
import { generatePlan } from '../../../support/generate-plan';

const dt = (s: string): LocalDateTime => s as LocalDateTime;

function plan(): Plan {
  const base = emptyPlan({ name: 'P', start: dt('2026-09-07T09:00'), now: '2026-09-01T00:00:00.000Z', newId: sequentialIds('x') });
  const column = Object.values(base.columns)[0]!.id;
  const t = (id: string, rank: string, parentId: string | null = null): Task =>
    newTask({ id: id as TaskId, name: id, parentId: parentId as TaskId | null, rank, start: dt('2026-09-07T09:00'), finish: dt('2026-09-07T17:00'), statusId: column, boardRank: rank });
  const tasks = [t('a', 'F'), t('b', 'K', 'a'), t('c', 'P', 'a'), t('d', 'V')];
  return {
    ...base,
    tasks: Object.fromEntries(tasks.map((x) => [x.id, x])),
    links: { l1: { id: 'l1' as LinkId, predecessorId: 'b' as TaskId, successorId: 'c' as TaskId, type: 'FS', lagMinutes: 0, lagIsElapsed: false } },
  };
}

const options = { isCollapsed: () => false, baseline: null };

describe('row cache', () => {
  it('rebuilds a row whose duration became elapsed, so the grid shows it as such', () => {
    const cache = createRowCache();
    const before = plan();
    buildRows(before, null, options, cache);
    const d = before.tasks['d']!;
    const after: Plan = { ...before, tasks: { ...before.tasks, d: { ...d, durationMinutes: 2880, durationIsElapsed: true } } };
    const rows = buildRows(after, null, options, cache);
    expect(rows.map((r) => r.durationIsElapsed)).toEqual([false, false, false, true]);
  });

  it('gives each row the calendar the engine schedules its task on, for its slack tail', () => {
    const base = plan();
    const standard = base.calendars[base.project.calendarId]!;
    const night = { ...standard, id: 'night' as CalendarId, name: 'Night shift' };
    const own = { ...standard, id: 'own' as CalendarId, name: 'Own' };
    const person = {
      id: 'r1' as ResourceId, name: 'Ana', initials: 'A', role: '', email: '', type: 'work' as const, maxUnits: 1,
      costPerHour: 0, overtimeCostPerHour: 0, costPerUse: 0, calendarId: night.id,
    };
    const withStaff: Plan = {
      ...base,
      calendars: { ...base.calendars, night, own },
      resources: { r1: person },
      assignments: { as1: { id: 'as1' as AssignmentId, taskId: 'c' as TaskId, resourceId: person.id, units: 1, workMinutes: null } },
      tasks: {
        ...base.tasks,
        b: { ...base.tasks['b']!, calendarId: own.id },
        d: { ...base.tasks['d']!, durationIsElapsed: true, calendarId: own.id },
      },
    };
    const cache = createRowCache();
    const calendarOf = (p: Plan) => Object.fromEntries(buildRows(p, null, options, cache).map((r) => [r.id, r.calendarId]));
    // Elapsed beats the task's own calendar; then its own; then its people's; else the project's.
    expect(calendarOf(withStaff)).toEqual({ a: null, b: 'own', c: 'night', d: ELAPSED_CALENDAR_ID });
    const cals = compileCalendars(withStaff);
    expect(cals.get(ELAPSED_CALENDAR_ID)).toBe(cals.elapsed);
    // The person moves to the standard calendar: the row follows, though the task did not change.
    const moved: Plan = { ...withStaff, resources: { r1: { ...person, calendarId: standard.id } } };
    expect(calendarOf(moved)['c']).toBe(standard.id);
  });

  it('rebuilds a row whose outline number, children or first person changed though its task did not', () => {
    const base = plan();
    // Each change is built after the base plan, on one scheduler and one cache, as the view does.
    const shownAfterBase = (p: Plan) => {
      const scheduler = createScheduler();
      const cache = createRowCache();
      buildRows(base, scheduler.schedule(base), options, cache);
      const schedule = scheduler.schedule(p);
      const rows = buildRows(p, schedule, options, cache);
      expect(rows).toEqual(buildRows(p, schedule, options));
      return Object.fromEntries(rows.map((r) => [r.id, r]));
    };
    expect(shownAfterBase(base)['d']).toMatchObject({ index: 3, wbs: '2', depth: 0, hasChildren: false, resourceId: null });
    // c leaves summary a for the top level, just after it: d keeps its place and object, its number moves on.
    const outdented: Plan = { ...base, tasks: { ...base.tasks, c: { ...base.tasks['c']!, parentId: null, rank: 'G' } } };
    expect(outdented.tasks['d']).toBe(base.tasks['d']);
    expect(shownAfterBase(outdented)['d']).toMatchObject({ index: 3, wbs: '3', depth: 0 });
    // A subtask under d, on d's own dates: d becomes a summary without its own task changing.
    const e = { ...base.tasks['d']!, id: 'e' as TaskId, name: 'e', parentId: 'd' as TaskId, rank: 'Z' };
    const withChild: Plan = { ...base, tasks: { ...base.tasks, e } };
    expect(shownAfterBase(withChild)['d']).toMatchObject({ index: 3, wbs: '2', hasChildren: true, kind: 'summary' });
    // Someone assigned to d: its row takes their colour.
    const person = {
      id: 'r1' as ResourceId, name: 'Ana', initials: 'A', role: '', email: '', type: 'work' as const, maxUnits: 1,
      costPerHour: 0, overtimeCostPerHour: 0, costPerUse: 0, calendarId: null,
    };
    const staffed: Plan = { ...base, resources: { r1: person }, assignments: { as1: { id: 'as1' as AssignmentId, taskId: 'd' as TaskId, resourceId: person.id, units: 1, workMinutes: null } } };
    expect(shownAfterBase(staffed)['d']).toMatchObject({ resourceId: 'r1' });
  });

  it('keeps the row objects of unchanged tasks and rebuilds the edited one', () => {
    const cache = createRowCache();
    const before = plan();
    const first = buildRows(before, null, options, cache);
    const c = before.tasks['c']!;
    const after: Plan = { ...before, tasks: { ...before.tasks, c: { ...c, name: 'Renamed' } } };
    const second = buildRows(after, null, options, cache);
    expect(second.map((r) => r.name)).toEqual(['a', 'b', 'Renamed', 'd']);
    expect(second[1]).toBe(first[1]);
    expect(second[3]).toBe(first[3]);
    expect(second[2]).not.toBe(first[2]);
  });

  it('keeps the row of a task that stays put when a collapse moves the rows below it, and rebuilds those', () => {
    const cache = createRowCache();
    const p = plan();
    const open = buildRows(p, null, options, cache);
    const folded = buildRows(p, null, { isCollapsed: (id: TaskId) => id === 'a', baseline: null }, cache);
    expect(folded.map((r) => [r.id, r.index])).toEqual([['a', 0], ['d', 1]]);
    expect(folded[0]).toBe(open[0]);
    expect(folded[1]).not.toBe(open[3]);
    // Shown again, the hidden rows are built afresh and match a build without a cache.
    const reopened = buildRows(p, null, options, cache);
    expect(reopened).toEqual(buildRows(p, null, options));
    expect(reopened[0]).toBe(open[0]);
  });

  it('keeps one row-index map while the outline holds', () => {
    const cache = createRowCache();
    const before = plan();
    buildRows(before, null, options, cache);
    const index = rowIndexById(cache);
    expect([...index]).toEqual([['a', 0], ['b', 1], ['c', 2], ['d', 3]]);
    const c = before.tasks['c']!;
    buildRows({ ...before, tasks: { ...before.tasks, c: { ...c, name: 'Renamed' } } }, null, options, cache);
    expect(rowIndexById(cache)).toBe(index);
  });

  it('shares its row-index map with the Predecessors column while nothing is collapsed, and numbers the shown rows when a summary is', () => {
    const p = plan();
    const cache = createRowCache();
    buildRows(p, null, options, cache);
    expect(rowIndexById(cache)).toBe(outlineIndexOf(fullOutline(p.tasks)));
    // c's predecessor b is row 2 of the whole outline, whatever the Gantt shows.
    expect(predecessorTextByTask(p).get('c')).toBe('2');
    buildRows(p, null, { ...options, isCollapsed: (id) => id === 'a' }, cache);
    expect([...rowIndexById(cache)]).toEqual([['a', 0], ['d', 1]]);
    expect(predecessorTextByTask(p).get('c')).toBe('2');
  });

  it('re-walks the outline when a task moves, and renumbers the rows', () => {
    const cache = createRowCache();
    const before = plan();
    buildRows(before, null, options, cache);
    const d = before.tasks['d']!;
    const after: Plan = { ...before, tasks: { ...before.tasks, d: { ...d, rank: 'A' } } };
    expect(buildRows(after, null, options, cache).map((r) => `${r.wbs} ${r.name} ${String(r.index)}`)).toEqual(['1 d 0', '2 a 1', '2.1 b 2', '2.2 c 3']);
  });

  it('builds the same rows with or without a cache', () => {
    const p = plan();
    expect(buildRows(p, null, options, createRowCache())).toEqual(buildRows(p, null, options));
  });
});

describe('row cache and the figures a row shows', () => {
  // A schedule that is not the engine's table: every build reads each task's figures afresh.
  const copyOf = (schedule: ScheduleResult, id: string, changes: Partial<TaskSchedule>): ScheduleResult => ({
    ...schedule,
    tasks: new Map([...schedule.tasks].map(([key, s]) => [key, key === id ? { ...s, ...changes } : { ...s }])),
  });

  it('keeps a row while the figures it shows are equal, and rebuilds it when any one of them changes', () => {
    const p = plan();
    const schedule = createScheduler().schedule(p);
    const cache = createRowCache();
    const first = buildRows(p, schedule, options, cache);
    // New figure objects with the same values: every row kept.
    expect(buildRows(p, copyOf(schedule, 'd', {}), options, cache).every((row, i) => row === first[i])).toBe(true);
    const d = schedule.tasks.get('d' as TaskId)!;
    const changes: [Partial<TaskSchedule>, Partial<GanttRow>][] = [
      [{ start: dt('2026-09-08T09:00'), finish: dt('2026-09-08T17:00') }, { startMinutes: toWallMinutes(dt('2026-09-08T09:00')), finishMinutes: toWallMinutes(dt('2026-09-08T17:00')) }],
      [{ finish: dt('2026-09-09T17:00') }, { finishMinutes: toWallMinutes(dt('2026-09-09T17:00')) }],
      [{ durationMinutes: 960 }, { durationMinutes: 960 }],
      [{ percentComplete: 33.5 }, { percentComplete: 33.5 }],
      [{ isCritical: !d.isCritical }, { isCritical: !d.isCritical }],
      [{ totalSlackMinutes: 123.25 }, { totalSlackMinutes: 123.25 }],
      [{ isLate: !d.isLate }, { isLate: !d.isLate }],
    ];
    for (const [change, shown] of changes) {
      const next = copyOf(schedule, 'd', change);
      const rows = buildRows(p, next, options, cache);
      expect(rows.filter((row, i) => row !== first[i]).map((r) => r.id)).toEqual(['d']);
      expect(rows.find((r) => r.id === 'd')).toMatchObject(shown);
      expect(rows).toEqual(buildRows(p, next, options));
      // Back to the first figures: the row shows them again.
      expect(buildRows(p, schedule, options, cache)).toEqual(first);
    }
  });

  it('rebuilds a row that loses or gains its schedule', () => {
    const p = plan();
    const schedule = createScheduler().schedule(p);
    const cache = createRowCache();
    const scheduled = buildRows(p, schedule, options, cache);
    const unscheduled = buildRows(p, null, options, cache);
    expect(unscheduled).toEqual(buildRows(p, null, options));
    expect(buildRows(p, schedule, options, cache)).toEqual(scheduled);
  });
});

describe('row cache over random edits', () => {
  const NOW = '2026-02-01T00:00:00.000Z';
  const run = <N extends CommandName>(p: Plan, name: N, args: ArgsOf<N>, newId: () => string): Plan => {
    const out = runCommand(planCommands[name] as never, p, args as never, { newId, now: NOW });
    return out.ok ? (out.value as { plan: Plan }).plan : p;
  };

  it('builds, step after step, the rows a build without a cache gives: edits, links, people, collapses and baselines', () => {
    for (const seed of [1, 2, 3]) {
      const rnd = seededRandom(seed * 31);
      const newId = sequentialIds(`r${String(seed)}`);
      let p = generatePlan({ tasks: 200, seed, assignmentsPerLeaf: 1, people: 4 });
      const scheduler = createScheduler();
      const cache = createRowCache();
      let collapsed = new Set<string>();
      // One function while the collapsed set holds, as the view keeps it: the outline and rows are then patched.
      let isCollapsed = (id: TaskId): boolean => collapsed.has(id);
      let showBaseline = false;
      let kept = 0;
      let previous: readonly GanttRow[] = [];
      for (let step = 0; step < 80; step++) {
        const ids = Object.keys(p.tasks) as TaskId[];
        const pick = (): TaskId => ids[Math.floor(rnd() * ids.length)] as TaskId;
        const people = Object.keys(p.resources) as ResourceId[];
        const roll = rnd();
        if (roll < 0.2) p = run(p, 'updateTask', { id: pick(), changes: { durationMinutes: 480 * (1 + Math.floor(rnd() * 6)) } }, newId);
        else if (roll < 0.3) p = run(p, 'updateTask', { id: pick(), changes: { percentComplete: Math.floor(rnd() * 5) * 25, name: `T${String(step)}` } }, newId);
        else if (roll < 0.38) p = run(p, 'insertTask', { name: 'New', afterId: pick() }, newId);
        else if (roll < 0.44) p = run(p, 'deleteTasks', { ids: [pick()] }, newId);
        else if (roll < 0.5) p = run(p, 'indentTasks', { ids: [pick()] }, newId);
        else if (roll < 0.56) p = run(p, 'moveTask', { id: pick(), parentId: null, afterId: null }, newId);
        else if (roll < 0.64) p = run(p, 'addLink', { predecessorId: pick(), successorId: pick(), type: 'FS', lagMinutes: 0, lagIsElapsed: false }, newId);
        else if (roll < 0.7) p = run(p, 'setAssignees', { taskId: pick(), resourceIds: people.filter(() => rnd() < 0.4) }, newId);
        else if (roll < 0.8) {
          const summary = Object.values(p.tasks).find((t, i) => t.kind === 'summary' && i % 7 === step % 7);
          const next = new Set(collapsed);
          if (summary && !next.delete(summary.id)) next.add(summary.id);
          collapsed = next;
          isCollapsed = (id: TaskId): boolean => next.has(id);
        } else if (roll < 0.87) p = run(p, 'saveBaseline', { number: 0 }, newId);
        else if (roll < 0.93) showBaseline = !showBaseline;
        // else: nothing changed, the rows are asked for again
        const schedule = scheduler.schedule(p);
        const baseline = showBaseline ? (Object.values(p.baselines)[0] ?? null) : null;
        const opts = { isCollapsed, baseline };
        const where = `seed ${String(seed)} step ${String(step)}`;
        const rows = buildRows(p, schedule, opts, cache);
        expect(rows, where).toEqual(buildRows(p, schedule, opts));
        const before = new Set(previous);
        kept += rows.filter((row) => before.has(row)).length;
        previous = rows;
      }
      // Most rows were the previous build's objects: the cache was at work, not bypassed.
      expect(kept).toBeGreaterThan(80 * 100);
    }
  });
});

describe('row cache with the incremental scheduler', () => {
  const edit = (p: Plan, id: string, changes: Partial<Task>): Plan => ({ ...p, tasks: { ...p.tasks, [id]: { ...p.tasks[id]!, ...changes } } });

  it('patches only the rows whose task or schedule changed, and matches a full build', () => {
    const scheduler = createScheduler();
    const cache = createRowCache();
    let p = generatePlan({ tasks: 300, seed: 3 });
    const first = buildRows(p, scheduler.schedule(p), options, cache);
    const leaf = Object.values(p.tasks).find((t) => t.kind === 'task' && t.percentComplete === 0)!;
    p = edit(p, leaf.id, { percentComplete: 40 });
    const schedule = scheduler.schedule(p);
    const reads = vi.spyOn(schedule.tasks, 'get');
    const second = buildRows(p, schedule, options, cache);
    // Patched, not rebuilt: the schedule is read for the changed rows only.
    expect(reads.mock.calls.length).toBeLessThan(10);
    expect(second).toEqual(buildRows(p, schedule, options));
    const changed = second.filter((row, i) => row !== first[i]).map((r) => r.id);
    expect(changed).toContain(leaf.id);
    // The leaf and the summaries whose rolled-up progress moved, not the plan.
    expect(changed.length).toBeLessThan(10);
    expect(second.find((r) => r.id === leaf.id)?.percentComplete).toBe(40);
  });

  it('follows a duration change through the successors it moves', () => {
    const scheduler = createScheduler();
    const cache = createRowCache();
    let p = generatePlan({ tasks: 300, seed: 5 });
    buildRows(p, scheduler.schedule(p), options, cache);
    const linked = Object.values(p.links).find((l) => l.type === 'FS' && p.tasks[l.predecessorId]?.kind === 'task')!;
    const pred = p.tasks[linked.predecessorId]!;
    for (const days of [3, 9, 1]) {
      p = edit(p, pred.id, { durationMinutes: days * 480 });
      const schedule = scheduler.schedule(p);
      expect(buildRows(p, schedule, options, cache)).toEqual(buildRows(p, schedule, options));
    }
  });

  it('builds afresh when the outline changes (collapse) and patches again after', () => {
    const scheduler = createScheduler();
    const cache = createRowCache();
    let p = generatePlan({ tasks: 200, seed: 9 });
    buildRows(p, scheduler.schedule(p), options, cache);
    const phase = Object.values(p.tasks).find((t) => t.parentId === null)!;
    const collapsed = { isCollapsed: (id: TaskId) => id === phase.id, baseline: null };
    const folded = buildRows(p, scheduler.schedule(p), collapsed, cache);
    expect(folded).toEqual(buildRows(p, scheduler.schedule(p), collapsed));
    const leaf = Object.values(p.tasks).find((t) => t.kind === 'task' && t.parentId !== null && folded.some((r) => r.id === t.id))!;
    p = edit(p, leaf.id, { name: 'Renamed leaf' });
    const schedule = scheduler.schedule(p);
    expect(buildRows(p, schedule, collapsed, cache)).toEqual(buildRows(p, schedule, collapsed));
  });
});

describe('outline levels', () => {
  it('collapses the summaries below the level shown, none for all subtasks', () => {
    const p = generatePlan({ tasks: 60, seed: 1 });
    const depthOf = new Map(outlineRows(p.tasks).map((r) => [r.task.id as string, r.depth]));
    const shown = (level: OutlineLevel): number[] => {
      const collapsed = new Set<string>(collapsedForLevel(p.tasks, level));
      return [...new Set(outlineRows(p.tasks, (id) => collapsed.has(id)).map((r) => depthOf.get(r.task.id) ?? -1))].sort();
    };
    expect(shown(1)).toEqual([0]);
    expect(shown(2)).toEqual([0, 1]);
    expect(shown(3)).toEqual([0, 1, 2]);
    expect(shown('all')).toEqual([0, 1, 2, 3]);
    expect(collapsedForLevel(p.tasks, 'all')).toEqual([]);
  });
});

describe('links of the rendered rows', () => {
  it('finds a link from either of its tasks, once, and none for rows without links', () => {
    const p = plan();
    const rows = buildRows(p, null, { isCollapsed: () => false, baseline: null });
    const at = (id: string): number => rows.findIndex((r) => r.id === id);
    const ids = (first: number, end: number): string[] => linksTouching(p.links, rows.slice(first, end).map((r) => r.id)).map((l) => l.id);
    expect(ids(at('b'), at('b') + 1)).toEqual(['l1']);
    expect(ids(at('c'), at('c') + 1)).toEqual(['l1']);
    expect(ids(0, rows.length)).toEqual(['l1']);
    expect(ids(at('a'), at('a') + 1)).toEqual([]);
    expect(ids(0, 0)).toEqual([]);
  });
});

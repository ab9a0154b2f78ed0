/** Where the chart opens, how it reveals a bar, what a bar drag changes, and where arrows take clicks. */
import { describe, expect, it } from 'vitest';
import {
  emptyPlan, fromWallMinutes, newTask, sequentialIds, toWallMinutes, type LocalDateTime, type Plan, type TaskId,
} from '../../../../renderer/domain/model';
import type { ScheduleResult, TaskSchedule } from '../../../../renderer/domain/schedule/types';
import { arrowShape } from '../../../../renderer/features/gantt/arrow-geometry';
import { buildRows } from '../../../../renderer/features/gantt/gantt-rows';
import { homeScrollLeft } from '../../../../renderer/features/gantt/home-view';
import { makeScale, revealScrollLeft, xOf } from '../../../../renderer/features/gantt/time-scale';
import { changesForEdit } from '../../../../renderer/features/gantt/use-chart-edits';

const DAY = 1440;
const sep7 = Date.UTC(2026, 8, 7) / 60_000; // Monday 7 September 2026
const dt = (s: string): LocalDateTime => s as LocalDateTime;

describe('opening position', () => {
  const scale = makeScale('day', sep7, sep7 + 100 * DAY);
  it('puts today a third of the way in when the project is under way', () => {
    const today = sep7 + 50 * DAY;
    expect(homeScrollLeft(scale, [sep7, sep7 + 100 * DAY], 900, today)).toBe(Math.round(xOf(scale, today) - 300));
  });
  it('shows the project start otherwise', () => {
    expect(homeScrollLeft(scale, [sep7, sep7 + 100 * DAY], 900, sep7 - 30 * DAY)).toBe(14 * 40 - 40);
    expect(homeScrollLeft(scale, [sep7, sep7 + 100 * DAY], 900, sep7 + 200 * DAY)).toBe(14 * 40 - 40);
    expect(homeScrollLeft(scale, [sep7, sep7 + 100 * DAY], 900, null)).toBe(14 * 40 - 40);
  });
});

describe('revealing a bar', () => {
  const scale = makeScale('day', sep7, sep7 + 100 * DAY);
  const x = (m: number): number => xOf(scale, m);
  it('leaves a visible bar alone', () => {
    expect(revealScrollLeft(scale, sep7, sep7 + 2 * DAY, x(sep7) - 100, 800)).toBeNull();
  });
  it('scrolls a bar on the left in with a margin', () => {
    expect(revealScrollLeft(scale, sep7, sep7 + 2 * DAY, x(sep7) + 500, 800)).toBe(x(sep7) - 40);
  });
  it('scrolls a bar on the right in so that its end shows', () => {
    expect(revealScrollLeft(scale, sep7 + 40 * DAY, sep7 + 42 * DAY, 0, 800)).toBe(x(sep7 + 42 * DAY) + 40 - 800);
  });
});

describe('arrow click targets', () => {
  it('stop short of both bars so the resize handles at the bar ends stay reachable', () => {
    const shape = arrowShape('FS', { x1: 100, x2: 200, y: 16 }, { x1: 260, x2: 400, y: 48 }, 32);
    expect(shape.d).toBe('M200,16 H208 V48 H260');
    expect(shape.hit).toBe('M205,16 H208 V48 H255');
  });
});

/** A plan whose task fields say 7 Sep while the engine scheduled it Tue 8 – Thu 10 Sep (after a predecessor). */
function planAndSchedule(): { plan: Plan; schedule: ScheduleResult; id: TaskId } {
  const base = emptyPlan({ name: 'P', start: dt('2026-09-07T09:00'), now: '2026-09-01T00:00:00.000Z', newId: sequentialIds('x') });
  const column = Object.values(base.columns)[0]!.id;
  const task = newTask({ id: 't1' as TaskId, name: 'Charter', parentId: null, rank: 'V', start: dt('2026-09-07T09:00'), finish: dt('2026-09-07T09:00'), statusId: column, boardRank: 'V', durationMinutes: 3 * 480 });
  const plan: Plan = { ...base, tasks: { [task.id]: task } };
  const at = (s: string): LocalDateTime => dt(s);
  const scheduled: TaskSchedule = {
    start: at('2026-09-08T09:00'), finish: at('2026-09-10T17:00'), earlyStart: at('2026-09-08T09:00'), earlyFinish: at('2026-09-10T17:00'),
    lateStart: at('2026-09-08T09:00'), lateFinish: at('2026-09-10T17:00'), durationMinutes: 3 * 480, totalSlackMinutes: 0, freeSlackMinutes: 0,
    isCritical: true, percentComplete: 0, isLate: false, workMinutes: 0, isSummary: false, isMilestone: false,
  };
  const schedule: ScheduleResult = {
    tasks: new Map([[task.id, scheduled]]), projectStart: at('2026-09-08T09:00'), projectFinish: at('2026-09-10T17:00'),
    criticalPathMinutes: 3 * 480, criticalTaskIds: [task.id], issues: [],
  };
  return { plan, schedule, id: task.id };
}

describe('bar drags', () => {
  it('resize the scheduled bar: two days more on Thu 10 Sep ends Fri 11 Sep, the weekend not counted', () => {
    const { plan, schedule, id } = planAndSchedule();
    const changes = changesForEdit(plan, schedule, { kind: 'finish', id, deltaMinutes: 2 * DAY });
    // Tue–Sat 17:00 holds Tue, Wed, Thu, Fri: four working days.
    expect(changes).toEqual({ durationMinutes: 4 * 480, finish: '2026-09-11T17:00' });
  });
  it('move the scheduled bar and pin it with Start No Earlier Than', () => {
    const { plan, schedule, id } = planAndSchedule();
    const changes = changesForEdit(plan, schedule, { kind: 'move', id, deltaMinutes: DAY });
    expect(changes).toEqual({
      start: '2026-09-09T09:00', finish: '2026-09-11T17:00', constraint: { type: 'SNET', date: '2026-09-09T09:00' },
    });
  });
});

describe('bar drags of elapsed-duration tasks', () => {
  it('resize in clock time: two days more on a bar ending Thu 17:00 ends Sat 17:00, the weekend counted', () => {
    const { plan, schedule, id } = planAndSchedule();
    const elapsed: Plan = { ...plan, tasks: { [id]: { ...plan.tasks[id]!, durationIsElapsed: true } } };
    // Tue 09:00 to Sat 17:00 is four days and eight hours of clock time.
    expect(changesForEdit(elapsed, schedule, { kind: 'finish', id, deltaMinutes: 2 * DAY })).toEqual({ durationMinutes: 4 * 1440 + 480, finish: '2026-09-12T17:00' });
  });
});

describe('bar drags of started tasks', () => {
  it('move the actual dates with the bar, since the engine holds a started task at them', () => {
    const { plan, schedule, id } = planAndSchedule();
    const task = plan.tasks[id]!;
    const started: Plan = { ...plan, tasks: { [id]: { ...task, percentComplete: 100, actualStart: dt('2026-09-08T09:00'), actualFinish: dt('2026-09-10T17:00') } } };
    expect(changesForEdit(started, schedule, { kind: 'move', id, deltaMinutes: DAY })).toMatchObject({
      actualStart: '2026-09-09T09:00', actualFinish: '2026-09-11T17:00',
    });
    expect(changesForEdit(started, schedule, { kind: 'finish', id, deltaMinutes: 2 * DAY })).toMatchObject({ actualFinish: '2026-09-11T17:00' });
  });
});

describe('row model', () => {
  it('reports the engine’s working-minute duration, not finish minus start', () => {
    const { plan, schedule } = planAndSchedule();
    const [row] = buildRows(plan, schedule, { isCollapsed: () => false, baseline: null });
    expect(row?.durationMinutes).toBe(3 * 480);
    expect(row?.startMinutes).toBe(toWallMinutes(dt('2026-09-08T09:00')));
    expect(fromWallMinutes(row?.finishMinutes ?? 0)).toBe('2026-09-10T17:00');
  });
});

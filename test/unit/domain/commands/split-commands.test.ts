/**
 * splitTask / joinTask, and the drag that asks for a split. Plans start Mon 2 March 2026 09:00
 * on the default Mon-Fri 09:00-17:00 calendar (8 h a day).
 */
import { describe, expect, it } from 'vitest';
import { joinTask, runCommand, splitTask, updateTask } from '../../../../renderer/domain/commands';
import { compileCalendars } from '../../../../renderer/domain/calendar';
import { toWallMinutes, type LocalDateTime, type Plan } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { splitForDrag } from '../../../../renderer/features/gantt/split-gesture';
import { basePlan, dates, withLink, withTask } from '../schedule/plan-kit';

const ctx = { newId: () => 'x', now: '2026-03-01T00:00:00.000Z' };
const at = (t: string): number => toWallMinutes(t as LocalDateTime);

function plan(): Plan {
  // A: 5 d of work; B (1 d) follows A.
  return withLink(withTask(withTask(basePlan(), 'A', { durationMinutes: 2400 }), 'B', { durationMinutes: 480 }), 'A', 'B');
}

function run<A>(spec: Parameters<typeof runCommand<A>>[0], p: Plan, args: A): Plan {
  const out = runCommand(spec, p, args, ctx);
  if (!out.ok) throw new Error(out.error.message);
  return out.value.plan;
}

describe('splitTask', () => {
  it('stops the work after 2 days for 1 day: the finish and the successor move by one day', () => {
    const before = scheduleProject(plan());
    expect(dates(before, 'A')).toEqual(['2026-03-02T09:00', '2026-03-06T17:00']);
    const split = run(splitTask, plan(), { id: 'A' as never, afterWorkMinutes: 960, gapMinutes: 480 });
    expect(split.tasks['A']?.splits).toEqual([{ afterWorkMinutes: 960, gapMinutes: 480 }]);
    expect(split.tasks['A']?.durationMinutes).toBe(2400);
    const after = scheduleProject(split);
    // Work Mon-Tue, nothing Wed, work Thu, Fri, Mon: 6 working days, ending Mon 9 March 17:00.
    expect(dates(after, 'A')).toEqual(['2026-03-02T09:00', '2026-03-09T17:00']);
    expect(dates(after, 'B')).toEqual(['2026-03-10T09:00', '2026-03-10T17:00']);
  });

  it('lengthens a gap split again at the same point, keeps splits in order, and joins them again', () => {
    let p = run(splitTask, plan(), { id: 'A' as never, afterWorkMinutes: 1440, gapMinutes: 480 });
    p = run(splitTask, p, { id: 'A' as never, afterWorkMinutes: 480, gapMinutes: 240 });
    p = run(splitTask, p, { id: 'A' as never, afterWorkMinutes: 1440, gapMinutes: 480 });
    expect(p.tasks['A']?.splits).toEqual([{ afterWorkMinutes: 480, gapMinutes: 240 }, { afterWorkMinutes: 1440, gapMinutes: 960 }]);
    const joined = run(joinTask, p, { id: 'A' as never });
    expect(joined.tasks['A']?.splits).toBeUndefined();
    expect(dates(scheduleProject(joined), 'A')).toEqual(['2026-03-02T09:00', '2026-03-06T17:00']);
  });

  it('refuses a split at the start or past the finish, without a gap, or on a milestone, naming the task', () => {
    const refuse = (p: Plan, args: { afterWorkMinutes: number; gapMinutes: number }, id = 'A'): string => {
      const out = runCommand(splitTask, p, { id: id as never, ...args }, ctx);
      return out.ok ? 'accepted' : `${out.error.where ?? ''}: ${out.error.message}`;
    };
    expect(refuse(plan(), { afterWorkMinutes: 0, gapMinutes: 480 })).toBe("Task 'A': A split must fall inside the task's work, after its start and before its finish.");
    expect(refuse(plan(), { afterWorkMinutes: 2400, gapMinutes: 480 })).toMatch(/inside the task's work/);
    expect(refuse(plan(), { afterWorkMinutes: 480, gapMinutes: 0 })).toBe("Task 'A': A split needs a gap of working time.");
    const milestone = run(updateTask, plan(), { id: 'B' as never, changes: { kind: 'milestone', durationMinutes: 0 } });
    expect(refuse(milestone, { afterWorkMinutes: 240, gapMinutes: 480 }, 'B')).toMatch(/^Task 'B': Only a task with work can be split/);
  });
});

describe('splitting by dragging a bar apart', () => {
  const cal = compileCalendars(plan()).project;
  const task = { durationMinutes: 2400 };

  it('turns the press point and the drag into work done and a gap, in whole days', () => {
    // Pressed Tue 3 March 11:00 (1 d 2 h of work done), dragged to Thu 5 March 12:00 (6 h + 8 h +
    // 3 h = 2 d 1 h): rounded to days, split after 1 d for 2 d.
    expect(splitForDrag(task, cal, at('2026-03-02T09:00'), at('2026-03-03T11:00'), at('2026-03-05T12:00'), 480))
      .toEqual({ afterWorkMinutes: 480, gapMinutes: 960 });
  });

  it('counts only work, not earlier gaps, for a second split', () => {
    const split = { durationMinutes: 2400, splits: [{ afterWorkMinutes: 480, gapMinutes: 960 }] };
    // Work Mon 2, gap Tue 3 - Wed 4, work from Thu 5: pressing Fri 6 09:00 means 2 d of work done.
    expect(splitForDrag(split, cal, at('2026-03-02T09:00'), at('2026-03-06T09:00'), at('2026-03-09T09:00'), 480))
      .toEqual({ afterWorkMinutes: 960, gapMinutes: 480 });
    // Pressing inside the gap cuts nothing.
    expect(splitForDrag(split, cal, at('2026-03-02T09:00'), at('2026-03-03T10:00'), at('2026-03-05T10:00'), 480)).toBeNull();
  });

  it('ignores a drag shorter than half a day or pressed before the start', () => {
    expect(splitForDrag(task, cal, at('2026-03-02T09:00'), at('2026-03-03T13:00'), at('2026-03-03T15:00'), 480)).toBeNull();
    expect(splitForDrag(task, cal, at('2026-03-02T09:00'), at('2026-03-02T08:00'), at('2026-03-04T08:00'), 480)).toBeNull();
  });
});

/** A split task's Gantt row carries its pieces of work, where the engine placed the task. */
import { describe, expect, it } from 'vitest';
import { toWallMinutes, type LocalDateTime, type TaskId } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { buildRows } from '../../../../renderer/features/gantt/gantt-rows';
import { basePlan, withLink, withTask } from '../../domain/schedule/plan-kit';

const at = (t: string): number => toWallMinutes(t as LocalDateTime);

describe('Gantt rows of split tasks', () => {
  it('hold one piece per stretch of work, moved with the task', () => {
    // Prep (1 d) Mon 2 March, then A (3 d of work, split after 1 d for 1 d): Tue 3, gap Wed 4, Thu 5 - Fri 6.
    let plan = withTask(basePlan(), 'Prep', { durationMinutes: 480 });
    plan = withTask(plan, 'A', { durationMinutes: 1440, splits: [{ afterWorkMinutes: 480, gapMinutes: 480 }] });
    plan = withLink(plan, 'Prep', 'A');
    const rows = buildRows(plan, scheduleProject(plan), { isCollapsed: () => false, baseline: null });
    const row = rows.find((r) => r.id === ('A' as TaskId));
    expect(row?.segments).toEqual([
      { startMinutes: at('2026-03-03T09:00'), finishMinutes: at('2026-03-03T17:00') },
      { startMinutes: at('2026-03-05T09:00'), finishMinutes: at('2026-03-06T17:00') },
    ]);
    expect(row?.finishMinutes).toBe(at('2026-03-06T17:00'));
    expect(rows.find((r) => r.id === ('Prep' as TaskId))?.segments).toBeNull();
  });
});

/**
 * Stores engine-computed dates in the sample plan, plus actual dates for work already done, so
 * the file reads correctly in other tools and before the first scheduling pass.
 */
import { produce } from 'immer';
import type { Plan } from '../renderer/domain/model';
import { scheduleProject } from '../renderer/domain/schedule';

export function applySchedule(plan: Plan): Plan {
  const schedule = scheduleProject(plan);
  return produce(plan, (draft) => {
    for (const [id, dates] of schedule.tasks) {
      const task = draft.tasks[id];
      if (!task) continue;
      task.start = dates.start;
      task.finish = dates.finish;
      if (task.kind === 'summary') continue;
      if (task.percentComplete > 0) task.actualStart = dates.start;
      if (task.percentComplete >= 100) task.actualFinish = dates.finish;
    }
  });
}

/**
 * Chart gestures as commands: every drag, resize, progress change and link goes through the
 * session's dispatch, so each is one undoable step. A manual move pins the task with a
 * Start-No-Earlier-Than constraint, as MS Project does.
 */
import { useMemo } from 'react';
import type { TaskChanges } from '../../domain/commands';
import {
  fromWallMinutes, toWallMinutes, type LinkType, type Plan, type TaskId,
} from '../../domain/model';
import { calendarForTask } from '../../domain/schedule';
import { useSession, useUi } from '../../store';
import { scheduledDates } from '../shared/schedule';
import type { BarEdit, ChartCallbacks } from './frappe-window';
import { asSchedule } from './gantt-rows';

export interface ChartEdits extends ChartCallbacks {
  readonly onLink: (from: TaskId, to: TaskId, type: LinkType) => void;
}

/**
 * The task changes a bar edit means, computed on the task's calendar from the dates the bar
 * showed: the scheduled ones. A task's own start/finish fields are only the engine's input and
 * may be far from where the bar is drawn.
 */
export function changesForEdit(plan: Plan, schedule: unknown, edit: BarEdit): TaskChanges | null {
  const task = plan.tasks[edit.id];
  if (!task || task.kind === 'summary' || edit.deltaMinutes === 0) return null;
  const cal = calendarForTask(plan, task);
  const scheduled = asSchedule(schedule)?.tasks.get(task.id);
  const start = toWallMinutes(scheduled?.start ?? task.start);
  const finish = toWallMinutes(scheduled?.finish ?? task.finish);
  const pin = (at: number): TaskChanges['constraint'] =>
    task.schedulingMode === 'manual' ? task.constraint : { type: 'SNET', date: fromWallMinutes(at) };
  // The engine holds a started task at its actual dates, so a drag moves them too (as MS Project does).
  const actualStart = (at: number): TaskChanges => (task.actualStart === null ? {} : { actualStart: fromWallMinutes(at) });
  const actualFinish = (at: number): TaskChanges => (task.actualFinish === null ? {} : { actualFinish: fromWallMinutes(at) });
  switch (edit.kind) {
    case 'move': {
      const newStart = task.kind === 'milestone' ? start + edit.deltaMinutes : cal.nextWorkingInstant(start + edit.deltaMinutes);
      const newFinish = task.kind === 'milestone' ? newStart : cal.addWorking(newStart, task.durationMinutes);
      return { start: fromWallMinutes(newStart), finish: fromWallMinutes(newFinish), constraint: pin(newStart), ...actualStart(newStart), ...actualFinish(newFinish) };
    }
    case 'finish': {
      const duration = Math.max(60, cal.workingBetween(start, finish + edit.deltaMinutes));
      const newFinish = cal.addWorking(start, duration);
      return { durationMinutes: duration, finish: fromWallMinutes(newFinish), ...actualFinish(newFinish) };
    }
    case 'start': {
      const newStart = Math.min(cal.nextWorkingInstant(start + edit.deltaMinutes), finish - 60);
      const duration = Math.max(60, cal.workingBetween(newStart, finish));
      return { start: fromWallMinutes(newStart), durationMinutes: duration, constraint: pin(newStart), ...actualStart(newStart) };
    }
    default: {
      const never: never = edit;
      return never;
    }
  }
}

export function useChartEdits(plan: Plan): ChartEdits {
  const schedule = useSession((s) => s.schedule);
  const dispatch = useSession((s) => s.dispatch);
  const openTaskEditor = useUi((s) => s.openTaskEditor);
  const select = useUi((s) => s.select);

  // A refused edit (a link that already exists, a drag past the plan's bounds) is reported by the
  // app's notices (the session's lastProblem); notifying it here too put it up twice.
  return useMemo(() => ({
    onBarEdit: (edit) => {
      const changes = changesForEdit(plan, schedule, edit);
      if (changes) dispatch('updateTask', { id: edit.id, changes });
    },
    onProgress: (id, percent) => {
      dispatch('updateTask', { id, changes: { percentComplete: Math.min(100, Math.max(0, percent)) }, ...scheduledDates(plan, schedule, id) });
    },
    onOpen: (id) => openTaskEditor(id),
    onSelect: (id) => select([id]),
    onLink: (from, to, type) => {
      dispatch('addLink', { predecessorId: from, successorId: to, type, lagMinutes: 0, lagIsElapsed: false });
    },
  }), [plan, schedule, dispatch, openTaskEditor, select]);
}

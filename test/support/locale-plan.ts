/**
 * The small plan the locale CSV tests export and read back (the app's import and `plotline
 * --locale`): Workshop (7 h, half done) -> Build -> Review (9 h, a PM finish) -> Sign-off
 * (milestone), and what a person compares of it, to the minute.
 */
import { addLink, insertTask, updateTask } from '../../renderer/domain/commands';
import type { LocalDateTime, Plan } from '../../renderer/domain/model';
import { planWithScheduledDates } from '../../renderer/domain/schedule';
import { blankPlan, runOk, taskByName, testContext } from './plan-builder';

export interface LocalePlanOptions {
  /** The project start, when not blankPlan's. */
  readonly start?: LocalDateTime;
  readonly buildMinutes: number;
  readonly buildPercentComplete?: number;
}

export function localePlan({ start, buildMinutes, buildPercentComplete }: LocalePlanOptions): Plan {
  const c = testContext('l');
  const blank = blankPlan('Locale');
  let plan = start === undefined ? blank : { ...blank, project: { ...blank.project, start } };
  for (const [name, durationMinutes] of [['Workshop', 420], ['Build', buildMinutes], ['Review', 540], ['Sign-off', 0]] as const) {
    plan = runOk(insertTask, plan, { name, fields: { durationMinutes, kind: durationMinutes === 0 ? 'milestone' : 'task' } }, c).plan;
  }
  plan = runOk(updateTask, plan, { id: taskByName(plan, 'Workshop').id, changes: { percentComplete: 50 } }, c).plan;
  if (buildPercentComplete !== undefined) plan = runOk(updateTask, plan, { id: taskByName(plan, 'Build').id, changes: { percentComplete: buildPercentComplete } }, c).plan;
  const names = ['Workshop', 'Build', 'Review', 'Sign-off'];
  for (let i = 1; i < names.length; i++) {
    const link = { predecessorId: taskByName(plan, names[i - 1]!).id, successorId: taskByName(plan, names[i]!).id, type: 'FS' as const, lagMinutes: 0, lagIsElapsed: false };
    plan = runOk(addLink, plan, link, c).plan;
  }
  return plan;
}

/** What a person compares after the round trip: each task's kind, dates, duration and % complete. */
export const scheduledFacts = (plan: Plan) => Object.values(planWithScheduledDates(plan).tasks)
  .map((t) => ({ name: t.name, kind: t.kind, start: t.start, finish: t.finish, durationMinutes: t.durationMinutes, percentComplete: t.percentComplete }))
  .sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name));

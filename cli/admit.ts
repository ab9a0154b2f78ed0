/**
 * The one place the command line turns an imported plan into a plan it may write: the model's
 * checks, link loops refused, then the engine. When the domain's admitPlan gate lands, this
 * function becomes a call to it.
 */
import { validatePlan } from '../renderer/domain/formats';
import type { LocalDate, Plan } from '../renderer/domain/model';
import { fail, ok, type Result } from '../renderer/domain/model/result';
import { scheduleProject, type ScheduleResult } from '../renderer/domain/schedule';

export interface Admitted {
  readonly plan: Plan;
  readonly schedule: ScheduleResult;
}

export interface AdmitOptions {
  readonly statusDate?: LocalDate;
}

/**
 * Validates and schedules a plan; the Problem says what is wrong and where. A loop among links
 * is refused (the app refuses the link that would close one); other schedule issues (missed
 * deadlines, constraint conflicts) are the plan's business and travel with the schedule.
 */
export function admitPlan(plan: Plan, fileName: string, options: AdmitOptions = {}): Result<Admitted> {
  const validated = validatePlan(plan, `'${fileName}'`);
  if (!validated.ok) return validated;
  const schedule = scheduleProject(validated.value, options.statusDate === undefined ? undefined : { statusDate: options.statusDate });
  const loop = schedule.issues.find((issue) => issue.kind === 'cycle');
  if (loop !== undefined) return fail(`'${fileName}' cannot be scheduled: ${loop.message}`);
  return ok({ plan: validated.value, schedule });
}

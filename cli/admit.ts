/**
 * The one place the command line turns a plan file into a plan it may write or print. Every reader
 * already passes the domain's import gate (renderer/domain/formats/admit.ts: schema, repairs,
 * bounds, one scheduling run); here the plan is scheduled at the asked status date, and a loop
 * among links is refused, as the app refuses the link that would close one.
 */
import { basename } from 'node:path';
import type { LocalDate, Plan } from '../renderer/domain/model';
import { fail, ok, type Result } from '../renderer/domain/model/result';
import { DATE_ORDER_UNKNOWN } from '../renderer/domain/formats';
import { isLoopMessage, scheduleProject, type ScheduleResult } from '../renderer/domain/schedule';
import { EXIT_REFUSED, printWarnings, refusal, type CliContext, type RowsLeftOut } from './command';
import { readPlanFile, type PlanFileRead, type ReadOptions } from './plan-files';

export interface Admitted {
  readonly plan: Plan;
  readonly schedule: ScheduleResult;
}

export interface AdmitOptions {
  readonly statusDate?: LocalDate;
}

/**
 * Schedules a gated plan; the Problem says what is wrong and where. Other schedule issues (missed
 * deadlines, constraint conflicts) are the plan's business and travel with the schedule.
 * `importWarnings`: what the file's import said; a table's names a loop's tasks by their rows as
 * well ("row 3 'Design'"), and the refusal says the loop in those words.
 */
export function admitPlan(
  plan: Plan, fileName: string, options: AdmitOptions = {}, gated?: ScheduleResult, importWarnings: readonly string[] = [],
): Result<Admitted> {
  // The import gate already scheduled the plan at its own status date; only another date reschedules.
  const schedule = options.statusDate === undefined && gated !== undefined ? gated
    : scheduleProject(plan, options.statusDate === undefined ? undefined : { statusDate: options.statusDate });
  const loop = schedule.issues.find((issue) => issue.kind === 'cycle');
  // The app opens such a file and says so; a script is refused, as its dates would not be the author's.
  if (loop !== undefined) return fail(`'${fileName}' is not scheduled as its author wrote it: ${importWarnings.find(isLoopMessage) ?? loop.message}`);
  return ok({ plan, schedule });
}

export interface ReadForCommand extends AdmitOptions, ReadOptions {}

/** A file read for a command: the admitted plan, the import, and the rows of the file it lacks. */
export interface AdmittedFile extends Admitted {
  readonly imported: PlanFileRead;
  readonly rowsLeftOut: RowsLeftOut;
}

/**
 * Reads IN, prints what its import did not carry over, and admits it: the admitted plan with the
 * import, or EXIT_REFUSED once the refusal has been printed for `command`.
 */
export async function readAndAdmit(
  command: string, input: string, options: ReadForCommand, { io, clock }: CliContext,
): Promise<AdmittedFile | typeof EXIT_REFUSED> {
  const name = basename(input);
  const imported = await readPlanFile(input, clock, { ...(options.sheet === undefined ? {} : { sheet: options.sheet }), ...(options.locale === undefined ? {} : { locale: options.locale }) });
  if (!imported.ok) {
    // The app asks the person how dates such as 02/03/2027 read; here the answer is the locale they are written in.
    const asks = imported.error.message === DATE_ORDER_UNKNOWN && options.locale === undefined;
    refusal(io, command, name, asks ? { ...imported.error, message: `${imported.error.message} Give the locale the file's dates are written in: --locale en-GB (day first) or en-US (month first).` } : imported.error);
    return EXIT_REFUSED;
  }
  const admitted = admitPlan(imported.value.plan, name, options.statusDate === undefined ? {} : { statusDate: options.statusDate }, imported.value.schedule, imported.value.warnings);
  // The import warns of a loop (the app opens the file); here the refusal says it, once.
  printWarnings(io, name, admitted.ok ? imported.value.warnings : imported.value.warnings.filter((w) => !admitted.error.message.endsWith(w)));
  if (!admitted.ok) {
    refusal(io, command, name, admitted.error);
    return EXIT_REFUSED;
  }
  return { ...admitted.value, imported: imported.value, rowsLeftOut: { file: name, rows: imported.value.rowErrors.length } };
}

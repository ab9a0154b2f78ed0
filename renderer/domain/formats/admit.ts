/**
 * The one validation gate between every reader (files, CSV, clipboard paste, merge, the command
 * line) and the plan. In one step it checks the model schema, repairs or refuses the structural
 * invariants (plan-structure.ts), refuses values outside the documented bounds (plan-bounds.ts)
 * and schedules the result once, so a plan that cannot be scheduled is never stored and the
 * scheduler may assume its input is valid. Refusals say what and where (a path into the plan,
 * e.g. tasks['t12'].durationMinutes); repairs are named warnings for the import summary.
 */
import type { TaskId } from '../model/ids';
import { PLAN_COLLECTIONS, type Plan } from '../model/plan';
import { fail, ok, type Problem, type Result } from '../model/result';
import { loopMessage, scheduleProject, type ScheduleIssue, type ScheduleResult } from '../schedule';
import { firstBoundProblem } from './plan-bounds';
import { repairStructure } from './plan-structure';
import { parsePlanSchema } from './validate';

/** Where a plan came from: names it in messages ("The imported CSV file is not valid: ..."). */
export type PlanSource = 'plotline' | 'mspdi' | 'gantt-project' | 'csv' | 'xlsx' | 'paste' | 'merge' | 'cli' | 'import' | 'stored';

const SOURCE_NAMES: Readonly<Record<PlanSource, string>> = {
  plotline: 'The .plotline file', mspdi: 'The imported MS Project file', 'gantt-project': 'The imported GanttProject file',
  csv: 'The imported CSV file', xlsx: 'The imported Excel file', paste: 'The pasted tasks', merge: 'The merged plan',
  cli: 'The plan', import: 'The imported plan', stored: 'The stored plan',
};

export interface AdmittedPlan {
  readonly plan: Plan;
  /** Repairs made, one sentence per kind, for the import summary. */
  readonly warnings: readonly string[];
  /** The schedule of the admitted plan (its issues include tasks pushed to the horizon). */
  readonly schedule: ScheduleResult;
}

export interface AdmitOptions {
  /** Names a place in the source for a model path ("Task UID 12" for tasks['t3']); the path is kept beside it. */
  readonly locate?: (where: string) => string | undefined;
  /**
   * An admitted plan the input was built from (a merge's local plan): entities that are the very
   * same objects as its own passed the schema and the bounds when it was admitted, so only the
   * others are checked again. The structure is still checked and repaired on the whole plan.
   */
  readonly admittedFrom?: Plan;
  /**
   * The reader built its entities in the schema's key order (its tasks from plan-assembly): the
   * schema check then keeps the objects that pass instead of copying them (schema-fast-path.ts).
   */
  readonly builtInSchemaOrder?: boolean;
  /**
   * The file row each task was read from (a CSV or Excel table's): a loop among the links then names
   * each task by its row as well as its name ("row 3 'Design' → row 5 'Build' → row 3 'Design'"),
   * so the person can find the cells to correct in their spreadsheet.
   */
  readonly rowOfTask?: (id: TaskId) => number | undefined;
}

/**
 * Admits a plan: `input` is anything that claims to be a Plan (a reader's output, a parsed file).
 * Never throws on bad input: a refusal is a Problem whose `where` names the place.
 */
export function admitPlan(input: unknown, source: PlanSource, options: AdmitOptions = {}): Result<AdmittedPlan> {
  const checked = checkPlan(input, source, options);
  return checked.ok ? scheduleChecked(checked.value, source, options.rowOfTask) : checked;
}

/**
 * The gate's last step on a plan checkPlan passed: its scheduling run, with the tasks pushed to
 * the horizon named among the warnings. For a reader that decides after the checks whether it
 * needs the schedule (MS Project XML prices typed actuals only when the file has some).
 */
export function scheduleChecked(
  checked: Omit<AdmittedPlan, 'schedule'>, source: PlanSource, rowOfTask?: AdmitOptions['rowOfTask'],
): Result<AdmittedPlan> {
  let schedule: ScheduleResult;
  try {
    schedule = scheduleProject(checked.plan);
  } catch (error) {
    // A bug in the engine, not bad input: the plan is refused rather than stored unschedulable.
    return fail(`${SOURCE_NAMES[source]} could not be scheduled (${error instanceof Error ? error.message : String(error)}), so nothing was added.`, 'the whole plan');
  }
  // A loop among the file's links is opened, not refused (the engine ignores one link of it), and
  // said before the person opens it, as a date past the horizon is.
  const said = schedule.issues.filter((i) => i.kind === 'horizon' || i.kind === 'cycle').map((i) => issueText(i, checked.plan, rowOfTask));
  return ok({ plan: checked.plan, warnings: [...checked.warnings, ...said], schedule });
}

/** An issue as the import says it: a loop names the file row of each task when the reader knows them. */
function issueText(issue: ScheduleIssue, plan: Plan, rowOfTask: AdmitOptions['rowOfTask']): string {
  if (issue.kind !== 'cycle' || issue.loop === undefined || rowOfTask === undefined) return issue.message;
  return loopMessage(issue.loop.map((id) => ({ name: plan.tasks[id]?.name ?? id, row: rowOfTask(id) })));
}

/** What the gate gives a reader: the schedule is absent when the reader's caller schedules the plan itself. */
export type GatedPlan = Omit<AdmittedPlan, 'schedule'> & { readonly schedule?: ScheduleResult };

/**
 * The gate for a reader whose caller may schedule the plan itself before it is shown or stored
 * (ImportContext.scheduledByCaller): then the engine is not run here, and the caller refuses the
 * plan when it cannot be scheduled. The app's session does (addProject schedules a plan before it
 * shows or writes it, and refuses it otherwise), so an opened file is not scheduled twice on the
 * way to the screen. Readers that price the plan (MS Project XML, CSV, Excel) need the schedule
 * and call admitPlan.
 */
export function admitForCaller(input: unknown, source: PlanSource, options: AdmitOptions, scheduledByCaller: boolean | undefined): Result<GatedPlan> {
  return scheduledByCaller === true ? checkPlan(input, source, options) : admitPlan(input, source, options);
}

/**
 * The gate without its scheduling run: schema, structural repairs and bounds. For a caller whose
 * plan is scheduled right after anyway (a merge, applied through the session, which schedules
 * every edit), so a large plan is not scheduled twice.
 */
export function checkPlan(input: unknown, source: PlanSource, options: AdmitOptions = {}): Result<Omit<AdmittedPlan, 'schedule'>> {
  const name = SOURCE_NAMES[source];
  const place = (where: string): string => {
    const located = options.locate?.(where);
    return located === undefined ? where : `${located} (${where})`;
  };
  const from = options.admittedFrom;
  const isPlanLike = typeof input === 'object' && input !== null && from !== undefined;
  const valid = parsePlanSchema(isPlanLike ? entitiesNotIn(input as Plan, from) : input, name, options.builtInSchemaOrder === true ? 'keep' : 'copy');
  if (!valid.ok) return locatedSchemaProblem(valid.error, place);
  const repaired = repairStructure(isPlanLike ? withParsed(input as Plan, valid.value) : valid.value);
  if (!repaired.ok) return fail(`${name} is not valid: ${place(repaired.problem.where)}: ${repaired.problem.message}.`, place(repaired.problem.where));
  // Bounds are values too: with an admitted plan to start from, only the parsed entities are new
  // (the repairs only mend references, never move a value out of bounds).
  const bound = firstBoundProblem(isPlanLike ? valid.value : repaired.plan);
  if (bound) return fail(`${name} is not valid: ${place(bound.where)}: ${bound.message}.`, place(bound.where));
  return ok({ plan: repaired.plan, warnings: repaired.warnings });
}

/** A schema refusal names a model path; the reader's locator adds the line and column (or row) in front of it. */
function locatedSchemaProblem(problem: Problem, place: (where: string) => string): Result<never> {
  const where = problem.where;
  if (where === undefined || where === '' || where === 'the whole plan') return fail(problem.message, where);
  const located = place(where);
  return fail(problem.message.replace(`${where}:`, `${located}:`), located);
}

type Records = Record<string, Readonly<Record<string, unknown>>>;

/** The plan with, in each collection, only the entities that are not `from`'s own objects. */
function entitiesNotIn(plan: Plan, from: Plan): Plan {
  const out: Record<string, unknown> = { ...plan };
  for (const name of PLAN_COLLECTIONS) {
    const mine = (plan as unknown as Records)[name];
    const theirs = (from as unknown as Records)[name] ?? {};
    if (mine === undefined || mine === theirs) {
      out[name] = {};
      continue;
    }
    const rest: Record<string, unknown> = {};
    for (const id in mine) if (theirs[id] !== mine[id]) rest[id] = mine[id];
    out[name] = rest;
  }
  return out as unknown as Plan;
}

/** The whole plan again, with the parsed entities (and project) in place of the unparsed ones. */
function withParsed(plan: Plan, parsed: Plan): Plan {
  const out: Record<string, unknown> = { ...plan, project: parsed.project };
  for (const name of PLAN_COLLECTIONS) {
    const kept = (plan as unknown as Records)[name];
    const fresh = (parsed as unknown as Records)[name] ?? {};
    out[name] = Object.keys(fresh).length === 0 ? (kept ?? {}) : { ...kept, ...fresh };
  }
  return out as unknown as Plan;
}

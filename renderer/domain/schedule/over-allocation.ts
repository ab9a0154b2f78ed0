/**
 * The over-allocation check of a scheduling run, read straight from the engine's rows: no
 * TaskSchedule objects, no date strings. Who works on what (the staffing) is compiled once while
 * the assignments, resources, calendars and network stay the same; a later run then re-checks
 * only the resources with a task whose row (or name) changed and keeps the others' verdicts.
 * Same arithmetic, same order and same messages as resource-load.ts's dailyLoads, which the
 * load view and leveling use.
 */
import { dayOf, localDateOfDay, MINUTES_PER_DAY, type CalendarSet, type WorkingCalendar } from '../calendar';
import type { Assignment, Plan, Resource } from '../model';
import { issueText, LEVELING_ADVICE, overAllocatedSpan, quoted } from './format';
import type { InputTable } from './inputs';
import type { Network } from './network';
import { valuesOf } from './records';
import { rowDuration, rowFinish, rowIsSummary, rowStart, type Rows } from './results';
import { workSegments } from './splits';
import type { ScheduleIssue } from './types';

/** Over-allocation tolerance: rounding of fractional units must not raise a flag. */
const EPSILON = 0.5;

/** Counted assignments grouped by resource (resources in order of their first assignment). */
export interface Staffing {
  readonly resources: readonly Resource[];
  /** CSR: assignments of resource r are at [first[r], first[r + 1]). */
  readonly first: Int32Array;
  readonly assignments: readonly Assignment[];
  readonly taskOf: Int32Array;
  /** Resource indices per task index, to find what a changed row affects. */
  readonly resourcesOfTask: ReadonlyMap<number, readonly number[]>;
}

/** Work-resource assignments on leaf tasks of the network, as dailyLoads counts them. */
export function compileStaffing(plan: Plan, net: Network, rows: Rows): Staffing {
  const byResource = new Map<string, { resource: Resource; list: [Assignment, number][] }>();
  for (const a of valuesOf(plan.assignments)) {
    const resource = plan.resources[a.resourceId];
    const t = net.indexOf.get(a.taskId);
    if (!resource || resource.type !== 'work' || t === undefined || rowIsSummary(rows, t)) continue;
    let group = byResource.get(resource.id);
    if (!group) byResource.set(resource.id, (group = { resource, list: [] }));
    group.list.push([a, t]);
  }
  const groups = [...byResource.values()];
  const first = new Int32Array(groups.length + 1);
  const assignments: Assignment[] = [];
  const taskOf: number[] = [];
  const resourcesOfTask = new Map<number, number[]>();
  groups.forEach((g, r) => {
    for (const [a, t] of g.list) {
      assignments.push(a);
      taskOf.push(t);
      const list = resourcesOfTask.get(t);
      if (!list) resourcesOfTask.set(t, [r]);
      else if (list[list.length - 1] !== r) list.push(r);
    }
    first[r + 1] = assignments.length;
  });
  return { resources: groups.map((g) => g.resource), first, assignments, taskOf: Int32Array.from(taskOf), resourcesOfTask };
}

/** Per resource, its issue or null; `previous` verdicts are kept where `dirty` is 0. */
export function checkResources(
  s: Staffing, rows: Rows, inputs: InputTable, cals: CalendarSet, previous: readonly (ScheduleIssue | null)[] | null, dirty: Uint8Array | null,
): (ScheduleIssue | null)[] {
  return s.resources.map((resource, r) =>
    previous && dirty && dirty[r] === 0 ? (previous[r] ?? null) : resourceIssue(s, r, resource, rows, inputs, cals));
}

/** Resources with an assignment on one of these tasks. */
export function dirtyResources(s: Staffing, tasks: readonly number[]): Uint8Array {
  const dirty = new Uint8Array(s.resources.length);
  for (const t of tasks) for (const r of s.resourcesOfTask.get(t) ?? []) dirty[r] = 1;
  return dirty;
}

interface Piece { readonly start: number; readonly finish: number }
interface Span { readonly start: number; readonly finish: number; readonly rate: number; readonly cal: WorkingCalendar; readonly pieces: readonly Piece[] }

/**
 * An assignment's work spread evenly over its task's working time; null when it has none. A
 * split task's pieces carry the work: nothing is done during a gap.
 */
function spanOf(s: Staffing, k: number, rows: Rows, inputs: InputTable): Span | null {
  const t = s.taskOf[k] ?? 0;
  const a = s.assignments[k] as Assignment;
  const start = rowStart(rows, t);
  const finish = rowFinish(rows, t);
  const cal = inputs.cal(t);
  const duration = rowDuration(rows, t);
  const pieces: readonly Piece[] = (inputs.gap[t] ?? 0) > 0
    ? workSegments({ splits: inputs.task(t).splits, durationMinutes: duration }, start, cal)
    : [{ start, finish }];
  const span = pieces.reduce((sum, p) => sum + cal.workingBetween(p.start, p.finish), 0);
  if (span <= 0) return null;
  return { start, finish, cal, pieces, rate: (a.workMinutes ?? duration * a.units) / span };
}

/** Working minutes of the span's pieces that fall on `day`. */
function minutesOnDay(x: Span, day: number): number {
  let minutes = 0;
  for (const p of x.pieces) minutes += x.cal.workingBetween(Math.max(p.start, day * MINUTES_PER_DAY), Math.min(p.finish, (day + 1) * MINUTES_PER_DAY));
  return minutes;
}

function resourceIssue(s: Staffing, r: number, resource: Resource, rows: Rows, inputs: InputTable, cals: CalendarSet): ScheduleIssue | null {
  const from = s.first[r] ?? 0;
  const to = s.first[r + 1] ?? 0;
  const spans: (Span | null)[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = from; k < to; k++) {
    const x = spanOf(s, k, rows, inputs);
    spans.push(x);
    if (x) { lo = Math.min(lo, dayOf(x.start)); hi = Math.max(hi, dayOf(x.finish - 1)); }
  }
  if (lo > hi) return null;
  const work = new Float64Array(hi - lo + 1);
  const worked = new Uint8Array(hi - lo + 1);
  for (const x of spans) {
    if (!x) continue;
    for (let day = dayOf(x.start); day <= dayOf(x.finish - 1); day++) {
      const minutes = minutesOnDay(x, day);
      if (minutes <= 0) continue;
      work[day - lo] = (work[day - lo] ?? 0) + minutes * x.rate;
      worked[day - lo] = 1;
    }
  }
  const cal = cals.forResource(resource);
  const units = Math.max(0, resource.maxUnits);
  let firstDay = -1;
  let days = 0;
  for (let d = 0; d < work.length; d++) {
    if (worked[d] === 0 || (work[d] ?? 0) <= cal.workingMinutesOnDay(lo + d) * units + EPSILON) continue;
    if (days++ === 0) firstDay = lo + d;
  }
  return days === 0 ? null : overIssue(s, r, resource, spans, inputs, firstDay, days);
}

function overIssue(
  s: Staffing, r: number, resource: Resource, spans: readonly (Span | null)[], inputs: InputTable, first: number, days: number,
): ScheduleIssue {
  const from = s.first[r] ?? 0;
  const tasks: number[] = [];
  spans.forEach((x, j) => {
    const t = s.taskOf[from + j] ?? 0;
    if (x && x.start < (first + 1) * MINUTES_PER_DAY && x.finish > first * MINUTES_PER_DAY && minutesOnDay(x, first) > 0 && !tasks.includes(t)) tasks.push(t);
  });
  const names = tasks.map((t) => quoted(inputs.task(t).name)).join(', ');
  return {
    kind: 'over-allocation',
    taskIds: tasks.map((t) => inputs.task(t).id),
    ...issueText([`${quoted(resource.name)} is over-allocated `, ...overAllocatedSpan(days, localDateOfDay(first)), ` (${names}).${LEVELING_ADVICE}`]),
  };
}

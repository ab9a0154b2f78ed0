/**
 * A deterministic generator of big, realistic plans for benches and property tests: a WBS four
 * levels deep (phase > deliverable > work package > task), about 1.5 links per task of mixed
 * types and lags (some on summaries), 5 % of tasks constrained, a few deadlines and milestones,
 * and a project calendar with a lunch break, yearly holidays and a recurring day off.
 * The same { tasks, seed } always gives the same plan; links only point forward, so no loops.
 * With `assignmentsPerLeaf`, work resources (one per 25 tasks, a few half-time or on their own
 * calendar) are assigned to leaves, drawn from a separate random stream so the tasks and links
 * stay exactly those of the plan without assignments.
 */
import {
  emptyPlan, initialRanks, newTask, sequentialIds, STANDARD_DAY, standardWorkWeek, toWallMinutes, fromWallMinutes,
  type CalendarException, type ColumnId, type ConstraintType, type Link, type LinkId, type LinkType, type LocalDate,
  type LocalDateTime, type Plan, type Task, type TaskId, type Assignment, type AssignmentId, type CalendarId,
  type ProjectCalendar, type Resource, type ResourceId,
} from '../../renderer/domain/model';
import { seededRandom } from './random';

export interface GeneratePlanOptions {
  /** Total tasks including summaries. */
  readonly tasks: number;
  readonly seed: number;
  /** Assignments per leaf task (0 by default); 1 gives one resource per leaf. */
  readonly assignmentsPerLeaf?: number;
  /** How many work resources to assign from (Person 1..n); one per 25 tasks when absent. */
  readonly people?: number;
}


const START = '2026-01-05T09:00' as LocalDateTime;
const PHASES = 10;
const PACKAGES_PER_DELIVERABLE = 4;
const LEAVES_PER_PACKAGE = 8;

const holiday = (name: string, month: number, day: number): CalendarException => ({
  name, from: '2020-01-01' as LocalDate, to: '2100-12-31' as LocalDate, isWorking: false, intervals: [],
  recurrence: { kind: 'yearly-date', month, day },
});

interface Builder {
  readonly rnd: () => number;
  readonly tasks: Task[];
  readonly links: Link[];
  readonly column: ColumnId;
  /** Leaves and packages of each phase, for links that point into the next phase. */
  readonly leavesByPhase: TaskId[][];
  readonly packagesByPhase: TaskId[][];
}

function pick<T>(rnd: () => number, list: readonly T[]): T | undefined {
  return list[Math.floor(rnd() * list.length)];
}

function addLink(b: Builder, pred: TaskId, succ: TaskId): void {
  const r = b.rnd();
  const type: LinkType = r < 0.7 ? 'FS' : r < 0.85 ? 'SS' : r < 0.95 ? 'FF' : 'SF';
  const l = b.rnd();
  const elapsed = l >= 0.95;
  const lagMinutes = l < 0.6 ? 0 : l < 0.85 ? 60 * Math.ceil(b.rnd() * 24) : l < 0.95 ? -60 * Math.ceil(b.rnd() * 4) : 1440 * Math.ceil(b.rnd() * 3);
  const id = `l${String(b.links.length + 1).padStart(6, '0')}` as LinkId;
  b.links.push({ id, predecessorId: pred, successorId: succ, type, lagMinutes, lagIsElapsed: elapsed });
}

const CONSTRAINTS: readonly ConstraintType[] = ['SNET', 'FNET', 'SNLT', 'FNLT', 'MSO', 'MFO', 'ALAP'];

function leafFields(b: Builder, phase: number): Partial<Task> {
  const rnd = b.rnd;
  const isMilestone = rnd() < 0.05;
  const fields: { -readonly [K in keyof Task]?: Task[K] } = isMilestone
    ? { kind: 'milestone', durationMinutes: 0 }
    : { durationMinutes: 60 * Math.ceil(rnd() * 80) };
  const around = fromWallMinutes(toWallMinutes(START) + (phase * 45 + Math.floor(rnd() * 60)) * 1440);
  if (rnd() < 0.05) {
    const type = pick(rnd, CONSTRAINTS) ?? 'SNET';
    fields.constraint = { type, date: type === 'ALAP' ? null : around };
  }
  if (rnd() < 0.02) fields.deadline = around;
  fields.priority = 100 * Math.ceil(rnd() * 9);
  return fields;
}

function addTask(b: Builder, name: string, parentId: TaskId | null, rank: string, fields: Partial<Task> = {}): TaskId {
  const id = `t${String(b.tasks.length + 1).padStart(6, '0')}` as TaskId;
  b.tasks.push(newTask({ id, name, parentId, rank, start: START, finish: START, statusId: b.column, boardRank: rank, ...fields }));
  return id;
}

function addPackage(b: Builder, phase: number, parent: TaskId, rank: string, budget: number): number {
  const pkg = addTask(b, `Package ${String(b.tasks.length + 1)}`, parent, rank, { kind: 'summary' });
  const leaves = Math.max(1, Math.min(LEAVES_PER_PACKAGE, budget - 1));
  const ranks = initialRanks(leaves);
  const made: TaskId[] = [];
  for (let i = 0; i < leaves; i++) {
    const id = addTask(b, `Task ${String(b.tasks.length + 1)}`, pkg, ranks[i] ?? 'V', leafFields(b, phase));
    const earlier = pick(b.rnd, made);
    if (earlier) addLink(b, earlier, id);
    const other = pick(b.rnd, made);
    if (other && other !== earlier && b.rnd() < 0.5) addLink(b, other, id);
    const before = b.leavesByPhase[phase - 1];
    const cross = before ? pick(b.rnd, before) : undefined;
    if (cross && b.rnd() < 0.4) addLink(b, cross, id);
    made.push(id);
  }
  const prevPkg = pick(b.rnd, b.packagesByPhase[phase - 1] ?? []);
  if (prevPkg && b.rnd() < 0.5) addLink(b, prevPkg, pkg);
  b.leavesByPhase[phase]?.push(...made);
  b.packagesByPhase[phase]?.push(pkg);
  return leaves + 1;
}

function addPhase(b: Builder, phase: number, rank: string, budget: number): void {
  const root = addTask(b, `Phase ${String(phase + 1)}`, null, rank, { kind: 'summary' });
  let left = budget - 1;
  for (let d = 0; left > 0; d++) {
    const deliverable = addTask(b, `Deliverable ${String(phase + 1)}.${String(d + 1)}`, root, `d${String(d).padStart(4, '1')}`, { kind: 'summary' });
    left--;
    for (let p = 0; p < PACKAGES_PER_DELIVERABLE && left > 0; p++) {
      left -= addPackage(b, phase, deliverable, `p${String(p + 1)}`, left);
    }
  }
}

/** A plan of about `tasks` tasks (exactly, for tasks >= 40), the same for the same seed. */
export function generatePlan(options: GeneratePlanOptions): Plan {
  const base = emptyPlan({ name: `Generated ${String(options.tasks)}`, start: START, now: '2026-01-01T00:00:00.000Z', newId: sequentialIds('g') });
  const column = Object.values(base.columns)[0]?.id ?? ('c' as ColumnId);
  const b: Builder = {
    rnd: seededRandom(options.seed), tasks: [], links: [], column,
    leavesByPhase: Array.from({ length: PHASES }, () => []), packagesByPhase: Array.from({ length: PHASES }, () => []),
  };
  const phases = Math.max(1, Math.min(PHASES, Math.floor(options.tasks / 4)));
  const ranks = initialRanks(phases);
  for (let p = 0; p < phases; p++) {
    const budget = Math.floor(options.tasks / phases) + (p === phases - 1 ? options.tasks % phases : 0);
    addPhase(b, p, ranks[p] ?? 'V', budget);
  }
  const calendar = base.calendars[base.project.calendarId];
  const exceptions: CalendarException[] = [
    holiday('New Year', 1, 1), holiday('Labour Day', 5, 1), holiday('Christmas', 12, 25), holiday('Boxing Day', 12, 26),
    { name: 'Offsite', from: '2026-06-15' as LocalDate, to: '2026-06-17' as LocalDate, isWorking: false, intervals: [], recurrence: null },
    { name: 'Quarterly planning', from: '2026-01-01' as LocalDate, to: '2099-12-31' as LocalDate, isWorking: false, intervals: [], recurrence: { kind: 'monthly-weekday', every: 3, week: 1, weekday: 1 } },
  ];
  const calendars: Record<string, ProjectCalendar> = calendar ? {
    [calendar.id]: {
      ...calendar,
      workWeek: standardWorkWeek(STANDARD_DAY),
      exceptions,
    },
  } : { ...base.calendars };
  const staffing = options.assignmentsPerLeaf ? staff(b.tasks, calendars, base.project.calendarId, options) : null;
  return {
    ...base,
    calendars,
    tasks: Object.fromEntries(b.tasks.map((t) => [t.id, t])),
    links: Object.fromEntries(b.links.map((l) => [l.id, l])),
    ...(staffing ?? {}),
  };
}

/** Work resources and leaf assignments; adds a vacation calendar for every tenth resource. */
function staff(
  tasks: readonly Task[], calendars: Record<string, ProjectCalendar>, projectCalendarId: CalendarId, options: GeneratePlanOptions,
): Pick<Plan, 'resources' | 'assignments'> {
  const rnd = seededRandom(options.seed + 7919);
  const vacation = 'cal-vacation' as CalendarId;
  calendars[vacation] = {
    id: vacation, name: 'Vacation', baseCalendarId: projectCalendarId, workWeek: null,
    exceptions: [{ name: 'Leave', from: '2026-03-02' as LocalDate, to: '2026-03-13' as LocalDate, isWorking: false, intervals: [], recurrence: null }],
  };
  const resources: Resource[] = Array.from({ length: options.people ?? Math.max(2, Math.round(tasks.length / 25)) }, (_, k) => ({
    id: `r${String(k + 1).padStart(5, '0')}` as ResourceId, name: `Person ${String(k + 1)}`, initials: `P${String(k + 1)}`,
    role: 'Engineer', email: '', type: 'work', maxUnits: k % 5 === 4 ? 0.5 : 1, costPerHour: 100, overtimeCostPerHour: 150,
    costPerUse: 0, calendarId: k % 10 === 9 ? vacation : null,
  }));
  const assignments: Assignment[] = [];
  for (const task of tasks) {
    if (task.kind !== 'task') continue;
    for (let k = 0; k < (options.assignmentsPerLeaf ?? 0); k++) {
      const resource = pick(rnd, resources);
      if (!resource) continue;
      const id = `a${String(assignments.length + 1).padStart(6, '0')}` as AssignmentId;
      assignments.push({ id, taskId: task.id, resourceId: resource.id, units: rnd() < 0.8 ? 1 : 0.5, workMinutes: null });
    }
  }
  return {
    resources: Object.fromEntries(resources.map((r) => [r.id, r])),
    assignments: Object.fromEntries(assignments.map((a) => [a.id, a])),
  };
}

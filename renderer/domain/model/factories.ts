/**
 * Defaults for new entities. Clock and ids are injected: the domain never reads the time
 * or makes random numbers itself.
 */
import { rankBetween, initialRanks } from './rank';
import type { CalendarId, ColumnId, IdFactory, ProjectId, TaskId } from './ids';
import type {
  Plan, Project, ProjectCalendar, Task, WorkInterval, WorkWeek, WorkflowColumn,
} from './plan';
import type { LocalDateTime } from './time';

export const STANDARD_DAY: readonly WorkInterval[] = [
  { startMinute: 9 * 60, endMinute: 13 * 60 },
  { startMinute: 14 * 60, endMinute: 18 * 60 },
];

/** Mon-Fri working week with the given working day. */
export function standardWorkWeek(day: readonly WorkInterval[] = DEFAULT_DAY): WorkWeek {
  return [[], day, day, day, day, day, []];
}

/**
 * The default day is 09:00-17:00 with no break, so that a 1-day task starting Monday 09:00
 * finishes Monday 17:00 (the engine issue's convention). Calendars with a lunch break are
 * supported by passing STANDARD_DAY or any intervals.
 */
export const DEFAULT_DAY: readonly WorkInterval[] = [{ startMinute: 9 * 60, endMinute: 17 * 60 }];

export function standardCalendar(id: CalendarId, name = 'Standard'): ProjectCalendar {
  return { id, name, baseCalendarId: null, workWeek: standardWorkWeek(), exceptions: [] };
}

export const DEFAULT_COLUMNS: readonly Pick<WorkflowColumn, 'name' | 'category' | 'color' | 'wipLimit'>[] = [
  { name: 'Backlog', category: 'not-started', color: '#64748b', wipLimit: null },
  { name: 'To do', category: 'not-started', color: '#0ea5e9', wipLimit: null },
  { name: 'In progress', category: 'started', color: '#f59e0b', wipLimit: 5 },
  { name: 'Review', category: 'started', color: '#8b5cf6', wipLimit: 3 },
  { name: 'Done', category: 'done', color: '#22c55e', wipLimit: null },
];

export function defaultColumns(newId: IdFactory): WorkflowColumn[] {
  const ranks = initialRanks(DEFAULT_COLUMNS.length);
  return DEFAULT_COLUMNS.map((c, i) => ({ ...c, id: newId() as ColumnId, rank: ranks[i] ?? rankBetween(null, null) }));
}

export interface NewPlanOptions {
  readonly name: string;
  readonly start: LocalDateTime;
  /** ISO timestamp used for createdAt/updatedAt. */
  readonly now: string;
  readonly newId: IdFactory;
  readonly currency?: string;
}

export function emptyPlan(options: NewPlanOptions): Plan {
  const calendar = standardCalendar(options.newId() as CalendarId);
  const project: Project = {
    id: options.newId() as ProjectId,
    name: options.name,
    description: '',
    manager: '',
    start: options.start,
    statusDate: null,
    currency: options.currency ?? 'USD',
    calendarId: calendar.id,
    minutesPerDay: 480,
    minutesPerWeek: 2400,
    defaultStartTime: '09:00',
    defaultFinishTime: '17:00',
    createdAt: options.now,
    updatedAt: options.now,
  };
  const columns = defaultColumns(options.newId);
  return {
    project,
    tasks: {},
    links: {},
    calendars: { [calendar.id]: calendar },
    resources: {},
    assignments: {},
    baselines: {},
    risks: {},
    stakeholders: {},
    changes: {},
    issues: {},
    assumptions: {},
    decisions: {},
    raci: {},
    communications: {},
    reports: {},
    phases: {},
    columns: Object.fromEntries(columns.map((c) => [c.id, c])),
  };
}

/** The first column of the 'not-started' category (by rank): where new tasks land on the board. */
export function firstColumnOf(plan: Plan, category: WorkflowColumn['category']): WorkflowColumn | undefined {
  return Object.values(plan.columns)
    .filter((c) => c.category === category)
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))[0];
}

export interface NewTaskFields {
  readonly id: TaskId;
  readonly name: string;
  readonly parentId: TaskId | null;
  readonly rank: string;
  readonly start: LocalDateTime;
  readonly finish: LocalDateTime;
  readonly statusId: ColumnId;
  readonly boardRank: string;
}

/** A one-day, auto-scheduled, medium-priority task. */
export function newTask(fields: NewTaskFields & Partial<Task>, minutesPerDay = 480): Task {
  return {
    notes: '',
    kind: 'task',
    durationMinutes: minutesPerDay,
    schedulingMode: 'auto',
    constraint: { type: 'ASAP', date: null },
    deadline: null,
    percentComplete: 0,
    actualStart: null,
    actualFinish: null,
    priority: 500,
    phase: null,
    tags: [],
    calendarId: null,
    ...fields,
  };
}

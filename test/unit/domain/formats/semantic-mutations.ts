/**
 * Semantic mutations: inputs that parse but mean something broken (issue 19). On the model (for
 * .plotline): parents that do not exist, parent loops, summaries under their own children, links
 * to missing tasks, dates in 1850 or 2300, enormous durations and lags, unsatisfiable
 * constraints, deep outlines, ids that do not match their keys. On text (every format): extreme
 * years, huge durations, lags and levels, and references swapped for other ones.
 */
import type { LocalDateTime, Plan, Task, TaskId } from '../../../../renderer/domain/model';
import { seededRandom } from '../../../support/random';

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)] as T;
const YEARS = ['1850', '0000', '0001', '1899', '1900', '2199', '2200', '2201', '2300', '9999'];
const NUMBERS = ['0', '-1', '1e12', '99999999', '-99999999', '1e308', '4294967296', '100000', '0.5'];
const HUGE_MINUTES = [1e7, 1e9, 1e12, 1e300, -1e7, 5_000_000, 10_519_200, 10_519_201];

type TaskEdit = (task: Task, ids: readonly TaskId[], random: () => number) => Task;

const TASK_EDITS: readonly TaskEdit[] = [
  (t) => ({ ...t, parentId: 'missing-parent' as TaskId }),
  (t) => ({ ...t, parentId: t.id }),
  (t, ids, r) => ({ ...t, parentId: pick(ids, r) }),
  (t, _ids, r) => ({ ...t, durationMinutes: Math.abs(pick(HUGE_MINUTES, r)) }),
  (t, _ids, r) => ({ ...t, start: `${pick(YEARS, r)}-01-01T09:00` as LocalDateTime }),
  (t, _ids, r) => ({ ...t, finish: `${pick(YEARS, r)}-06-30T17:00` as LocalDateTime }),
  (t, _ids, r) => ({ ...t, constraint: { type: pick(['MSO', 'MFO', 'SNET', 'FNLT'] as const, r), date: `${pick(YEARS, r)}-03-02T09:00` as LocalDateTime } }),
  (t, _ids, r) => ({ ...t, deadline: `${pick(YEARS, r)}-03-02T09:00` as LocalDateTime }),
  (t) => ({ ...t, kind: 'summary' }),
  (t) => ({ ...t, calendarId: 'missing-calendar' as Task['calendarId'] }),
  (t) => ({ ...t, statusId: 'missing-column' as Task['statusId'] }),
  (t, _ids, r) => ({ ...t, levelingDelayMinutes: Math.abs(pick(HUGE_MINUTES, r)) }),
  (t) => ({ ...t, schedulingMode: t.schedulingMode === 'auto' ? 'manual' : 'auto' }),
];

/** A chain of `depth` tasks, each the child of the one before (a deep outline). */
function deepOutline(plan: Plan, depth: number): Plan {
  const first = Object.values(plan.tasks)[0];
  if (!first) return plan;
  const tasks: Record<string, Task> = { ...plan.tasks };
  let parent: TaskId | null = null;
  for (let i = 0; i < depth; i++) {
    const id = `deep${String(i)}` as TaskId;
    tasks[id] = { ...first, id, parentId: parent, kind: 'task', name: `Level ${String(i)}` };
    parent = id;
  }
  return { ...plan, tasks };
}

type PlanEdit = (plan: Plan, random: () => number) => Plan;

const PLAN_EDITS: readonly PlanEdit[] = [
  (p, r) => {
    const ids = Object.keys(p.tasks) as TaskId[];
    const id = pick(ids, r);
    const task = p.tasks[id];
    return task ? { ...p, tasks: { ...p.tasks, [id]: pick(TASK_EDITS, r)(task, ids, r) } } : p;
  },
  (p, r) => {
    const [key, link] = pick(Object.entries(p.links), r);
    const ids = Object.keys(p.tasks) as TaskId[];
    const edits = [
      { ...link, predecessorId: 'missing-task' as TaskId }, { ...link, successorId: link.predecessorId },
      { ...link, lagMinutes: pick(HUGE_MINUTES, r) }, { ...link, successorId: pick(ids, r), predecessorId: pick(ids, r) },
    ];
    return { ...p, links: { ...p.links, [key]: pick(edits, r) } };
  },
  (p) => ({ ...p, project: { ...p.project, calendarId: 'missing' as Plan['project']['calendarId'] } }),
  (p, r) => ({ ...p, project: { ...p.project, start: `${pick(YEARS, r)}-03-02T09:00` as LocalDateTime } }),
  (p, r) => deepOutline(p, pick([5, 99, 100, 101, 150, 2000], r)),
  (p) => {
    const [key, task] = Object.entries(p.tasks)[0] ?? [];
    return key && task ? { ...p, tasks: { ...p.tasks, [key]: { ...task, id: 'duplicate' as TaskId } } } : p;
  },
  (p, r) => {
    const calendars = Object.values(p.calendars);
    const edited = calendars.map((c) => ({ ...c, baseCalendarId: pick(calendars, r).id }));
    return { ...p, calendars: Object.fromEntries(edited.map((c) => [c.id, c])) };
  },
  (p, r) => {
    const [key, a] = Object.entries(p.assignments)[0] ?? [];
    return key && a ? { ...p, assignments: { ...p.assignments, [key]: { ...a, units: Math.abs(pick(HUGE_MINUTES, r)), taskId: pick(['missing', a.taskId], r) as TaskId } } } : p;
  },
  (p, r) => ({ ...p, columns: pick([{}, p.columns], r) }),
];

/** 1-4 semantic edits of a plan, chosen by the seed. */
export function mutatePlan(plan: Plan, seed: number): Plan {
  const random = seededRandom(seed * 7919 + 13);
  let out = plan;
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) out = pick(PLAN_EDITS, random)(out, random);
  return out;
}

const TEXT_EDITS: readonly ((text: string, random: () => number) => string)[] = [
  (t, r) => t.replace(/\b(19|20)\d\d(?=-\d\d-\d\d)/g, (year) => (r() < 0.3 ? pick(YEARS, r) : year)),
  (t, r) => t.replace(/PT(\d+)H/g, (m) => (r() < 0.4 ? `PT${pick(NUMBERS, r)}H` : m)),
  (t, r) => t.replace(/<(LinkLag|OutlineLevel|Duration|Units|PercentComplete|UID|PredecessorUID|CalendarUID)>[^<]*</g, (m, tag: string) => (r() < 0.3 ? `<${tag}>${pick(NUMBERS, r)}<` : m)),
  (t, r) => t.replace(/\b(duration|difference|id|complete)="[^"]*"/g, (m, name: string) => (r() < 0.3 ? `${name}="${pick(NUMBERS, r)}"` : m)),
  (t, r) => t.replace(/;(\d+);(\d+);/g, (m) => (r() < 0.5 ? `;${pick(NUMBERS, r)};${pick(['1', '0', '100', '101', '-3'], r)};` : m)),
  (t, r) => t.replace(/(DTSTART|DTEND)(;VALUE=DATE)?:(\d{4})/g, (m, p: string, v: string | undefined) => (r() < 0.4 ? `${p}${v ?? ''}:${pick(YEARS, r)}` : m)),
  (t, r) => t.replace(/,(\d)\n/g, (m) => (r() < 0.5 ? `,${pick(['0', '1', '2', '3', '50', '101'], r)}\n` : m)),
];

/** 1-3 semantic text edits, chosen by the seed. */
export function mutateText(text: string, seed: number): string {
  const random = seededRandom(seed * 104729 + 7);
  let out = text;
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) out = pick(TEXT_EDITS, random)(out, random);
  return out;
}

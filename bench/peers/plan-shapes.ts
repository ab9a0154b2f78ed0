/**
 * The two plan shapes the peer bench renders in every library:
 * - "flat": the outside harness's plan (issue #18): flat tasks over two years with about 0.28
 *   finish-to-start links per task (2,796 at 10,000), each link pointing forward;
 * - "outlined": Plotline's own generated WBS (test/support/generate-plan) with all four link
 *   types, lags, constraints and summaries.
 * Both are scheduled once by Plotline's engine (outside every timer) so each peer gets the same
 * dates; Plotline itself reschedules inside its timer, as the app does on open.
 */
import {
  emptyPlan, initialRanks, newTask, sequentialIds, type Link, type LinkId, type LinkType, type LocalDate,
  type LocalDateTime, type Plan, type Task, type TaskId,
} from '../../renderer/domain/model';
import { scheduleProject } from '../../renderer/domain/schedule';
import { generatePlan } from '../../test/support/generate-plan';
import { seededRandom } from '../../test/support/random';

export type PlanShape = 'flat' | 'outlined';

/** The library-neutral rows every peer page converts from (outside its timer). */
export interface PeerRow {
  readonly id: string;
  readonly name: string;
  readonly start: string;
  readonly finish: string;
  readonly progress: number;
  readonly parent: string | null;
  readonly kind: 'task' | 'summary' | 'milestone';
}

export interface PeerLink { readonly id: string; readonly source: string; readonly target: string; readonly type: LinkType }

export interface PeerData {
  readonly shape: PlanShape;
  /** The project's start: the frozen "today" of every page. */
  readonly start: string;
  readonly rows: readonly PeerRow[];
  readonly links: readonly PeerLink[];
  /** The plan itself, for Plotline's page. */
  readonly plan: Plan;
}

const START = '2026-01-05T09:00' as LocalDateTime;
const DAY_MS = 86_400_000;
const LINKS_PER_TASK = 0.2796;

function isoDay(offsetDays: number): LocalDate {
  return new Date(Date.UTC(2026, 0, 5) + offsetDays * DAY_MS).toISOString().slice(0, 10) as LocalDate;
}

/** Flat tasks spread over two years, each starting no earlier than its slot, some linked forward. */
export function generateFlatPlan(tasks: number, seed: number): Plan {
  const base = emptyPlan({ name: `Flat ${String(tasks)}`, start: START, now: '2026-01-01T00:00:00.000Z', newId: sequentialIds('f') });
  const column = Object.values(base.columns)[0]?.id;
  if (!column) throw new Error('the empty plan has no board column');
  const rnd = seededRandom(seed);
  const ranks = initialRanks(tasks);
  const list: Task[] = [];
  for (let i = 0; i < tasks; i++) {
    const id = `t${String(i + 1).padStart(6, '0')}` as TaskId;
    const slot = Math.floor((i * 700) / tasks) + Math.floor(rnd() * 5);
    list.push(newTask({
      id, name: `Task ${String(i + 1)}`, parentId: null, rank: ranks[i] ?? 'V', start: START, finish: START, statusId: column, boardRank: ranks[i] ?? 'V',
      durationMinutes: 480 * (1 + Math.floor(rnd() * 10)), constraint: { type: 'SNET', date: `${isoDay(slot)}T09:00` as LocalDateTime },
      percentComplete: Math.floor(rnd() * 4) * 25,
    }));
  }
  // Exactly round(tasks × 0.2796) links, their predecessors spread evenly over the plan.
  const links: Link[] = [];
  const count = Math.round(tasks * LINKS_PER_TASK);
  for (let k = 0; k < count; k++) {
    const from = Math.floor((k * (tasks - 1)) / count);
    const source = list[from], successor = list[Math.min(tasks - 1, from + 1 + Math.floor(rnd() * 20))];
    if (!source || !successor) continue;
    const id = `l${String(links.length + 1).padStart(6, '0')}` as LinkId;
    links.push({ id, predecessorId: source.id, successorId: successor.id, type: 'FS', lagMinutes: 0, lagIsElapsed: false });
  }
  return { ...base, tasks: Object.fromEntries(list.map((t) => [t.id, t])), links: Object.fromEntries(links.map((l) => [l.id, l])) };
}

export function planOfShape(shape: PlanShape, tasks: number): Plan {
  return shape === 'flat' ? generateFlatPlan(tasks, 7) : generatePlan({ tasks, seed: 7 });
}

/** Schedules the plan once with Plotline's engine and gives every peer the same rows and links. */
export function peerData(shape: PlanShape, tasks: number): PeerData {
  const plan = planOfShape(shape, tasks);
  const schedule = scheduleProject(plan);
  const hasChildren = new Set(Object.values(plan.tasks).map((t) => t.parentId).filter((p): p is TaskId => p !== null));
  const ordered = outlineOrder(plan);
  const rows = ordered.map((t): PeerRow => {
    const dates = schedule.tasks.get(t.id);
    const kind = hasChildren.has(t.id) ? 'summary' : t.kind === 'milestone' || t.durationMinutes === 0 ? 'milestone' : 'task';
    return { id: t.id, name: t.name, start: dates?.start ?? t.start, finish: dates?.finish ?? t.finish, progress: t.percentComplete, parent: t.parentId, kind };
  });
  const links = Object.values(plan.links).map((l): PeerLink => ({ id: l.id, source: l.predecessorId, target: l.successorId, type: l.type }));
  return { shape, start: START, rows, links, plan };
}

/** Tasks in outline order (parents before children, siblings by rank), as every Gantt lists them. */
function outlineOrder(plan: Plan): Task[] {
  const children = new Map<TaskId | null, Task[]>();
  for (const t of Object.values(plan.tasks)) {
    const list = children.get(t.parentId) ?? [];
    list.push(t);
    children.set(t.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  const out: Task[] = [];
  const visit = (parent: TaskId | null): void => {
    for (const t of children.get(parent) ?? []) { out.push(t); visit(t.id); }
  };
  visit(null);
  return out;
}

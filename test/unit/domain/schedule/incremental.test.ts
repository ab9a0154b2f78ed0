/**
 * The incremental scheduler against a full schedule (issue #18): random generated plans, random
 * sequences of the edits a person makes (durations, links added, dropped and re-lagged,
 * constraints including ALAP, deadlines, progress, renames, outline moves, the status date),
 * applied with immer's patches as the command path applies them. After every edit the
 * scheduler told what the edit touched (planEditOf) and one left to find out itself must both
 * equal scheduleProject of the same plan; results handed out earlier must keep their values
 * (later runs rewrite rows in place), and changedSince must name every task whose row moved.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { enablePatches, produceWithPatches, type Draft } from 'immer';
import type { ConstraintType, LinkId, LinkType, LocalDate, LocalDateTime, Plan, Task, TaskId } from '../../../../renderer/domain/model';
import { chartFiguresOf, createScheduler, planEditOf, scheduleProject, ScheduleTable, type ScheduleResult } from '../../../../renderer/domain/schedule';
import { generatePlan } from '../../../support/generate-plan';

enablePatches();

type Edit =
  | { kind: 'duration'; task: number; hours: number }
  | { kind: 'constraint'; task: number; type: ConstraintType | 'ASAP'; day: number }
  | { kind: 'deadline'; task: number; day: number | null }
  | { kind: 'progress'; task: number; pct: number; started: boolean }
  | { kind: 'rename'; task: number }
  | { kind: 'lag'; link: number; hours: number; type: LinkType }
  | { kind: 'drop'; link: number }
  | { kind: 'add'; a: number; b: number }
  | { kind: 'move'; task: number; parent: number }
  | { kind: 'status'; day: number | null };

const task = fc.nat();
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('duration' as const), task, hours: fc.integer({ min: 0, max: 400 }) }), weight: 4 },
  fc.record({ kind: fc.constant('constraint' as const), task, type: fc.constantFrom<ConstraintType | 'ASAP'>('ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO'), day: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ kind: fc.constant('deadline' as const), task, day: fc.option(fc.integer({ min: 0, max: 400 })) }),
  fc.record({ kind: fc.constant('progress' as const), task, pct: fc.integer({ min: 0, max: 100 }), started: fc.boolean() }),
  fc.record({ kind: fc.constant('rename' as const), task }),
  { arbitrary: fc.record({ kind: fc.constant('lag' as const), link: fc.nat(), hours: fc.integer({ min: -8, max: 80 }), type: fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF') }), weight: 2 },
  fc.record({ kind: fc.constant('drop' as const), link: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), task, parent: fc.nat() }),
  fc.record({ kind: fc.constant('status' as const), day: fc.option(fc.integer({ min: 0, max: 300 })) }),
);

const dayAfterStart = (day: number): LocalDate => {
  const d = new Date(Date.UTC(2026, 0, 5 + day));
  return d.toISOString().slice(0, 10) as LocalDate;
};
const at = (day: number): LocalDateTime => `${dayAfterStart(day)}T09:00` as LocalDateTime;

function leaves(plan: Plan): Task[] {
  const parents = new Set(Object.values(plan.tasks).map((t) => t.parentId));
  return Object.values(plan.tasks).filter((t) => !parents.has(t.id));
}

/** Whether `ancestor` is `t` or above it in the outline. */
function isWithin(plan: Plan, t: Task, ancestor: string): boolean {
  for (let at: Task | undefined = t; at; at = at.parentId === null ? undefined : plan.tasks[at.parentId]) if (at.id === ancestor) return true;
  return false;
}

function change(draft: Draft<Plan>, plan: Plan, edit: Edit): void {
  const ids = Object.keys(plan.tasks).sort();
  const pickTask = (k: number): Draft<Task> | undefined => draft.tasks[ids[k % ids.length] ?? ''];
  const links = Object.keys(plan.links).sort();
  const pickLink = (k: number): string | undefined => links[k % Math.max(1, links.length)];
  switch (edit.kind) {
    case 'duration': { const t = pickTask(edit.task); if (t && t.kind !== 'summary') { t.durationMinutes = edit.hours * 60; t.kind = edit.hours === 0 ? 'milestone' : 'task'; } return; }
    case 'constraint': { const t = pickTask(edit.task); if (t) t.constraint = { type: edit.type, date: edit.type === 'ASAP' || edit.type === 'ALAP' ? null : at(edit.day) }; return; }
    case 'deadline': { const t = pickTask(edit.task); if (t) t.deadline = edit.day === null ? null : at(edit.day); return; }
    case 'progress': {
      const t = pickTask(edit.task);
      if (!t || t.kind === 'summary') return;
      t.percentComplete = edit.pct;
      t.actualStart = edit.started || edit.pct > 0 ? plan.project.start : null;
      return;
    }
    case 'rename': { const t = pickTask(edit.task); if (t) t.name = `${t.name}*`; return; }
    case 'lag': { const id = pickLink(edit.link); const l = id ? draft.links[id] : undefined; if (l) { l.lagMinutes = edit.hours * 60; l.type = edit.type; } return; }
    case 'drop': { const id = pickLink(edit.link); if (id) delete draft.links[id]; return; }
    case 'add': {
      const a = ids[edit.a % ids.length] ?? '';
      const b = ids[edit.b % ids.length] ?? '';
      if (a === b) return;
      const [p, s] = a < b ? [a, b] : [b, a];
      const id = `new-${String(links.length)}-${p}-${s}` as LinkId;
      draft.links[id] = { id, predecessorId: p as TaskId, successorId: s as TaskId, type: 'FS', lagMinutes: 0, lagIsElapsed: false };
      return;
    }
    case 'move': {
      // A leaf moves under another summary (or to the top); never under itself.
      const leaf = leaves(plan)[edit.task % Math.max(1, leaves(plan).length)];
      const summaries = Object.values(plan.tasks).filter((t) => t.kind === 'summary');
      const parent = edit.parent % (summaries.length + 1) === summaries.length ? null : summaries[edit.parent % (summaries.length + 1)];
      const t = leaf ? draft.tasks[leaf.id] : undefined;
      if (!t || !leaf || (parent && isWithin(plan, parent, leaf.id))) return;
      t.parentId = parent ? parent.id : null;
      return;
    }
    case 'status': draft.project.statusDate = edit.day === null ? null : dayAfterStart(edit.day); return;
    default: { const never: never = edit; return never; }
  }
}

/** A result as plain data, read at the moment of the call. */
const data = (r: ScheduleResult): unknown => JSON.parse(JSON.stringify({ ...r, tasks: Object.fromEntries(r.tasks) })) as unknown;

/** Each task's chart figures as the TaskSchedule gives them. */
const figuresFromObjects = (r: ScheduleResult): unknown => Object.fromEntries([...r.tasks].map(([id, s]) => [id, chartFiguresOf(s)]));

/** Each task's chart figures as the table reads them from its numbers: call before data(), which builds every TaskSchedule. */
function figuresFromNumbers(r: ScheduleResult): unknown {
  const table = r.tasks;
  if (!(table instanceof ScheduleTable)) throw new Error('the scheduler did not return its table');
  return Object.fromEntries([...table.keys()].map((id) => [id, table.figuresOf(id)]));
}

function checkSequence(size: number, seed: number, edits: readonly Edit[]): void {
  const told = createScheduler();
  const guessing = createScheduler();
  let plan = generatePlan({ tasks: size, seed });
  const handedOut: { result: ScheduleResult; expected: unknown }[] = [];
  let previous = told.schedule(plan);
  guessing.schedule(plan);
  const handedOutFigures: unknown[] = [figuresFromNumbers(previous)];
  expect(handedOutFigures[0]).toEqual(figuresFromObjects(scheduleProject(plan)));
  handedOut.push({ result: previous, expected: data(previous) });
  for (const edit of edits) {
    const [next, patches] = produceWithPatches(plan, (draft) => { change(draft, plan, edit); });
    const reference = scheduleProject(next);
    const full = data(reference);
    const result = told.schedule(next, undefined, planEditOf(plan, patches) ?? undefined);
    // The chart's figures read from the numbers (no TaskSchedule built yet) equal the TaskSchedules'.
    const figures = figuresFromNumbers(result);
    expect(figures).toEqual(figuresFromObjects(reference));
    handedOutFigures.push(figures);
    expect(data(result)).toEqual(full);
    expect(data(guessing.schedule(next))).toEqual(full);
    const moved = result.tasks instanceof ScheduleTable && previous.tasks instanceof ScheduleTable ? result.tasks.changedSince(previous.tasks) : null;
    if (moved) {
      const named = new Set(moved);
      for (const [id, row] of result.tasks) if (JSON.stringify(previous.tasks.get(id)) !== JSON.stringify(row)) expect(named.has(id)).toBe(true);
    }
    handedOut.push({ result, expected: full });
    plan = next;
    previous = result;
  }
  // Later runs rewrote the shared rows in place: every result handed out still reads as it did,
  // its figures too (a row kept as its old numbers or as its built object).
  handedOut.forEach(({ result, expected }, i) => {
    expect(figuresFromNumbers(result)).toEqual(handedOutFigures[i]);
    expect(data(result)).toEqual(expected);
  });
}

describe('incremental scheduling equals a full schedule', () => {
  it('after random edits on random generated plans, told what changed or not', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), fc.array(editArb, { minLength: 1, maxLength: 12 }), (seed, edits) => {
      checkSequence(120, seed, edits);
    }), { numRuns: 30 });
  }, 180_000);

  it('on a 1,200-task plan across long edit sequences', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), fc.array(editArb, { minLength: 10, maxLength: 25 }), (seed, edits) => {
      checkSequence(1200, seed, edits);
    }), { numRuns: 3 });
  }, 180_000);

  it('reads only the edited ids when told, and ignores a stale PlanEdit', () => {
    const scheduler = createScheduler();
    const plan = generatePlan({ tasks: 200, seed: 5 });
    scheduler.schedule(plan);
    const leaf = leaves(plan).find((t) => t.kind === 'task') as Task;
    const [next, patches] = produceWithPatches(plan, (d) => { (d.tasks[leaf.id] as Draft<Task>).durationMinutes += 480; });
    // An edit naming another plan than the last one scheduled is not trusted: the scheduler compares.
    const stale = { before: generatePlan({ tasks: 200, seed: 5 }), taskIds: [], linkIds: [] };
    expect(data(scheduler.schedule(next, undefined, stale))).toEqual(data(scheduleProject(next)));
    expect(planEditOf(plan, patches)).toEqual({ before: plan, taskIds: [leaf.id], linkIds: [] });
    expect(planEditOf(plan, [{ path: ['tasks'] }])).toBeNull();
  });

  it('runs a plan read again from storage afresh, and keeps comparing the plans its edits make', () => {
    const scheduler = createScheduler();
    const plan = generatePlan({ tasks: 200, seed: 9 });
    const first = scheduler.schedule(plan);
    // The same plan read again, every object new: a fresh run on a network of its own, equal to a full schedule.
    const reread = JSON.parse(JSON.stringify(plan)) as Plan;
    const again = scheduler.schedule(reread);
    expect(data(again)).toEqual(data(scheduleProject(reread)));
    expect(again.tasks instanceof ScheduleTable && again.tasks.changedSince(first.tasks as ScheduleTable)).toBeNull();
    // An edit of it keeps that network: the run names the tasks it moved.
    const leaf = leaves(reread).find((t) => t.kind === 'task') as Task;
    const edited = produceWithPatches(reread, (d) => { (d.tasks[leaf.id] as Draft<Task>).durationMinutes += 480; })[0];
    const next = scheduler.schedule(edited);
    expect(data(next)).toEqual(data(scheduleProject(edited)));
    expect(next.tasks instanceof ScheduleTable && next.tasks.changedSince(again.tasks as ScheduleTable)).toContain(leaf.id);
    // The results handed out before still read as they did.
    expect(data(first)).toEqual(data(scheduleProject(plan)));
    expect(data(again)).toEqual(data(scheduleProject(reread)));
  });

  it('reads a chart\'s figures from the numbers of earlier results too, with seconds as the dates\' texts give them', () => {
    const scheduler = createScheduler();
    const plan = generatePlan({ tasks: 60, seed: 11 });
    const leaf = leaves(plan).find((t) => t.kind === 'task') as Task;
    // A seventh of a minute more: the finish then has seconds (as MS Project's files can), 8.57 s written as 9.
    const before = produceWithPatches(plan, (d) => { (d.tasks[leaf.id] as Draft<Task>).durationMinutes += 1 / 7; })[0];
    const first = scheduler.schedule(before);
    // No TaskSchedule of `first` is built before the next run: its changed rows are kept as numbers.
    const [after, patches] = produceWithPatches(before, (d) => { (d.tasks[leaf.id] as Draft<Task>).durationMinutes += 480; });
    const second = scheduler.schedule(after, undefined, planEditOf(before, patches) ?? undefined);
    expect(figuresFromNumbers(first)).toEqual(figuresFromObjects(scheduleProject(before)));
    expect(figuresFromNumbers(second)).toEqual(figuresFromObjects(scheduleProject(after)));
    expect(scheduleProject(before).tasks.get(leaf.id)?.finish).toMatch(/:09$/);
    expect(second.tasks instanceof ScheduleTable && second.tasks.changedSince(first.tasks as ScheduleTable)).toContain(leaf.id);
  });
});

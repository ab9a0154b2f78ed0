/**
 * Turns the passes' ordinals into TaskSchedule rows: wall-clock dates, slack, critical flags,
 * and summary roll-ups (dates, late dates, slack, % complete weighted by work, lateness).
 */
import type { TaskId } from '../model';
import type { BackwardResult } from './backward-pass';
import type { ForwardResult } from './forward-pass';
import { formatWall } from './format';
import type { TaskInput } from './inputs';
import type { PassContext } from './pass-context';
import type { TaskSchedule } from './types';

/** Numbers behind one TaskSchedule, kept so an unchanged row can reuse last run's object. */
export const ROW = 14;
const [S, F, ES, EF, LS, LF, DUR, TS, FS, PCT, LATE, WORK, SUM, MS] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] as const;

export interface Rows {
  readonly values: Float64Array;
}

/** Scheduled dates: early dates, or ALAP placement where one was computed. */
function scheduledWalls(ctx: PassContext, f: ForwardResult, alap: BackwardResult | null, i: number): [number, number] {
  const input = ctx.inputs[i] as TaskInput;
  if (!alap || alap.ls[i] === f.es[i]) return [f.esWall[i] ?? 0, f.efWall[i] ?? 0];
  const ls = alap.ls[i] ?? 0;
  if (input.isMilestone) {
    const t = f.atEnd[i] ? input.cal.finishAt(ls) : input.cal.startAt(ls);
    return [t, t];
  }
  return [input.cal.startAt(ls), input.cal.finishAt(alap.lf[i] ?? 0)];
}

function leafRow(ctx: PassContext, f: ForwardResult, late: BackwardResult, alap: BackwardResult | null, i: number, v: Float64Array): void {
  const input = ctx.inputs[i] as TaskInput;
  const o = i * ROW;
  const es = f.es[i] ?? 0;
  const ef = f.ef[i] ?? 0;
  const ls = late.ls[i] ?? 0;
  const lf = late.lf[i] ?? 0;
  const [s, fin] = scheduledWalls(ctx, f, alap, i);
  const cal = input.cal;
  v[S + o] = s;
  v[F + o] = fin;
  v[ES + o] = f.esWall[i] ?? 0;
  v[EF + o] = f.efWall[i] ?? 0;
  v[LS + o] = ls === es ? (f.esWall[i] ?? 0) : input.isMilestone && f.atEnd[i] ? cal.finishAt(ls) : cal.startAt(ls);
  v[LF + o] = lf === ef ? (f.efWall[i] ?? 0) : input.isMilestone && !f.atEnd[i] ? cal.startAt(lf) : cal.finishAt(lf);
  v[DUR + o] = input.isManual ? ef - es : input.duration;
  v[TS + o] = Math.min(ls - es, lf - ef);
  v[FS + o] = late.freeSlack[i] ?? 0;
  v[PCT + o] = input.percentComplete;
  const deadlineMissed = input.task.deadline !== null && fin > cal.finishAt(input.deadlineOrdinal);
  v[LATE + o] = f.behind[i] || deadlineMissed ? 1 : 0;
  v[WORK + o] = input.workMinutes;
  v[SUM + o] = 0;
  v[MS + o] = input.isMilestone ? 1 : 0;
}

/** Folds a finished child row into its parent's row (the parent is seen after all its children). */
function foldInto(v: Float64Array, weights: Float64Array, parent: number, child: number): void {
  const p = parent * ROW;
  const c = child * ROW;
  const first = weights[parent * 4 + 3] === 0;
  weights[parent * 4 + 3] = 1;
  v[S + p] = first ? (v[S + c] ?? 0) : Math.min(v[S + p] ?? 0, v[S + c] ?? 0);
  v[F + p] = first ? (v[F + c] ?? 0) : Math.max(v[F + p] ?? 0, v[F + c] ?? 0);
  v[LS + p] = first ? (v[LS + c] ?? 0) : Math.min(v[LS + p] ?? 0, v[LS + c] ?? 0);
  v[LF + p] = first ? (v[LF + c] ?? 0) : Math.max(v[LF + p] ?? 0, v[LF + c] ?? 0);
  v[TS + p] = first ? (v[TS + c] ?? 0) : Math.min(v[TS + p] ?? 0, v[TS + c] ?? 0);
  v[FS + p] = first ? (v[FS + c] ?? 0) : Math.min(v[FS + p] ?? 0, v[FS + c] ?? 0);
  v[LATE + p] = first ? (v[LATE + c] ?? 0) : Math.max(v[LATE + p] ?? 0, v[LATE + c] ?? 0);
  v[WORK + p] = (first ? 0 : (v[WORK + p] ?? 0)) + (v[WORK + c] ?? 0);
  const work = v[WORK + c] ?? 0;
  const dur = Math.max(0, v[DUR + c] ?? 0);
  weights[parent * 4] = (weights[parent * 4] ?? 0) + work * (v[PCT + c] ?? 0);
  weights[parent * 4 + 1] = (weights[parent * 4 + 1] ?? 0) + dur * (v[PCT + c] ?? 0);
  weights[parent * 4 + 2] = (weights[parent * 4 + 2] ?? 0) + dur;
}

function closeSummary(ctx: PassContext, f: ForwardResult, v: Float64Array, weights: Float64Array, i: number): void {
  const o = i * ROW;
  const input = ctx.inputs[i] as TaskInput;
  v[ES + o] = f.esWall[i] ?? 0;
  v[EF + o] = f.efWall[i] ?? 0;
  v[DUR + o] = (f.ef[i] ?? 0) - (f.es[i] ?? 0);
  const work = v[WORK + o] ?? 0;
  const durWeight = weights[i * 4 + 2] ?? 0;
  const pct = work > 0 ? (weights[i * 4] ?? 0) / work : durWeight > 0 ? (weights[i * 4 + 1] ?? 0) / durWeight : input.percentComplete;
  v[PCT + o] = Math.round(pct * 100) / 100;
  if (input.task.deadline !== null && (v[F + o] ?? 0) > input.cal.finishAt(input.deadlineOrdinal)) v[LATE + o] = 1;
  v[SUM + o] = 1;
  v[MS + o] = 0;
}

/** Fills every task's numbers, children before parents (topological order of out-nodes). */
export function computeRows(ctx: PassContext, f: ForwardResult, late: BackwardResult, alap: BackwardResult | null): Rows {
  const n = ctx.net.taskCount;
  const v = new Float64Array(n * ROW);
  const weights = new Float64Array(n * 4);
  for (const node of ctx.net.order) {
    const isOut = node >= n;
    const i = isOut ? node - n : node;
    if (!isOut && ctx.net.isSummary[i]) continue;
    if (isOut) closeSummary(ctx, f, v, weights, i);
    else leafRow(ctx, f, late, alap, i, v);
    const p = ctx.net.parent[i] ?? -1;
    if (p >= 0) foldInto(v, weights, p, i);
  }
  return { values: v };
}

function sameRow(a: Float64Array, b: Float64Array, i: number): boolean {
  for (let k = i * ROW; k < (i + 1) * ROW; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Builds the TaskSchedule map, reusing last run's objects for rows whose numbers did not change. */
export function toSchedules(
  ids: readonly TaskId[], rows: Rows, previous: { rows: Rows; schedules: readonly TaskSchedule[] } | null,
): TaskSchedule[] {
  const v = rows.values;
  return ids.map((_, i) => {
    const old = previous?.schedules[i];
    if (old && previous && sameRow(previous.rows.values, v, i)) return old;
    const o = i * ROW;
    const ts = v[TS + o] ?? 0;
    return {
      start: formatWall(v[S + o] ?? 0), finish: formatWall(v[F + o] ?? 0),
      earlyStart: formatWall(v[ES + o] ?? 0), earlyFinish: formatWall(v[EF + o] ?? 0),
      lateStart: formatWall(v[LS + o] ?? 0), lateFinish: formatWall(v[LF + o] ?? 0),
      durationMinutes: v[DUR + o] ?? 0, totalSlackMinutes: ts, freeSlackMinutes: v[FS + o] ?? 0,
      isCritical: ts <= 0, percentComplete: v[PCT + o] ?? 0, isLate: v[LATE + o] === 1,
      workMinutes: v[WORK + o] ?? 0, isSummary: v[SUM + o] === 1, isMilestone: v[MS + o] === 1,
    };
  });
}

/** Row accessors for the scheduler's project-level figures. */
export const rowStart = (rows: Rows, i: number): number => rows.values[i * ROW + S] ?? 0;
export const rowFinish = (rows: Rows, i: number): number => rows.values[i * ROW + F] ?? 0;
export const rowSlack = (rows: Rows, i: number): number => rows.values[i * ROW + TS] ?? 0;
export const rowIsSummary = (rows: Rows, i: number): boolean => rows.values[i * ROW + SUM] === 1;

/**
 * Turns the passes' ordinals into TaskSchedule rows: wall-clock dates, slack, critical flags,
 * and summary roll-ups (dates, late dates, slack, % complete weighted by work, lateness).
 */
import type { BackwardResult } from './backward-pass';
import { summaryFinishOf, type ForwardResult } from './forward-pass';
import { formatWall } from './format';
import { DEADLINE, MANUAL, MILESTONE } from './inputs';
import type { PassContext } from './pass-context';
import { toWallMinutes } from '../model';
import type { ChartFigures, TaskSchedule } from './types';

/** Numbers behind one TaskSchedule, kept so an unchanged row can reuse last run's object. */
export const ROW = 14;
const [S, F, ES, EF, LS, LF, DUR, TS, FS, PCT, LATE, WORK, SUM, MS] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] as const;

export interface Rows {
  readonly values: Float64Array;
}

/** Scheduled dates: early dates, or ALAP placement where one was computed. */
function writeScheduled(ctx: PassContext, f: ForwardResult, alap: BackwardResult | null, i: number, v: Float64Array, o: number): void {
  if (!alap || alap.ls[i] === f.es[i]) {
    v[S + o] = f.esWall[i] ?? 0;
    v[F + o] = f.efWall[i] ?? 0;
    return;
  }
  const cal = ctx.inputs.cal(i);
  const ls = alap.ls[i] ?? 0;
  if (ctx.inputs.has(i, MILESTONE)) {
    v[S + o] = v[F + o] = f.atEnd[i] ? cal.finishAt(ls) : cal.startAt(ls);
    return;
  }
  v[S + o] = cal.startAt(ls);
  v[F + o] = cal.finishAt(alap.lf[i] ?? 0);
}

function leafRow(ctx: PassContext, f: ForwardResult, late: BackwardResult, alap: BackwardResult | null, i: number, v: Float64Array): void {
  const inp = ctx.inputs;
  const o = i * ROW;
  const es = f.es[i] ?? 0;
  const ef = f.ef[i] ?? 0;
  const ls = late.ls[i] ?? 0;
  const lf = late.lf[i] ?? 0;
  writeScheduled(ctx, f, alap, i, v, o);
  const cal = inp.cal(i);
  const isMilestone = inp.has(i, MILESTONE);
  v[ES + o] = f.esWall[i] ?? 0;
  v[EF + o] = f.efWall[i] ?? 0;
  v[LS + o] = ls === es ? (f.esWall[i] ?? 0) : isMilestone && f.atEnd[i] ? cal.finishAt(ls) : cal.startAt(ls);
  v[LF + o] = lf === ef ? (f.efWall[i] ?? 0) : isMilestone && !f.atEnd[i] ? cal.startAt(lf) : cal.finishAt(lf);
  v[DUR + o] = inp.has(i, MANUAL) ? ef - es : (inp.duration[i] ?? 0);
  v[TS + o] = Math.min(ls - es, lf - ef);
  v[FS + o] = late.freeSlack[i] ?? 0;
  v[PCT + o] = inp.percentComplete[i] ?? 0;
  const deadlineMissed = inp.has(i, DEADLINE) && (v[F + o] ?? 0) > cal.finishAt(inp.deadlineOrdinal[i] ?? 0);
  v[LATE + o] = f.behind[i] || deadlineMissed ? 1 : 0;
  v[WORK + o] = inp.workMinutes[i] ?? 0;
  v[SUM + o] = 0;
  v[MS + o] = isMilestone ? 1 : 0;
}

/** Spans (min start, max finish), slack (min), lateness (max) and work (sum) of a summary's children; weights for its % complete. */
function foldChildren(ctx: PassContext, f: ForwardResult, v: Float64Array, i: number): { workPct: number; durPct: number; dur: number } {
  const { net } = ctx;
  const p = i * ROW;
  let first = true;
  let workPct = 0, durPct = 0, dur = 0;
  for (let k = net.outStart[i] ?? 0; k < (net.outStart[i + 1] ?? 0); k++) {
    const child = net.edgeTo[net.outEdges[k] ?? 0] ?? 0;
    const c = child * ROW;
    const finish = summaryFinishOf(ctx, f, child, v[F + c] ?? 0);
    if (first) {
      v[S + p] = v[S + c] ?? 0; v[LS + p] = v[LS + c] ?? 0; v[TS + p] = v[TS + c] ?? 0; v[FS + p] = v[FS + c] ?? 0;
      v[F + p] = finish; v[LF + p] = v[LF + c] ?? 0; v[LATE + p] = v[LATE + c] ?? 0; v[WORK + p] = v[WORK + c] ?? 0;
    } else {
      v[S + p] = Math.min(v[S + p] ?? 0, v[S + c] ?? 0); v[LS + p] = Math.min(v[LS + p] ?? 0, v[LS + c] ?? 0);
      v[TS + p] = Math.min(v[TS + p] ?? 0, v[TS + c] ?? 0); v[FS + p] = Math.min(v[FS + p] ?? 0, v[FS + c] ?? 0);
      v[F + p] = Math.max(v[F + p] ?? 0, finish); v[LF + p] = Math.max(v[LF + p] ?? 0, v[LF + c] ?? 0);
      v[LATE + p] = Math.max(v[LATE + p] ?? 0, v[LATE + c] ?? 0); v[WORK + p] = (v[WORK + p] ?? 0) + (v[WORK + c] ?? 0);
    }
    first = false;
    const childDur = Math.max(0, v[DUR + c] ?? 0);
    workPct += (v[WORK + c] ?? 0) * (v[PCT + c] ?? 0);
    durPct += childDur * (v[PCT + c] ?? 0);
    dur += childDur;
  }
  return { workPct, durPct, dur };
}

/** A summary row from its children's rows (which the topological order fills first). */
function summaryRow(ctx: PassContext, f: ForwardResult, v: Float64Array, i: number): void {
  const o = i * ROW;
  const inp = ctx.inputs;
  const weights = foldChildren(ctx, f, v, i);
  v[F + o] = Math.max(v[F + o] ?? 0, v[S + o] ?? 0);
  v[ES + o] = f.esWall[i] ?? 0;
  v[EF + o] = f.efWall[i] ?? 0;
  v[DUR + o] = (f.ef[i] ?? 0) - (f.es[i] ?? 0);
  const work = v[WORK + o] ?? 0;
  const pct = work > 0 ? weights.workPct / work : weights.dur > 0 ? weights.durPct / weights.dur : (inp.percentComplete[i] ?? 0);
  v[PCT + o] = Math.round(pct * 100) / 100;
  if (inp.has(i, DEADLINE) && (v[F + o] ?? 0) > inp.cal(i).finishAt(inp.deadlineOrdinal[i] ?? 0)) v[LATE + o] = 1;
  v[SUM + o] = 1;
  v[MS + o] = 0;
}

/** The passes' results one run refers to. */
export interface Passes {
  readonly f: ForwardResult;
  readonly late: BackwardResult;
  readonly alap: BackwardResult | null;
}

/**
 * Recomputes the row of one node: a leaf, or a summary's out-node (N + i). Summaries' in-nodes
 * have no row. With a `snapshot` (ROW numbers), the row's old numbers are left there and the
 * result says whether they changed; without one (a first run fills fresh rows) it is true.
 */
export function rowNode(ctx: PassContext, p: Passes, v: Float64Array, node: number, snapshot: Float64Array | null): boolean {
  const n = ctx.net.taskCount;
  if (node < n && ctx.net.isSummary[node]) return false;
  const i = node >= n ? node - n : node;
  const o = i * ROW;
  if (snapshot) snapshot.set(v.subarray(o, o + ROW));
  if (node >= n) summaryRow(ctx, p.f, v, i);
  else leafRow(ctx, p.f, p.late, p.alap, i, v);
  if (!snapshot) return true;
  for (let k = 0; k < ROW; k++) if (snapshot[k] !== v[o + k]) return true;
  return false;
}

/**
 * One TaskSchedule from its row. MS Project never marks a 100 %-complete task critical: it can
 * no longer delay anything, whatever its slack says.
 */
export function scheduleOfRow(v: Float64Array, i: number): TaskSchedule {
  const o = i * ROW;
  const ts = v[TS + o] ?? 0;
  const pct = v[PCT + o] ?? 0;
  return {
    start: formatWall(v[S + o] ?? 0), finish: formatWall(v[F + o] ?? 0),
    earlyStart: formatWall(v[ES + o] ?? 0), earlyFinish: formatWall(v[EF + o] ?? 0),
    lateStart: formatWall(v[LS + o] ?? 0), lateFinish: formatWall(v[LF + o] ?? 0),
    durationMinutes: v[DUR + o] ?? 0, totalSlackMinutes: ts, freeSlackMinutes: v[FS + o] ?? 0,
    isCritical: isCriticalRow(ts, pct), percentComplete: pct, isLate: v[LATE + o] === 1,
    workMinutes: v[WORK + o] ?? 0, isSummary: v[SUM + o] === 1, isMilestone: v[MS + o] === 1,
  };
}

/**
 * A row's figures for a chart (ChartFigures), without formatting its dates. A date with seconds
 * (MS Project's) goes through its text, so both ways of reading a task give the same number.
 */
export function chartFiguresOfRow(v: Float64Array, i: number): ChartFigures {
  const o = i * ROW;
  const ts = v[TS + o] ?? 0;
  const pct = v[PCT + o] ?? 0;
  return {
    startMinutes: asRead(v[S + o] ?? 0), finishMinutes: asRead(v[F + o] ?? 0), durationMinutes: v[DUR + o] ?? 0,
    percentComplete: pct, isCritical: isCriticalRow(ts, pct), totalSlackMinutes: ts, isLate: v[LATE + o] === 1,
  };
}

/** The same figures from a TaskSchedule (a schedule that is not the engine's table). */
export function chartFiguresOf(s: TaskSchedule): ChartFigures {
  return {
    startMinutes: toWallMinutes(s.start), finishMinutes: toWallMinutes(s.finish), durationMinutes: s.durationMinutes,
    percentComplete: s.percentComplete, isCritical: s.isCritical, totalSlackMinutes: s.totalSlackMinutes, isLate: s.isLate,
  };
}

/** A wall-minute number as reading its formatted text gives it back. */
const asRead = (t: number): number => (Number.isInteger(t) ? t : toWallMinutes(formatWall(t)));

const isCriticalRow = (slack: number, pct: number): boolean => slack <= 0 && pct < 100;

/** Row accessors for the scheduler's project-level figures. */
export const rowStart = (rows: Rows, i: number): number => rows.values[i * ROW + S] ?? 0;
export const rowFinish = (rows: Rows, i: number): number => rows.values[i * ROW + F] ?? 0;
export const rowSlack = (rows: Rows, i: number): number => rows.values[i * ROW + TS] ?? 0;
export const rowIsCritical = (rows: Rows, i: number): boolean => isCriticalRow(rows.values[i * ROW + TS] ?? 0, rows.values[i * ROW + PCT] ?? 0);
export const rowIsSummary = (rows: Rows, i: number): boolean => rows.values[i * ROW + SUM] === 1;
export const rowDuration = (rows: Rows, i: number): number => rows.values[i * ROW + DUR] ?? 0;

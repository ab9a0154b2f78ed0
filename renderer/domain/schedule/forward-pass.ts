/**
 * Forward pass: early start and finish of every task in topological order, in ordinals of each
 * task's calendar. Bounds come from links, the summary above (links on summaries apply to their
 * children), the project start, the status date, leveling delay and constraints; actuals and
 * manual dates are kept as entered.
 */
import type { WorkingCalendar } from '../calendar';
import { ACTUAL_FINISH, ACTUAL_START, ALAP, ASAP, CONSTRAINT_AT_END, FNET, FNLT, MANUAL, MFO, MILESTONE, MSO, SNET, type AssignmentSpan, type InputTable } from './inputs';
import { carry, carryLag, codeBoundsStart, codeReadsStart, SF, type CarryBias } from './link-math';
import { calOf, OrdinalMemo, type PassContext } from './pass-context';

export interface ForwardResult {
  readonly es: Float64Array;
  readonly ef: Float64Array;
  readonly esWall: Float64Array;
  readonly efWall: Float64Array;
  /** Summary in-node bounds handed down to children, on the summary's calendar; -Infinity = none. */
  readonly inStart: Float64Array;
  readonly inFinish: Float64Array;
  /** The summary's start bound sits at the end of a working period (an FS link's finish). */
  readonly inStartAtEnd: Uint8Array;
  /** A zero-length task shown at the end of a working period (Monday 17:00, not Tuesday 09:00). */
  readonly atEnd: Uint8Array;
  /**
   * The finish is pinned by a predecessor's start (an SF link) and is shown at that start
   * instant, as MS Project does: Monday 08:00 rather than Friday 17:00 (the same ordinal).
   */
  readonly finishAtStart: Uint8Array;
  /** Unfinished work had to move past the status date. */
  readonly behind: Uint8Array;
  /** A constraint overrode what the links asked for. */
  readonly conflict: Uint8Array;
}

/** The latest bound so far; ties prefer a start-type bound so a milestone sits at the later instant. */
interface Bound { value: number; atEnd: boolean }

function raise(b: Bound, value: number, atEnd: boolean): void {
  if (value > b.value || (value === b.value && !atEnd)) { b.value = value; b.atEnd = atEnd; }
}

/** An empty forward result for n tasks, to be filled node by node. */
export function newForward(n: number): ForwardResult {
  return {
    es: new Float64Array(n), ef: new Float64Array(n), esWall: new Float64Array(n), efWall: new Float64Array(n),
    inStart: new Float64Array(n).fill(-Infinity), inFinish: new Float64Array(n).fill(-Infinity),
    inStartAtEnd: new Uint8Array(n), atEnd: new Uint8Array(n), finishAtStart: new Uint8Array(n),
    behind: new Uint8Array(n), conflict: new Uint8Array(n),
  };
}

/** Ordinals of the project start and status date, memoised per calendar for one run. */
export interface ForwardAnchors {
  readonly start: OrdinalMemo;
  readonly status: OrdinalMemo | null;
}

export function forwardAnchors(ctx: PassContext): ForwardAnchors {
  return { start: new OrdinalMemo(ctx.projectStart), status: ctx.statusWall === null ? null : new OrdinalMemo(ctx.statusWall) };
}

/**
 * Recomputes one node (task index for a leaf or a summary's in-node, N + i for its out-node)
 * from its predecessors' current values. Returns true when anything it writes changed, so an
 * incremental run knows whether to visit the node's successors.
 */
export function forwardNode(ctx: PassContext, f: ForwardResult, node: number, anchors: ForwardAnchors): boolean {
  const n = ctx.net.taskCount;
  const i = node >= n ? node - n : node;
  if (node >= n || ctx.net.isSummary[i]) {
    if (node < n) {
      const c = f.inStart[i], d = f.inFinish[i], e = f.inStartAtEnd[i];
      summaryBounds(ctx, f, i);
      return c !== f.inStart[i] || d !== f.inFinish[i] || e !== f.inStartAtEnd[i];
    }
    const a = f.es[i], b = f.ef[i], sw = f.esWall[i], fw = f.efWall[i];
    rollUp(ctx, f, i);
    return a !== f.es[i] || b !== f.ef[i] || sw !== f.esWall[i] || fw !== f.efWall[i];
  }
  const es = f.es[i], ef = f.ef[i], sw = f.esWall[i], fw = f.efWall[i];
  const flags = leafFlags(f, i);
  f.atEnd[i] = 0;
  f.finishAtStart[i] = 0;
  f.behind[i] = 0;
  f.conflict[i] = 0;
  leaf(ctx, f, i, anchors.start, anchors.status);
  return es !== f.es[i] || ef !== f.ef[i] || sw !== f.esWall[i] || fw !== f.efWall[i] || flags !== leafFlags(f, i);
}

const leafFlags = (f: ForwardResult, i: number): number =>
  (f.atEnd[i] ?? 0) | ((f.behind[i] ?? 0) << 1) | ((f.conflict[i] ?? 0) << 2) | ((f.finishAtStart[i] ?? 0) << 3);

/** Scratch bounds: the passes are synchronous and never re-entered, so one set serves every node. */
const START_BOUND: Bound = { value: -Infinity, atEnd: false };
const FINISH_BOUND: Bound = { value: -Infinity, atEnd: true };
const BIAS: CarryBias = { atEnd: false };

function reset(b: Bound, value: number, atEnd: boolean): Bound {
  b.value = value;
  b.atEnd = atEnd;
  return b;
}

/** Gathers the start and finish bounds on a node from its incoming edges. */
function incoming(ctx: PassContext, f: ForwardResult, node: number, startB: Bound, finishB: Bound): void {
  const { net } = ctx;
  const cal = calOf(ctx, node);
  const bias = BIAS;
  for (let k = net.inStart[node] ?? 0; k < (net.inStart[node + 1] ?? 0); k++) {
    const e = net.inEdges[k] ?? 0;
    if (net.disabledEdges[e]) continue;
    const l = net.edgeLink[e] ?? -1;
    const fromNode = net.edgeFrom[e] ?? 0;
    if (l < 0) {
      const pc = calOf(ctx, fromNode);
      const atEnd = f.inStartAtEnd[fromNode] === 1;
      if (f.inStart[fromNode] !== -Infinity) raise(startB, carry(f.inStart[fromNode] ?? 0, pc, !atEnd, null, cal), atEnd);
      if (f.inFinish[fromNode] !== -Infinity) raise(finishB, carry(f.inFinish[fromNode] ?? 0, pc, false, null, cal), true);
      continue;
    }
    const p = fromNode >= net.taskCount ? fromNode - net.taskCount : fromNode;
    const type = ctx.linkTypes[l] ?? 0;
    const fromStart = codeReadsStart(type);
    const lag = ctx.linkLags[l] ?? 0;
    const value = carryLag(
      (fromStart ? f.es[p] : f.ef[p]) ?? 0, calOf(ctx, p), readAsStart(ctx, f, p, fromStart),
      lag, ctx.linkElapsed[l] === 1, ctx.projectCal, cal, bias,
    );
    // MS Project shows an SF finish at the predecessor's start instant only without a lag; a lag
    // ends at a computed instant, and a computed finish on a boundary is the end of the last work.
    raise(codeBoundsStart(type) ? startB : finishB, value, bias.atEnd || (type === SF && lag !== 0));
  }
}

/**
 * Whether to read a task's date as a start (next working instant) or a finish (end of work).
 * A milestone's start and finish are one instant, shown either at Monday 09:00 or at Friday
 * 17:00 (same ordinal); elapsed lags and other calendars must read the instant it is shown at.
 * The same holds for a finish pinned by an SF link, which is shown at the next start.
 */
export function readAsStart(ctx: PassContext, f: ForwardResult, i: number, isStart: boolean): boolean {
  // A summary is never a milestone, whatever its stored duration says: its zero span comes from
  // its children, and reading it as a milestone made a link from it depend on a stale field.
  if (ctx.inputs.has(i, MILESTONE) && ctx.net.isSummary[i] !== 1 && f.es[i] === f.ef[i]) return f.atEnd[i] === 0;
  return isStart || f.finishAtStart[i] === 1;
}

function summaryBounds(ctx: PassContext, f: ForwardResult, i: number): void {
  const startB = reset(START_BOUND, -Infinity, false);
  const finishB = reset(FINISH_BOUND, -Infinity, true);
  incoming(ctx, f, i, startB, finishB);
  const c = ctx.inputs.constraint[i];
  const d = ctx.inputs.constraintOrdinal[i] ?? 0;
  if (c === SNET || c === MSO) raise(startB, d, false);
  if (c === FNET || c === MFO) raise(finishB, d, true);
  f.inStart[i] = startB.value;
  f.inStartAtEnd[i] = startB.atEnd ? 1 : 0;
  f.inFinish[i] = finishB.value;
}

/**
 * Where a milestone child ends a summary: at the end of work before it. A milestone shown at
 * Monday 09:00 (after an FS link, or GanttProject's day) closes its summary on Friday 17:00, the
 * same working minute, as GanttProject shows (gp_HouseBuildingSample.gan 'Architectural design').
 */
export function summaryFinishOf(ctx: PassContext, f: ForwardResult, c: number, finishWall: number): number {
  if (!ctx.inputs.has(c, MILESTONE) || ctx.net.isSummary[c] === 1) return finishWall;
  return Math.min(finishWall, ctx.inputs.cal(c).finishAt(f.ef[c] ?? 0));
}

/** A summary spans its children: earliest start to latest finish. */
function rollUp(ctx: PassContext, f: ForwardResult, i: number): void {
  const { net } = ctx;
  let s = Infinity;
  let e = -Infinity;
  const inNode = i;
  for (let k = net.outStart[inNode] ?? 0; k < (net.outStart[inNode + 1] ?? 0); k++) {
    const edge = net.outEdges[k] ?? 0;
    if ((net.edgeLink[edge] ?? 0) >= 0) continue;
    const c = net.edgeTo[edge] ?? 0;
    s = Math.min(s, f.esWall[c] ?? 0);
    e = Math.max(e, summaryFinishOf(ctx, f, c, f.efWall[c] ?? 0));
  }
  e = Math.max(e, s);
  const cal = calOf(ctx, i);
  f.esWall[i] = s;
  f.efWall[i] = e;
  f.es[i] = cal.ordinalOf(s);
  f.ef[i] = cal.ordinalOf(e);
}

function leaf(ctx: PassContext, f: ForwardResult, i: number, start: OrdinalMemo, status: OrdinalMemo | null): void {
  const inp = ctx.inputs;
  const cal = inp.cal(i);
  if (inp.isFixed(i)) {
    fixedDates(f, i, inp, status);
    return;
  }
  const duration = (inp.duration[i] ?? 0) + (inp.gap[i] ?? 0);
  const startB = reset(START_BOUND, -Infinity, false);
  const finishB = reset(FINISH_BOUND, -Infinity, true);
  incoming(ctx, f, i, startB, finishB);
  // MS Project reads the project start as a floor, not as a bound that places the task; a
  // start-no-earlier-than (or finish-no-earlier-than) date replaces that floor, even before it.
  const startTyped = startB.value;
  const c = inp.constraint[i];
  if (c !== SNET && c !== FNET) raise(startB, start.on(cal), false);
  raise(startB, finishB.value - duration, finishB.atEnd);
  const linked = startB.value;
  const pct = inp.percentComplete[i] ?? 0;
  if (status && pct <= 0) raise(startB, status.on(cal), false);
  f.behind[i] = startB.value > linked ? 1 : 0;
  const delay = inp.levelingDelay[i] ?? 0;
  if (delay > 0) raise(startB, startB.value + delay, false);
  applyConstraint(f, i, inp, startB);
  const es = startB.value;
  let ef = es + duration;
  if (pct > 0 && status && pct < 100) ef = remainingAfterStatus(f, i, inp, es, status.on(cal));
  store(f, i, inp, es, ef, startB.atEnd);
  const spans = inp.assignmentSpans[i];
  if (spans && !(pct > 0 && status && pct < 100)) lastAssignmentFinish(f, i, cal, spans);
  if (!finishB.atEnd && ef === finishB.value && pinnedByFinish(inp, i, Math.max(startTyped, status?.on(cal) ?? -Infinity), es)) {
    f.finishAtStart[i] = 1;
    f.efWall[i] = cal.startAt(ef);
  }
}

/**
 * Whether only a finish bound (read at a start instant: an SF link) placed the task: MS Project
 * then shows the finish at that instant. A start-type bound (an FS or SS link, the status date,
 * an SNET date) reaching the same start keeps the usual end-of-work finish; the project start
 * does not (mpxj_legacy-sample.xml 'Related Task 6b' vs mpxj_task-links-project2013 UID 12).
 */
function pinnedByFinish(inp: InputTable, i: number, startTyped: number, es: number): boolean {
  if (inp.has(i, MILESTONE) || (inp.levelingDelay[i] ?? 0) > 0 || startTyped >= es) return false;
  const c = inp.constraint[i];
  if (c === SNET) return (inp.constraintOrdinal[i] ?? 0) < es;
  return c === ASAP || c === ALAP;
}

/**
 * People on different calendars: each assignment starts at the task's start on its person's
 * calendar and the task finishes when the last one does (mpxj_legacy-sample.xml 'Second Task':
 * a day-shift and a night-shift person, finishing Tuesday 08:00 with the night shift). The wall
 * finish is kept as computed: on the task's calendar it may be an instant the ordinal cannot show.
 */
function lastAssignmentFinish(f: ForwardResult, i: number, cal: WorkingCalendar, spans: readonly AssignmentSpan[]): void {
  const startWall = f.esWall[i] ?? 0;
  let finish = startWall;
  for (const s of spans) finish = Math.max(finish, s.cal.finishAt(s.cal.ordinalOf(startWall) + s.minutes));
  f.ef[i] = cal.ordinalOf(finish);
  f.efWall[i] = finish;
}

/** Constraints win over links (MS Project's "tasks honour their constraint dates"); a loss is flagged. */
function applyConstraint(f: ForwardResult, i: number, inp: InputTable, b: Bound): void {
  const c = inp.constraint[i] ?? ASAP;
  if (c === ASAP || c === ALAP) return;
  const d = inp.constraintOrdinal[i] ?? 0;
  const atEnd = inp.has(i, CONSTRAINT_AT_END);
  const asStart = c === FNET || c === FNLT || c === MFO ? d - (inp.duration[i] ?? 0) - (inp.gap[i] ?? 0) : d;
  if (c === SNET || c === FNET) {
    raise(b, asStart, atEnd);
    return;
  }
  // SNLT, FNLT, MSO, MFO: an upper bound, or a fixed date for the "must" ones.
  if (b.value > asStart) f.conflict[i] = 1;
  if (b.value > asStart || c === MSO || c === MFO) {
    b.value = asStart;
    b.atEnd = atEnd;
  }
}

/** Work done so far stays where it was; what is left resumes after the status date. */
function remainingAfterStatus(f: ForwardResult, i: number, inp: InputTable, es: number, statusOrdinal: number): number {
  const duration = inp.duration[i] ?? 0;
  const span = duration + (inp.gap[i] ?? 0);
  const done = Math.round((duration * (inp.percentComplete[i] ?? 0)) / 100);
  if (es + done >= statusOrdinal) return es + span;
  f.behind[i] = 1;
  return statusOrdinal + (span - done);
}

function fixedDates(f: ForwardResult, i: number, inp: InputTable, status: OrdinalMemo | null): void {
  const cal = inp.cal(i);
  const hasStart = inp.has(i, ACTUAL_START);
  const hasFinish = inp.has(i, ACTUAL_FINISH);
  if (inp.has(i, MANUAL) && !hasStart && !hasFinish) {
    const ms = inp.manualStart[i] ?? 0;
    const mf = inp.manualFinish[i] ?? 0;
    f.es[i] = cal.ordinalOf(ms);
    f.ef[i] = Math.max(f.es[i] ?? 0, cal.ordinalOf(mf));
    f.esWall[i] = ms;
    f.efWall[i] = Math.max(ms, mf);
    return;
  }
  const duration = (inp.duration[i] ?? 0) + (inp.gap[i] ?? 0);
  const finish = hasFinish ? cal.ordinalOf(inp.actualFinish[i] ?? 0) : null;
  const es = hasStart ? cal.ordinalOf(inp.actualStart[i] ?? 0) : (finish ?? 0) - duration;
  let ef = finish ?? es + duration;
  if (finish === null && status && (inp.percentComplete[i] ?? 0) < 100) ef = remainingAfterStatus(f, i, inp, es, status.on(cal));
  store(f, i, inp, es, Math.max(es, ef), false);
  if (hasStart) f.esWall[i] = inp.actualStart[i] ?? 0;
  if (hasFinish) f.efWall[i] = Math.max(f.esWall[i] ?? 0, inp.actualFinish[i] ?? 0);
}

function store(f: ForwardResult, i: number, inp: InputTable, es: number, ef: number, atEnd: boolean): void {
  f.es[i] = es;
  f.ef[i] = ef;
  const cal = inp.cal(i);
  if (es === ef && inp.has(i, MILESTONE)) {
    f.atEnd[i] = atEnd ? 1 : 0;
    f.esWall[i] = f.efWall[i] = atEnd ? cal.finishAt(es) : cal.startAt(es);
    return;
  }
  f.esWall[i] = cal.startAt(es);
  f.efWall[i] = cal.finishAt(ef);
}

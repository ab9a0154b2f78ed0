/**
 * The engine's forward and late passes (schedule/forward-pass.ts, backward-pass.ts) restated for
 * Monte Carlo: the same bounds, ties, constraints, status-date and SF rules on ordinals over
 * pre-resolved typed arrays, computing only what an iteration reads (early dates, the flags that
 * decide how a date is shown, the project finish, late dates for criticality). No object is made
 * per iteration and no wall date is computed except where a result needs one: a leaf's finish is
 * an ordinal plus whether it is shown at the end of work or at the next start, and the project
 * finish is the latest of those per calendar (finishAt(x) <= startAt(x) < finishAt(x + 1)).
 * Nodes the lean network marks OP_ENGINE run through the engine's own forwardNode; edges that are
 * not plain addition go through the engine's carry. test/unit/domain/simulation/lean-passes.test.ts
 * checks every date against the engine's passes on generated plans.
 */
import { forwardAnchors, forwardNode, newForward } from '../schedule/forward-pass';
import { ALAP, ASAP, CONSTRAINT_AT_END, FNET, FNLT, MFO, MILESTONE, MSO, SNET, SNLT } from '../schedule/inputs';
import { carry, carryLag, FS, SF, SS } from '../schedule/link-math';
import { OP_ENGINE, OP_LEAF, OP_SUMMARY_IN, PARENT_EDGE, type LeanNetwork } from './lean-network';

export interface LeanPasses {
  /** Early dates with these durations (working minutes per task index); returns the project finish, wall minutes. */
  forward(durations: Float64Array): number;
  /** Late dates after forward(); sets critical[i] = 1 for unfinished leaves with no total slack, else 0. */
  late(finishWall: number, critical: Uint8Array): void;
  /** A leaf's early finish in wall minutes after forward(). */
  finishWall(i: number): number;
}

/** Bounds being gathered on one node: the passes are synchronous, so one set serves all nodes. */
class Bounds {
  sV = -Infinity;
  sE = false;
  fV = -Infinity;
  fE = true;
  reset(): void { this.sV = -Infinity; this.sE = false; this.fV = -Infinity; this.fE = true; }
  /** The latest bound wins; on a tie a start-type (not at-end) bound wins, as forward-pass.ts raise(). */
  start(v: number, atEnd: boolean): void { if (v > this.sV || (v === this.sV && !atEnd)) { this.sV = v; this.sE = atEnd; } }
  finish(v: number, atEnd: boolean): void { if (v > this.fV || (v === this.fV && !atEnd)) { this.fV = v; this.fE = atEnd; } }
}

export function leanPasses(ln: LeanNetwork): LeanPasses {
  const f = newForward(ln.n);
  const wallBit = new Uint8Array(ln.n);
  const forward = forwardPass(ln, f, wallBit);
  const late = latePass(ln, f);
  return {
    forward: (durations) => { ln.ctx.inputs.duration.set(durations); return forward(); },
    late,
    finishWall: (i) => {
      if (ln.isEngineLeaf[i]) return f.efWall[i]!;
      const cal = ln.cals[ln.calIndex[i]!]!;
      return wallBit[i] ? cal.startAt(f.ef[i]!) : cal.finishAt(f.ef[i]!);
    },
  };
}

function forwardPass(ln: LeanNetwork, f: ReturnType<typeof newForward>, wallBit: Uint8Array): () => number {
  const { n, ctx, order, ops, into, cals, calIndex, startOrdinal, statusOrdinal, hasStatus, needsWalls, childStart, children } = ln;
  const inp = ctx.inputs;
  const { duration, gap, flags, constraint, constraintOrdinal: cOrd, percentComplete, levelingDelay } = inp;
  const { es, ef, esWall, efWall, atEnd, finishAtStart, inStart, inFinish, inStartAtEnd } = f;
  const anchors = forwardAnchors(ctx);
  const b = new Bounds();
  const bias = { atEnd: false };
  const bestOrd = new Float64Array(cals.length);
  const bestBit = new Uint8Array(cals.length);
  let engineFinish = -Infinity;

  const incoming = (i: number): void => {
    b.reset();
    const cal = cals[calIndex[i]!]!;
    for (let k = into.start[i]!, end = into.start[i + 1]!; k < end; k++) {
      const p = into.task[k]!;
      const kind = into.kind[k]!;
      if (kind === PARENT_EDGE) {
        const s = inStart[p]!;
        const pe = inStartAtEnd[p] === 1;
        if (s !== -Infinity) b.start(into.simple[k] ? s : carry(s, cals[calIndex[p]!]!, !pe, null, cal), pe);
        const fi = inFinish[p]!;
        if (fi !== -Infinity) b.finish(into.simple[k] ? fi : carry(fi, cals[calIndex[p]!]!, false, null, cal), true);
        continue;
      }
      const fromStart = kind === SS || kind === SF;
      // forward-pass.ts readAsStart: a milestone reads as shown; an SF-pinned finish as a start.
      const asStart = (flags[p]! & MILESTONE) !== 0 && es[p] === ef[p] ? atEnd[p] === 0 : fromStart || finishAtStart[p] === 1;
      const from = fromStart ? es[p]! : ef[p]!;
      const lag = into.lag[k]!;
      let v: number;
      let e: boolean;
      if (into.simple[k]) {
        v = from + lag;
        e = !asStart;
      } else {
        v = carryLag(from, cals[calIndex[p]!]!, asStart, lag, into.elapsed[k] === 1, ctx.projectCal, cal, bias);
        e = bias.atEnd;
      }
      if (kind === SF && lag !== 0) e = true;
      if (kind === FS || kind === SS) b.start(v, e);
      else b.finish(v, e);
    }
  };

  /** forward-pass.ts applyConstraint: constraints win over links. */
  const constrain = (i: number, c: number, span: number): void => {
    const d = cOrd[i]!;
    const atEndC = (flags[i]! & CONSTRAINT_AT_END) !== 0;
    const asStart = c === FNET || c === FNLT || c === MFO ? d - span : d;
    if (c === SNET || c === FNET) b.start(asStart, atEndC);
    else if (b.sV > asStart || c === MSO || c === MFO) { b.sV = asStart; b.sE = atEndC; }
  };

  /** forward-pass.ts pinnedByFinish. */
  const pinned = (i: number, c: number, startTyped: number, s: number): boolean => {
    if ((flags[i]! & MILESTONE) !== 0 || levelingDelay[i]! > 0 || startTyped >= s) return false;
    if (c === SNET) return cOrd[i]! < s;
    return c === ASAP || c === ALAP;
  };

  const leaf = (i: number): void => {
    const span = duration[i]! + gap[i]!;
    incoming(i);
    const startTyped = b.sV;
    const c = constraint[i]!;
    if (c !== SNET && c !== FNET) b.start(startOrdinal[i]!, false);
    b.start(b.fV - span, b.fE);
    const pct = percentComplete[i]!;
    const status = statusOrdinal[i]!;
    if (hasStatus && pct <= 0) b.start(status, false);
    const delay = levelingDelay[i]!;
    if (delay > 0) b.start(b.sV + delay, false);
    if (c !== ASAP && c !== ALAP) constrain(i, c, span);
    const s = b.sV;
    let e = s + span;
    if (pct > 0 && hasStatus && pct < 100) {
      const done = Math.round((duration[i]! * pct) / 100);
      if (s + done < status) e = status + (span - done);
    }
    es[i] = s;
    ef[i] = e;
    const isMilestoneAt = (flags[i]! & MILESTONE) !== 0 && s === e;
    atEnd[i] = isMilestoneAt && b.sE ? 1 : 0;
    const isPinned = !b.fE && e === b.fV && pinned(i, c, hasStatus ? Math.max(startTyped, status) : startTyped, s);
    finishAtStart[i] = isPinned ? 1 : 0;
    // 1: shown at the next working start (startAt), 0: at the end of work (finishAt).
    const bit = isMilestoneAt ? (b.sE ? 0 : 1) : isPinned ? 1 : 0;
    wallBit[i] = bit;
    const g = calIndex[i]!;
    if (e > bestOrd[g]! || (e === bestOrd[g] && bit > bestBit[g]!)) { bestOrd[g] = e; bestBit[g] = bit; }
    if (needsWalls[i]) {
      const cal = cals[g]!;
      esWall[i] = isMilestoneAt && b.sE ? cal.finishAt(s) : cal.startAt(s);
      efWall[i] = bit ? cal.startAt(e) : cal.finishAt(e);
    }
  };

  const summaryIn = (i: number): void => {
    incoming(i);
    const c = constraint[i]!;
    const d = cOrd[i]!;
    if (c === SNET || c === MSO) b.start(d, false);
    if (c === FNET || c === MFO) b.finish(d, true);
    inStart[i] = b.sV;
    inStartAtEnd[i] = b.sE ? 1 : 0;
    inFinish[i] = b.fV;
  };

  /** A summary's ordinals when every child shares its calendar: min start, max finish. */
  const summaryOut = (i: number): void => {
    let s = Infinity;
    let e = -Infinity;
    for (let k = childStart[i]!, end = childStart[i + 1]!; k < end; k++) {
      const c = children[k]!;
      if (es[c]! < s) s = es[c]!;
      if (ef[c]! > e) e = ef[c]!;
    }
    es[i] = s;
    ef[i] = e > s ? e : s;
  };

  return () => {
    bestOrd.fill(-Infinity);
    bestBit.fill(0);
    engineFinish = -Infinity;
    for (let k = 0; k < order.length; k++) {
      const node = order[k]!;
      const op = ops[k]!;
      if (op === OP_LEAF) leaf(node);
      else if (op === OP_SUMMARY_IN) summaryIn(node);
      else if (op === OP_ENGINE) {
        forwardNode(ctx, f, node, anchors);
        if (node < n && efWall[node]! > engineFinish) engineFinish = efWall[node]!;
      } else summaryOut(node - n);
    }
    let finish = Math.max(ctx.projectStart, engineFinish);
    for (let g = 0; g < cals.length; g++) {
      const best = bestOrd[g]!;
      if (best === -Infinity) continue;
      const wall = bestBit[g] ? cals[g]!.startAt(best) : cals[g]!.finishAt(best);
      if (wall > finish) finish = wall;
    }
    return finish;
  };
}

function latePass(ln: LeanNetwork, f: ReturnType<typeof newForward>): LeanPasses['late'] {
  const { n, ctx, order, out, cals, calIndex, isLeaf, childStart, children } = ln;
  const { constraint, constraintOrdinal: cOrd, deadlineOrdinal, percentComplete } = ctx.inputs;
  const { es, ef } = f;
  const ls = new Float64Array(n);
  const lf = new Float64Array(n);
  const outStart = new Float64Array(n);
  const outFinish = new Float64Array(n);
  const finishOrd = new Float64Array(cals.length);
  let limS = Infinity;
  let limF = Infinity;

  /** backward-pass.ts outgoing, without free slack: upper bounds from successors and the summary above. */
  const outgoing = (i: number): void => {
    const cal = cals[calIndex[i]!]!;
    for (let k = out.start[i]!, end = out.start[i + 1]!; k < end; k++) {
      const t = out.task[k]!;
      const kind = out.kind[k]!;
      if (kind === PARENT_EDGE) {
        const a = outStart[t]!;
        if (a !== Infinity) limS = Math.min(limS, out.simple[k] ? a : carry(a, cals[calIndex[t]!]!, true, null, cal));
        const z = outFinish[t]!;
        if (z !== Infinity) limF = Math.min(limF, out.simple[k] ? z : carry(z, cals[calIndex[t]!]!, true, null, cal));
        continue;
      }
      const value = kind === FS || kind === SS ? ls[t]! : lf[t]!;
      const lag = out.lag[k]!;
      const bound = out.simple[k] ? value - lag : carryLag(value, cals[calIndex[t]!]!, true, -lag, out.elapsed[k] === 1, ctx.projectCal, cal);
      if (kind === SS || kind === SF) limS = Math.min(limS, bound);
      else limF = Math.min(limF, bound);
    }
  };

  const leaf = (i: number): void => {
    const span = ef[i]! - es[i]!;
    limS = Infinity;
    limF = Math.min(finishOrd[calIndex[i]!]!, deadlineOrdinal[i]!);
    outgoing(i);
    let late = Math.min(limF, limS + span);
    const c = constraint[i]!;
    const d = cOrd[i]!;
    if (c === SNLT) late = Math.min(late, d + span);
    else if (c === FNLT) late = Math.min(late, d);
    else if (c === MSO) late = d + span;
    else if (c === MFO) late = d;
    lf[i] = late;
    ls[i] = late - span;
  };

  const summaryOut = (i: number): void => {
    limS = Infinity;
    limF = deadlineOrdinal[i]!;
    outgoing(i);
    const c = constraint[i]!;
    const d = cOrd[i]!;
    if (c === SNLT || c === MSO) limS = Math.min(limS, d);
    if (c === FNLT || c === MFO) limF = Math.min(limF, d);
    outStart[i] = limS;
    outFinish[i] = limF;
  };

  const summaryIn = (i: number): void => {
    const cal = cals[calIndex[i]!]!;
    let s = Infinity;
    let e = Infinity;
    for (let k = childStart[i]!, end = childStart[i + 1]!; k < end; k++) {
      const c = children[k]!;
      const same = calIndex[c] === calIndex[i];
      s = Math.min(s, same ? ls[c]! : carry(ls[c]!, cals[calIndex[c]!]!, true, null, cal));
      e = Math.min(e, same ? lf[c]! : carry(lf[c]!, cals[calIndex[c]!]!, true, null, cal));
    }
    ls[i] = s;
    lf[i] = e;
  };

  return (finishWall, critical) => {
    for (let g = 0; g < cals.length; g++) finishOrd[g] = cals[g]!.ordinalOf(finishWall);
    for (let k = order.length - 1; k >= 0; k--) {
      const node = order[k]!;
      if (node >= n) summaryOut(node - n);
      else if (isLeaf[node]) leaf(node);
      else summaryIn(node);
    }
    // Critical as results.ts marks it: total slack <= 0 on an unfinished leaf.
    for (let i = 0; i < n; i++) {
      critical[i] = isLeaf[i] && percentComplete[i]! < 100 && Math.min(ls[i]! - es[i]!, lf[i]! - ef[i]!) <= 0 ? 1 : 0;
    }
  };
}

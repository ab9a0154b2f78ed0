/**
 * The network's enabled edges regrouped per task for the lean passes, each resolved once: the
 * task at the other end, the link type (or the summary edge), the lag and whether crossing the
 * edge is plain addition. The engine's carry (link-math.ts) adds ordinals only when the
 * predecessor and successor share a calendar and the lag is none or working time on that same
 * calendar (working lags are measured on the project calendar); every other edge is crossed
 * with the engine's own carry in the lean passes.
 */
import type { PassContext } from '../schedule/pass-context';

/** Edge kind for a summary-to-child (or child-to-summary) edge; links use link-math's FS..SF. */
export const PARENT_EDGE = 4;

export interface EdgeLists {
  /** CSR: task i's edges are [start[i], start[i + 1]). */
  readonly start: Int32Array;
  /** The task at the other end (predecessor or parent for `into`, successor or parent for `out`). */
  readonly task: Int32Array;
  readonly kind: Uint8Array;
  readonly lag: Float64Array;
  readonly elapsed: Uint8Array;
  readonly simple: Uint8Array;
}

interface Edge { task: number; kind: number; lag: number; elapsed: number }

function lists(ctx: PassContext, perTask: readonly Edge[][]): EdgeLists {
  const n = perTask.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + perTask[i]!.length;
  const m = start[n]!;
  const out = { start, task: new Int32Array(m), kind: new Uint8Array(m), lag: new Float64Array(m), elapsed: new Uint8Array(m), simple: new Uint8Array(m) };
  const project = ctx.projectCal;
  for (let i = 0; i < n; i++) {
    let k = start[i]!;
    const cal = ctx.inputs.cal(i);
    for (const e of perTask[i]!) {
      const other = ctx.inputs.cal(e.task);
      out.task[k] = e.task;
      out.kind[k] = e.kind;
      out.lag[k] = e.lag;
      out.elapsed[k] = e.elapsed;
      out.simple[k] = other === cal && (e.lag === 0 || (e.elapsed === 0 && cal === project)) ? 1 : 0;
      k++;
    }
  }
  return out;
}

/** Edges into each task's in-node and out of each task's out-node, enabled ones only. */
export function linkSuccessorEdges(ctx: PassContext): { into: EdgeLists; out: EdgeLists } {
  const { net } = ctx;
  const n = net.taskCount;
  const into: Edge[][] = Array.from({ length: n }, () => []);
  const out: Edge[][] = Array.from({ length: n }, () => []);
  const taskOf = (node: number): number => (node >= n ? node - n : node);
  for (let e = 0; e < net.edgeFrom.length; e++) {
    if (net.disabledEdges[e]) continue;
    const from = net.edgeFrom[e]!;
    const to = net.edgeTo[e]!;
    const l = net.edgeLink[e]!;
    if (l >= 0) {
      const spec = { kind: ctx.linkTypes[l]!, lag: ctx.linkLags[l]!, elapsed: ctx.linkElapsed[l]! };
      into[to]!.push({ task: taskOf(from), ...spec });
      out[taskOf(from)]!.push({ task: to, ...spec });
    } else if (to < n) {
      // parent in-node -> child in-node
      into[to]!.push({ task: from, kind: PARENT_EDGE, lag: 0, elapsed: 0 });
    } else {
      // child out-node -> parent out-node
      out[taskOf(from)]!.push({ task: to - n, kind: PARENT_EDGE, lag: 0, elapsed: 0 });
    }
  }
  return { into: lists(ctx, into), out: lists(ctx, out) };
}

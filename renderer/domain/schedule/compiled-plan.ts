/**
 * The engine's compiled network opened up for repeated runs with other durations (schedule risk
 * analysis). It is built by the same steps as the scheduler (network, link specs, decoded inputs,
 * the same forward and late passes), so a simulated iteration follows every rule a scheduled plan
 * does (calendars, link types, lags, constraints, progress). What it leaves out is everything an
 * iteration does not read: result rows, summaries' roll-up rows, ALAP placement, over-allocation.
 */
import { compileCalendars, parseWall, statusInstant } from '../calendar';
import type { Plan, Task, TaskId } from '../model';
import { backwardNode, newBackward, type BackwardResult } from './backward-pass';
import { projectFinish } from './engine';
import { forwardAnchors, forwardNode, newForward, type ForwardAnchors, type ForwardResult } from './forward-pass';
import { assignmentsByTask, InputTable, MILESTONE } from './inputs';
import { buildNetwork } from './network';
import { OrdinalMemo, type PassContext } from './pass-context';
import { linkSpecs } from './plan-diff';
import type { ScheduleOptions } from './types';

export interface CompiledPlan {
  readonly taskCount: number;
  /** Task ids in the network's dense index order. */
  readonly ids: readonly TaskId[];
  readonly tasks: readonly Task[];
  /** 1 for a leaf task (not a summary). */
  readonly isLeaf: Uint8Array;
  readonly isMilestone: Uint8Array;
  /** Each task's own duration, working minutes on its calendar (0 for milestones). */
  readonly baseDuration: Float64Array;
  readonly percentComplete: Float64Array;
  /** Working minutes on the project calendar from the project start to a wall instant. */
  workFromStart(wall: number): number;
  /**
   * The wall instant by which `work` working minutes on the project calendar from the project
   * start are done: on a boundary, the end of that day's work (Monday 17:00, not Tuesday 9:00).
   */
  wallAtWork(work: number): number;
  /** Runs the forward pass (and the late pass when `late`) with these durations; reuses its arrays. */
  run(durations: Float64Array, late: boolean): PassOutcome;
  /**
   * What the engine's passes read (network, decoded inputs, links, calendars), for the lean
   * passes of the simulation (simulation/lean-passes.ts) that follow the same rules.
   */
  readonly context: PassContext;
}

export interface PassOutcome {
  /** Project finish, wall minutes. */
  readonly finishWall: number;
  readonly forward: ForwardResult;
  /** Late dates; valid only after a run with `late`. */
  readonly backward: BackwardResult;
}

/** Compiles a plan once for many runs. Loops are broken as the scheduler breaks them. */
export function compilePlan(plan: Plan, options: ScheduleOptions = {}): CompiledPlan {
  const net = buildNetwork(plan);
  const cals = compileCalendars(plan);
  const byTask = assignmentsByTask(plan);
  const inputs = new InputTable(net.taskCount);
  for (let i = 0; i < net.taskCount; i++) {
    const task = net.tasks[i] as Task;
    inputs.decode(i, plan, cals, task, byTask.get(task.id) ?? []);
  }
  const links = linkSpecs(net, null);
  const statusDate = options.statusDate ?? plan.project.statusDate;
  const ctx: PassContext = {
    net, inputs, linkTypes: links.types, linkLags: links.lags, linkElapsed: links.elapsed, projectCal: cals.project,
    projectStart: parseWall(plan.project.start), statusWall: statusDate === null ? null : statusInstant(statusDate),
  };
  const n = net.taskCount;
  const isLeaf = new Uint8Array(n);
  const isMilestone = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    isLeaf[i] = net.isSummary[i] ? 0 : 1;
    isMilestone[i] = isLeaf[i] && inputs.has(i, MILESTONE) ? 1 : 0;
  }
  return {
    taskCount: n, ids: net.tasks.map((t) => t.id), tasks: net.tasks, isLeaf, isMilestone,
    baseDuration: inputs.duration.slice(), percentComplete: inputs.percentComplete.slice(),
    run: runner(ctx), context: ctx,
    workFromStart: (wall) => cals.project.ordinalOf(wall) - cals.project.ordinalOf(ctx.projectStart),
    wallAtWork: (work) => cals.project.finishAt(cals.project.ordinalOf(ctx.projectStart) + work),
  };
}

function runner(ctx: PassContext): CompiledPlan['run'] {
  const n = ctx.net.taskCount;
  const forward = newForward(n);
  const backward = newBackward(n);
  const anchors: ForwardAnchors = forwardAnchors(ctx);
  const order = ctx.net.order;
  return (durations, late) => {
    // The decoded inputs belong to this compiled plan alone: durations are written in place.
    ctx.inputs.duration.set(durations);
    for (let k = 0; k < order.length; k++) forwardNode(ctx, forward, order[k] ?? 0, anchors);
    const finishWall = projectFinish(ctx, forward);
    if (late) {
      const finish = new OrdinalMemo(finishWall);
      for (let k = order.length - 1; k >= 0; k--) backwardNode(ctx, forward, backward, order[k] ?? 0, finish, 'late');
    }
    return { finishWall, forward, backward };
  };
}

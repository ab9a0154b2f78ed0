/**
 * The import worker warms its parsers on plans of its own while a file dialog is open: every
 * warm-up read must succeed (a warm-up that fails early warms nothing), and a job that arrives
 * stops it before its next step.
 */
import { describe, expect, it } from 'vitest';
import { admitPlan } from '../../../../renderer/domain/formats';
import { runWarmUp, WARM_UP_DELAY_MS, WARM_UP_READS, warmUpPlan, warmUpSteps } from '../../../../renderer/features/files/parser-warm-up';

describe('parser warm-up', () => {
  it('makes a valid plan with summaries, milestones, constraints and links', () => {
    const plan = warmUpPlan(250);
    const tasks = Object.values(plan.tasks);
    expect(tasks).toHaveLength(250);
    expect(tasks.filter((t) => t.kind === 'summary')).toHaveLength(25);
    expect(tasks.some((t) => t.kind === 'milestone')).toBe(true);
    expect(tasks.some((t) => t.constraint !== null)).toBe(true);
    expect(Object.keys(plan.links).length).toBeGreaterThan(150);
    const admitted = admitPlan(plan, 'stored');
    expect(admitted.ok && admitted.value.warnings).toEqual([]);
  });

  it('reads every warm-up file back', () => {
    const steps = warmUpSteps();
    expect(steps).toHaveLength(WARM_UP_READS.length);
    expect(steps.map((step) => step())).toEqual(steps.map(() => true));
  });

  it('waits before its first step, then runs one step per task, and stops before the next step when asked', () => {
    const queued: (() => void)[] = [];
    const delays: number[] = [];
    const ran: number[] = [];
    const steps = [0, 1, 2, 3].map((i) => () => ran.push(i));
    const warmUp = runWarmUp(steps, (next, ms) => { queued.push(next); delays.push(ms); });
    expect(ran).toEqual([]);
    expect(delays).toEqual([WARM_UP_DELAY_MS]);
    queued.shift()?.();
    queued.shift()?.();
    expect(ran).toEqual([0, 1]);
    expect(delays).toEqual([WARM_UP_DELAY_MS, 0, 0]);
    warmUp.stop();
    while (queued.length > 0) queued.shift()?.();
    expect(ran).toEqual([0, 1]);
  });

  it('runs out after the last step', () => {
    const queued: (() => void)[] = [];
    const ran: number[] = [];
    runWarmUp([() => ran.push(0), () => ran.push(1)], (next) => queued.push(next));
    for (let i = 0; i < 10 && queued.length > 0; i++) queued.shift()?.();
    expect(ran).toEqual([0, 1]);
    expect(queued).toEqual([]);
  });
});

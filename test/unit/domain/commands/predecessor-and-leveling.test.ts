import { describe, expect, it } from 'vitest';
import {
  addResource, clearLeveling, insertTask, levelResources, runCommand, setAssignees, setPredecessors,
} from '../../../../renderer/domain/commands';
import { formatPredecessor, parsePredecessors, type Plan, type ResourceId, type TaskId } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const units = { minutesPerDay: 480, minutesPerWeek: 2400 };

function chain(names: readonly string[]): Plan {
  const ctx = testContext('t');
  let plan = blankPlan();
  for (const name of names) plan = runOk(insertTask, plan, { name }, ctx).plan;
  return plan;
}

describe('predecessor text', () => {
  it('reads MS Project style entries', () => {
    expect(parsePredecessors('3FS+2d, 5ss-1d; 7, 2FF+1ed', units)).toEqual({
      ok: true,
      value: [
        { row: 3, type: 'FS', lagMinutes: 960, lagIsElapsed: false, entry: '3FS+2d', lagText: '2d' },
        { row: 5, type: 'SS', lagMinutes: -480, lagIsElapsed: false, entry: '5ss-1d', lagText: '1d' },
        { row: 7, type: 'FS', lagMinutes: 0, lagIsElapsed: false, entry: '7' },
        { row: 2, type: 'FF', lagMinutes: 1440, lagIsElapsed: true, entry: '2FF+1ed', lagText: '1ed' },
      ],
    });
  });

  it('names the entry it cannot read', () => {
    const bad = parsePredecessors('3, next', units);
    expect(bad.ok || bad.error.message).toBe("'next' is not a predecessor. Write a row number with an optional type and lag, e.g. 3FS+2d.");
    const lag = parsePredecessors('3FS+soon', units);
    expect(lag.ok || lag.error.message).toBe("'soon' in '3FS+soon' is not a lag such as 2d, 4h or 1ed.");
  });

  it('writes entries back the way it reads them', () => {
    expect(formatPredecessor(3, { type: 'FS', lagMinutes: 0, lagIsElapsed: false }, units)).toBe('3');
    expect(formatPredecessor(3, { type: 'SS', lagMinutes: 480, lagIsElapsed: false }, units)).toBe('3SS+1d');
    expect(formatPredecessor(4, { type: 'FS', lagMinutes: -240, lagIsElapsed: false }, units)).toBe('4FS-4h');
    expect(formatPredecessor(2, { type: 'FF', lagMinutes: 1440, lagIsElapsed: true }, units)).toBe('2FF+1ed');
  });
});

describe('setPredecessors', () => {
  it('adds, retypes and removes incoming links in one undoable edit', () => {
    const plan = chain(['Design', 'Build', 'Test']);
    const [design, build, test] = ['Design', 'Build', 'Test'].map((n) => taskByName(plan, n).id) as [TaskId, TaskId, TaskId];
    const first = runOk(setPredecessors, plan, { taskId: test, predecessors: [
      { predecessorId: design, type: 'FS', lagMinutes: 0, lagIsElapsed: false },
      { predecessorId: build, type: 'SS', lagMinutes: 480, lagIsElapsed: false },
    ] }, testContext('l'));
    expect(Object.values(first.plan.links).map((l) => `${l.predecessorId}>${l.successorId} ${l.type}${String(l.lagMinutes)}`).sort())
      .toEqual([`${design}>${test} FS0`, `${build}>${test} SS480`].sort());
    const second = runOk(setPredecessors, first.plan, { taskId: test, predecessors: [
      { predecessorId: build, type: 'FS', lagMinutes: -240, lagIsElapsed: false },
    ] });
    expect(Object.values(second.plan.links).map((l) => `${l.predecessorId}>${l.successorId} ${l.type}${String(l.lagMinutes)}`))
      .toEqual([`${build}>${test} FS-240`]);
    expect(second.label).toBe('Change predecessors');
  });

  it('refuses a loop and leaves every link as it was', () => {
    const plan = chain(['Design', 'Build']);
    const [design, build] = ['Design', 'Build'].map((n) => taskByName(plan, n).id) as [TaskId, TaskId];
    const linked = runOk(setPredecessors, plan, { taskId: build, predecessors: [{ predecessorId: design, type: 'FS', lagMinutes: 0, lagIsElapsed: false }] }).plan;
    const loop = runCommand(setPredecessors, linked, { taskId: design, predecessors: [{ predecessorId: build, type: 'FS', lagMinutes: 0, lagIsElapsed: false }] }, testContext());
    expect(loop.ok).toBe(false);
    expect(loop.ok || loop.error.message).toContain("#2 'Build' → #1 'Design' → #2 'Build'");
  });
});

describe('leveling commands', () => {
  function overAllocated(): Plan {
    const ctx = testContext('x');
    let plan = chain(['Backend', 'Frontend']);
    const ana = 'r-ana' as ResourceId;
    plan = runOk(addResource, plan, { id: ana, fields: { name: 'Ana Souza' } }, ctx).plan;
    for (const name of ['Backend', 'Frontend']) plan = runOk(setAssignees, plan, { taskId: taskByName(plan, name).id, resourceIds: [ana] }, ctx).plan;
    return plan;
  }

  it('delays one of two parallel tasks given to the same person, and clears it again', () => {
    const plan = overAllocated();
    expect(scheduleProject(plan).issues.some((i) => i.kind === 'over-allocation')).toBe(true);
    const leveled = runOk(levelResources, plan, {});
    expect(leveled.label).toBe('Level resources');
    const delays = Object.values(leveled.plan.tasks).map((t) => t.levelingDelayMinutes ?? 0).sort((a, b) => a - b);
    expect(delays[0]).toBe(0);
    expect(delays[1]).toBeGreaterThan(0);
    expect(scheduleProject(leveled.plan).issues.some((i) => i.kind === 'over-allocation')).toBe(false);
    const cleared = runOk(clearLeveling, leveled.plan, {});
    expect(Object.values(cleared.plan.tasks).every((t) => (t.levelingDelayMinutes ?? 0) === 0)).toBe(true);
  });

  it('says so when there is nothing to level', () => {
    const result = runCommand(levelResources, chain(['Solo']), {}, testContext());
    expect(result.ok || result.error.message).toBe('Nothing to level: no one is over-allocated, or no task can move.');
    expect(runCommand(clearLeveling, chain(['Solo']), {}, testContext()).ok).toBe(false);
  });
});

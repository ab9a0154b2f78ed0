import { describe, expect, it } from 'vitest';
import { addPhase, insertTask, updatePhase, updateTask } from '../../../../renderer/domain/commands';
import { namedPhaseWindows } from '../../../../renderer/domain/lifecycle';
import { sequentialIds, withDefaultPhases, type PhaseId, type Plan, type TaskId } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { blankPlan, runOk } from '../../../support/plan-builder';

const DAY = 480;

/** Release (summary) > Code 3d, then Hypercare 2d after it; from Mon 2 Mar 2026. */
function twoTasks(plan: Plan): Plan {
  let p = runOk(insertTask, plan, { id: 't-rel' as TaskId, name: 'Release' }).plan;
  p = runOk(insertTask, p, { id: 't-code' as TaskId, name: 'Code', parentId: 't-rel' as TaskId, fields: { durationMinutes: 3 * DAY } }).plan;
  p = runOk(insertTask, p, { id: 't-care' as TaskId, name: 'Watch', fields: { durationMinutes: 2 * DAY, start: '2026-03-05T09:00' as never, constraint: { type: 'SNET', date: '2026-03-05T09:00' as never } } }).plan;
  return p;
}

describe('namedPhaseWindows (the portfolio\'s bands)', () => {
  it('names each band by the project\'s own phases: renamed, added, in their order; a subtask counts in its summary\'s phase', () => {
    let plan = twoTasks(withDefaultPhases(blankPlan(), sequentialIds('ph-')));
    const execution = Object.values(plan.phases).find((p) => p.name === 'Execution')!.id;
    plan = runOk(updatePhase, plan, { id: execution, changes: { name: 'Build & ship' } }).plan;
    plan = runOk(addPhase, plan, { id: 'ph-care' as PhaseId, name: 'Hypercare' }).plan;
    plan = runOk(updateTask, plan, { id: 't-rel' as TaskId, changes: { phaseId: execution, phase: 'execution' } }).plan;
    plan = runOk(updateTask, plan, { id: 't-care' as TaskId, changes: { phaseId: 'ph-care' as PhaseId, phase: null } }).plan;
    const bands = namedPhaseWindows(plan, scheduleProject(plan));
    expect(bands.map((b) => [b.key, b.name, b.start, b.finish, b.taskCount])).toEqual([
      [execution, 'Build & ship', '2026-03-02T09:00', '2026-03-04T17:00', 1],
      ['ph-care', 'Hypercare', '2026-03-05T09:00', '2026-03-06T17:00', 1],
    ]);
    expect(bands[0]?.phase?.id).toBe(execution);
    expect(bands[0]?.lifecycle).toBeUndefined();
  });

  it('a plan without phase objects keeps the fixed labels', () => {
    let plan = twoTasks(blankPlan());
    plan = runOk(updateTask, plan, { id: 't-rel' as TaskId, changes: { phase: 'execution' } }).plan;
    const bands = namedPhaseWindows(plan, scheduleProject(plan));
    expect(bands.map((b) => [b.key, b.name, b.lifecycle, b.phase])).toEqual([['execution', 'Execution', 'execution', undefined]]);
  });
});

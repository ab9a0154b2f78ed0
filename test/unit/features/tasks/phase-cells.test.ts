/**
 * Phase names everywhere: the task table's Phase column, the Gantt's colour-by-phase legend and
 * presentation mode's Focus all read the project's phases (renamed, added, reordered), and fall
 * back to the five fixed labels only for a plan without phase objects.
 */
import { describe, expect, it } from 'vitest';
import { addPhase, insertTask, movePhase, setTaskPhase, updatePhase } from '../../../../renderer/domain/commands';
import {
  orderedPhases, phaseOfTask, PHASES, sequentialIds, withDefaultPhases, type PhaseId, type Plan, type TaskId,
} from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { buildRows, createRowCache } from '../../../../renderer/features/gantt/gantt-rows';
import { colouring, lifecycleLabelsInUse } from '../../../../renderer/features/gantt/colours';
import { phaseColour } from '../../../../renderer/features/phases/phase-text';
import { focusRows } from '../../../../renderer/features/present/focus';
import { ownPhaseValue, phaseChoiceChanges, phaseChoices, taskPhaseName } from '../../../../renderer/features/tasks/phase-cells';
import { generatePlan } from '../../../support/generate-plan';
import { blankPlan, runOk, taskByName } from '../../../support/plan-builder';

const ROWS = { isCollapsed: () => false, baseline: null };

/** Five phases, Execution renamed "Build & ship"; summary Build (in it) > Code; Kickoff with the old fixed label 'initiation'. */
function project(): { plan: Plan; shipId: PhaseId } {
  let plan = withDefaultPhases(blankPlan('Phases'), sequentialIds('ph-'));
  const execution = orderedPhases(plan.phases)[2];
  if (!execution) throw new Error('setup');
  plan = runOk(updatePhase, plan, { id: execution.id, changes: { name: 'Build & ship' } }).plan;
  plan = runOk(insertTask, plan, { id: 'kick' as TaskId, name: 'Kickoff', fields: { phase: 'initiation' } }).plan;
  plan = runOk(insertTask, plan, { id: 'build' as TaskId, name: 'Build', afterId: 'kick' as TaskId }).plan;
  plan = runOk(insertTask, plan, { id: 'code' as TaskId, name: 'Code', parentId: 'build' as TaskId }).plan;
  plan = runOk(setTaskPhase, plan, { taskIds: ['build' as TaskId], phaseId: execution.id }).plan;
  return { plan, shipId: execution.id };
}

describe('task table Phase column', () => {
  it('shows the current name of the phase set on the task; a subtask following its summary shows none', () => {
    const { plan } = project();
    expect(taskPhaseName(plan, taskByName(plan, 'Build'))).toBe('Build & ship');
    expect(taskPhaseName(plan, taskByName(plan, 'Code'))).toBe('');
    expect(taskPhaseName(plan, taskByName(plan, 'Kickoff'))).toBe('Initiation');
  });

  it('offers the project’s phases in their order, added and moved ones included', () => {
    const { plan: base, shipId } = project();
    let plan = runOk(addPhase, base, { id: 'hyper' as PhaseId, name: 'Hypercare' }).plan;
    plan = runOk(movePhase, plan, { id: shipId, toIndex: 0 }).plan;
    expect(phaseChoices(plan, taskByName(plan, 'Code')).map((c) => c.label)).toEqual([
      'As its summary (Build & ship)', 'Build & ship', 'Initiation', 'Planning', 'Monitoring & control', 'Closure', 'Hypercare',
    ]);
    expect(phaseChoices(plan, taskByName(plan, 'Build'))[0]?.label).toBe('No phase');
  });

  it('turns a choice into the task’s phase object (with the label it stands for), or back to its summary’s', () => {
    const { plan, shipId } = project();
    expect(phaseChoiceChanges(plan, shipId)).toEqual({ phaseId: shipId, phase: 'execution' });
    expect(phaseChoiceChanges(plan, '')).toEqual({ phaseId: null, phase: null });
    expect(phaseChoiceChanges(plan, 'gone')).toMatchObject({ message: expect.stringContaining('Build & ship') as unknown });
    expect(ownPhaseValue(plan, taskByName(plan, 'Code'))).toBe('');
    expect(ownPhaseValue(plan, taskByName(plan, 'Build'))).toBe(shipId);
  });

  it('keeps the five fixed labels for a plan without phase objects', () => {
    let plan = blankPlan('Old');
    plan = runOk(insertTask, plan, { id: 'a' as TaskId, name: 'A', fields: { phase: 'planning' } }).plan;
    expect(phaseChoices(plan, taskByName(plan, 'A')).map((c) => c.label)).toEqual(['No phase', 'Initiation', 'Planning', 'Execution', 'Monitoring', 'Closure']);
    expect(taskPhaseName(plan, taskByName(plan, 'A'))).toBe('Planning');
    expect(phaseChoiceChanges(plan, 'closure')).toEqual({ phase: 'closure' });
  });
});

describe('Gantt colour by phase and presentation focus', () => {
  it('names the legend after the project’s phases and colours bars as their bands', () => {
    const { plan, shipId } = project();
    const { legend, colourOf } = colouring(plan, 'phase', false);
    expect(legend.map((e) => e.label)).toEqual(['Initiation', 'Planning', 'Build & ship', 'Monitoring & control', 'Closure', 'No phase']);
    const rows = buildRows(plan, null, ROWS);
    const code = rows.find((r) => r.name === 'Code');
    expect(code?.phaseId).toBe(shipId);
    const ship = plan.phases[shipId];
    if (!code || !ship) throw new Error('setup');
    expect(colourOf(code)).toBe(phaseColour(ship));
  });

  it('lists only the lifecycle labels the tasks carry for a plan without phase objects (an imported plan listed all five)', () => {
    let plan = blankPlan('Imported');
    plan = runOk(insertTask, plan, { id: 'a' as TaskId, name: 'A', fields: {} }).plan;
    const rows = buildRows(plan, null, ROWS);
    expect(colouring(plan, 'phase', false, lifecycleLabelsInUse(plan.phases, rows)).legend.map((e) => e.label)).toEqual(['No phase']);
    plan = runOk(insertTask, plan, { id: 'b' as TaskId, name: 'B', fields: { phase: 'closure' } }).plan;
    plan = runOk(insertTask, plan, { id: 'c' as TaskId, name: 'C', fields: { phase: 'planning' } }).plan;
    const labels = lifecycleLabelsInUse(plan.phases, buildRows(plan, null, ROWS));
    expect(labels).toEqual(['planning', 'closure']);
    expect(colouring(plan, 'phase', false, labels).legend.map((e) => e.label)).toEqual(['Planning', 'Closure', 'No phase']);
    // A plan with phase objects names its own phases, whatever labels its tasks carry.
    expect(lifecycleLabelsInUse(project().plan.phases, buildRows(plan, null, ROWS))).toEqual([]);
  });

  it('gives every row the phase phaseOfTask gives its task, on a generated plan with mixed labels and phase objects', () => {
    const generated = generatePlan({ tasks: 400, seed: 7 });
    const ids = sequentialIds('gp-');
    let plan = withDefaultPhases({ ...generated, phases: {} }, ids);
    const phases = orderedPhases(plan.phases);
    const tasks = Object.values(plan.tasks).map((t, i) => ({
      ...t, phase: i % 3 === 0 ? PHASES[i % 5] ?? null : null, phaseId: i % 7 === 0 ? (phases[i % 5]?.id ?? null) : null,
    }));
    plan = { ...plan, tasks: Object.fromEntries(tasks.map((t) => [t.id, t])) };
    for (const row of buildRows(plan, null, ROWS)) {
      const task = plan.tasks[row.id];
      if (!task) throw new Error('row without task');
      expect(row.phaseId, row.name).toBe(phaseOfTask(plan, task));
    }
  });

  it('focuses presentation mode on one of the project’s phases, its subtasks included', () => {
    const { plan, shipId } = project();
    const rows = buildRows(plan, null, ROWS);
    expect(focusRows(rows, { kind: 'phase-object', phaseId: shipId, name: 'Build & ship' }).map((r) => r.name)).toEqual(['Build', 'Code']);
  });

  it('rebuilds a subtask’s phase when its summary moves to another phase, through the row cache', () => {
    const { plan, shipId } = project();
    const planning = orderedPhases(plan.phases)[1];
    if (!planning) throw new Error('setup');
    const cache = createRowCache();
    const first = buildRows(plan, scheduleProject(plan), ROWS, cache);
    expect(first.find((r) => r.name === 'Code')?.phaseId).toBe(shipId);
    const moved = runOk(setTaskPhase, plan, { taskIds: ['build' as TaskId], phaseId: planning.id }).plan;
    expect(buildRows(moved, scheduleProject(moved), ROWS, cache).find((r) => r.name === 'Code')?.phaseId).toBe(planning.id);
  });
});

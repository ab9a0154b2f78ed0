import { describe, expect, it } from 'vitest';
import { applyPatches } from 'immer';
import { planCommands, runCommand, type CommandContext, type CommandName } from '../../../../renderer/domain/commands';
import { migrateFile, V4_COLLECTIONS } from '../../../../renderer/domain/formats/native/migrations';
import { parsePlotline, serializePlotline } from '../../../../renderer/domain/formats/native';
import { builtinTemplate, instantiateTemplate, phaseStatuses, planAsTemplate, planFromSpec } from '../../../../renderer/domain/lifecycle';
import {
  defaultPhases, emptyPlan, gateCompleteness, isFlaggedGo, newTask, orderedPhases, phaseOfTask, sequentialIds, withDefaultPhases,
  type LocalDate, type LocalDateTime, type PhaseId, type Plan, type Task, type TaskId,
} from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { NOW } from '../../../support/plan-builder';

const at = (s: string): LocalDateTime => s as LocalDateTime;
const ctx: CommandContext = { newId: sequentialIds('c-'), now: NOW };

function run<N extends keyof typeof planCommands>(plan: Plan, name: N, args: Parameters<(typeof planCommands)[N]['apply']>[1]): Plan {
  const out = runCommand(planCommands[name] as never, plan, args as never, ctx);
  if (!out.ok) throw new Error(out.error.message);
  return out.value.plan;
}

/** A plan with the five phases and: Build (summary, in Execution) > Code (3d), Test (2d, its own phase Monitoring); Kick-off (1d, label 'initiation'). */
function samplePlan(): Plan {
  const ids = sequentialIds('p-');
  const base = withDefaultPhases(emptyPlan({ name: 'P', start: at('2027-01-04T09:00'), now: NOW, newId: ids }), ids);
  const [initiation, , execution, monitoring] = orderedPhases(base.phases);
  const column = Object.values(base.columns)[0]?.id;
  if (!initiation || !execution || !monitoring || !column) throw new Error('setup');
  const t = (id: string, fields: Partial<Task>): Task => newTask({
    id: id as TaskId, name: id, parentId: null, rank: id, start: at('2027-01-04T09:00'), finish: at('2027-01-04T17:00'), statusId: column, boardRank: id, ...fields,
  });
  const tasks = [
    t('Kickoff', { phase: 'initiation' }),
    t('Build', { kind: 'summary', phaseId: execution.id }),
    t('Code', { parentId: 'Build' as TaskId, durationMinutes: 3 * 480 }),
    t('Test', { parentId: 'Build' as TaskId, durationMinutes: 2 * 480, phaseId: monitoring.id }),
  ];
  const plan: Plan = { ...base, tasks: Object.fromEntries(tasks.map((x) => [x.id, x])) };
  const link = { id: 'l1' as never, predecessorId: 'Code' as TaskId, successorId: 'Test' as TaskId, type: 'FS' as const, lagMinutes: 0, lagIsElapsed: false };
  return { ...plan, links: { l1: link } };
}

const phaseNamed = (plan: Plan, name: string): PhaseId => {
  const found = Object.values(plan.phases).find((p) => p.name === name);
  if (!found) throw new Error(name);
  return found.id;
};

describe('phaseOfTask', () => {
  it('follows the summary unless the task sets its own; a fixed label finds its standard phase', () => {
    const plan = samplePlan();
    const of = (id: string): string | undefined => {
      const p = phaseOfTask(plan, plan.tasks[id] as Task);
      return p === null ? undefined : plan.phases[p]?.name;
    };
    expect(of('Code')).toBe('Execution');
    expect(of('Test')).toBe('Monitoring & control');
    expect(of('Kickoff')).toBe('Initiation');
  });
});

describe('phase dates and status', () => {
  it('takes a phase\'s dates from its tasks, and its RAG from the slip against the baseline', () => {
    const plan = samplePlan();
    const schedule = scheduleProject(plan);
    // Code 3d Mon 4 – Wed 6 Jan; Test 2d after it Thu 7 – Fri 8 Jan; Kick-off Mon 4 Jan.
    const [ini, , exe, mon] = phaseStatuses(plan, schedule, null);
    expect(exe?.window).toMatchObject({ start: '2027-01-04T09:00', finish: '2027-01-06T17:00', taskCount: 1 });
    expect(mon?.window).toMatchObject({ start: '2027-01-07T09:00', finish: '2027-01-08T17:00', taskCount: 1 });
    expect(ini?.window).toMatchObject({ start: '2027-01-04T09:00', finish: '2027-01-04T17:00' });
    expect(exe?.rag).toBe('none');
    // Baseline had Test finishing Mon 4 Jan 17:00: now Fri 8 Jan 17:00 is 4 working days late → amber (above 2, not above 10).
    const baseline = { id: 'b0' as never, number: 0, name: 'Baseline', savedAt: NOW, tasks: { Test: { start: at('2027-01-04T09:00'), finish: at('2027-01-04T17:00'), durationMinutes: 480, workMinutes: 0, cost: 0 } } };
    const measured = phaseStatuses(plan, schedule, baseline)[3];
    expect(measured?.slipDays).toBe(4);
    expect(measured?.rag).toBe('amber');
    const overridden = run(plan, 'updatePhase', { id: phaseNamed(plan, 'Monitoring & control'), changes: { ragOverride: 'green' } });
    expect(phaseStatuses(overridden, schedule, baseline)[3]).toMatchObject({ derivedRag: 'amber', rag: 'green' });
  });
});

describe('gates', () => {
  it('counts criteria; a go with criteria open is recorded with them and flagged, a go with all ticked is not', () => {
    let plan = samplePlan();
    const id = phaseNamed(plan, 'Initiation');
    const criteria = plan.phases[id]?.gate?.criteria ?? [];
    expect(gateCompleteness(plan.phases[id]?.gate)).toEqual({ done: 0, total: 2, isComplete: false });
    plan = run(plan, 'updateGateCriterion', { phaseId: id, criterionId: criteria[0]?.id ?? '', changes: { done: true } });
    expect(gateCompleteness(plan.phases[id]?.gate)).toEqual({ done: 1, total: 2, isComplete: false });
    const go = { phaseId: id, decision: 'go' as const, date: '2027-01-06' as LocalDate, decider: 'Dana', notes: '' };
    const flagged = run(plan, 'decideGate', go);
    expect(flagged.phases[id]?.gate?.decision?.uncheckedCriteria).toEqual(['Key stakeholders identified']);
    expect(isFlaggedGo(flagged.phases[id]?.gate)).toBe(true);
    plan = run(plan, 'updateGateCriterion', { phaseId: id, criterionId: criteria[1]?.id ?? '', changes: { done: true } });
    const clean = run(plan, 'decideGate', go);
    expect(gateCompleteness(clean.phases[id]?.gate).isComplete).toBe(true);
    expect(isFlaggedGo(clean.phases[id]?.gate)).toBe(false);
    expect(isFlaggedGo(run(flagged, 'decideGate', { ...go, decision: 'no-go' }).phases[id]?.gate)).toBe(false);
  });

  it('refuses a gate milestone that is not a milestone and a decision without a decider', () => {
    const plan = samplePlan();
    const id = phaseNamed(plan, 'Initiation');
    expect(runCommand(planCommands.setGateMilestone, plan, { phaseId: id, milestoneId: 'Code' as TaskId }, ctx).ok).toBe(false);
    expect(runCommand(planCommands.decideGate, plan, { phaseId: id, decision: 'go', date: '2027-01-06' as LocalDate, decider: ' ', notes: '' }, ctx).ok).toBe(false);
  });
});

describe('phase commands', () => {
  it.each([
    ['rename', (p: Plan) => ({ name: 'updatePhase', args: { id: phaseNamed(p, 'Planning'), changes: { name: 'Design' } } })],
    ['move', (p: Plan) => ({ name: 'movePhase', args: { id: phaseNamed(p, 'Closure'), toIndex: 0 } })],
    ['add', () => ({ name: 'addPhase', args: { name: 'Hypercare' } })],
    ['delete with tasks moved', (p: Plan) => ({ name: 'deletePhase', args: { id: phaseNamed(p, 'Execution'), moveTasksTo: phaseNamed(p, 'Planning') } })],
    ['set task phase', (p: Plan) => ({ name: 'setTaskPhase', args: { taskIds: ['Code'], phaseId: phaseNamed(p, 'Closure') } })],
    ['add criterion', (p: Plan) => ({ name: 'addGateCriterion', args: { phaseId: phaseNamed(p, 'Closure'), item: 'Budget closed' } })],
    ['decide', (p: Plan) => ({ name: 'decideGate', args: { phaseId: phaseNamed(p, 'Closure'), decision: 'recycle', date: '2027-02-01', decider: 'Sam', notes: 'redo' } })],
  ] as const)('%s: the inverse restores the plan exactly', (_label, make) => {
    const plan = samplePlan();
    const { name, args } = make(plan);
    const out = runCommand(planCommands[name as CommandName] as never, plan, args as never, ctx);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value.patches.length).toBeGreaterThan(0);
    expect(applyPatches(out.value.plan, [...out.value.inverse])).toEqual(plan);
  });

  it('keeps orders 0..n-1 when moving and deleting', () => {
    let plan = run(samplePlan(), 'movePhase', { id: phaseNamed(samplePlan(), 'Closure'), toIndex: 1 });
    expect(orderedPhases(plan.phases).map((p) => `${String(p.order)} ${p.name}`)).toEqual(['0 Initiation', '1 Closure', '2 Planning', '3 Execution', '4 Monitoring & control']);
    plan = run(plan, 'deletePhase', { id: phaseNamed(plan, 'Planning') });
    expect(orderedPhases(plan.phases).map((p) => p.order)).toEqual([0, 1, 2, 3]);
  });

  it('refuses to delete a phase with tasks in it, saying how many; moving them lets it go', () => {
    const plan = samplePlan();
    const refused = runCommand(planCommands.deletePhase, plan, { id: phaseNamed(plan, 'Execution') }, ctx);
    expect(!refused.ok && refused.error.message).toBe("1 task is in phase 'Execution'. Move them to another phase first.");
    const moved = run(plan, 'deletePhase', { id: phaseNamed(plan, 'Execution'), moveTasksTo: phaseNamed(plan, 'Planning') });
    expect(moved.phases[phaseOfTask(moved, moved.tasks['Code'] as Task) ?? '']?.name).toBe('Planning');
  });
});

describe('templates and files', () => {
  it('a template\'s phases become phase objects, each gate tied to its gate milestone; saving as a template keeps phases and criteria, not decisions', () => {
    const spec = builtinTemplate('software-release');
    if (!spec) throw new Error('no template');
    const plan = planFromSpec(spec, { start: at('2027-01-04T09:00'), now: NOW, newId: sequentialIds('t-') });
    const phases = orderedPhases(plan.phases);
    expect(phases.map((p) => p.name)).toEqual(['Initiation', 'Planning', 'Execution', 'Monitoring and control', 'Closure']);
    expect(phases.map((p) => plan.tasks[p.gate?.milestoneId ?? '']?.name)).toEqual([
      'Gate: charter approved', 'Gate: plan approved', 'Gate: release candidate accepted', 'Gate: release complete', 'Gate: project closed',
    ]);
    const copy = instantiateTemplate(plan, { name: 'R', start: at('2027-03-01T09:00'), now: NOW, newId: sequentialIds('n-') });
    const first = orderedPhases(copy.phases)[0];
    if (!first) throw new Error('no phase');
    const decided = run(copy, 'decideGate', { phaseId: first.id, decision: 'go', date: '2027-03-03' as LocalDate, decider: 'Dana', notes: '' });
    const again = planAsTemplate(decided, { name: 'T', description: '' });
    expect(again.phases[first.id]?.gate).toEqual(first.gate);
  });

  it('round-trips phases through a .plotline file; the 3 -> 4 step adds the empty collection', () => {
    const plan = run(samplePlan(), 'decideGate', { phaseId: phaseNamed(samplePlan(), 'Initiation'), decision: 'go-with-conditions', date: '2027-01-06' as LocalDate, decider: 'Dana', notes: 'Hire a tester' });
    const back = parsePlotline(serializePlotline(plan, { app: 'Plotline test', exported: NOW }));
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.plan.phases).toEqual(plan.phases);
    expect(back.value.plan.tasks['Test']?.phaseId).toBe(plan.tasks['Test']?.phaseId);
    expect(V4_COLLECTIONS).toEqual(['phases']);
    const v3 = migrateFile({ version: 3, project: { tasks: {} } }, 3, 4);
    expect(v3.ok && v3.value).toEqual({ version: 4, project: { tasks: {}, phases: {} } });
  });

  it('makes five standard phases with a gate checklist each', () => {
    const phases = defaultPhases(sequentialIds('d-'));
    expect(phases.map((p) => [p.order, p.lifecycle])).toEqual([[0, 'initiation'], [1, 'planning'], [2, 'execution'], [3, 'monitoring'], [4, 'closure']]);
    expect(phases.every((p) => (p.gate?.criteria.length ?? 0) > 0 && p.gate?.decision === null)).toBe(true);
  });
});

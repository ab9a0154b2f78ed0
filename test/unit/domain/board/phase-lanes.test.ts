import { describe, expect, it } from 'vitest';
import {
  activeFilterChips, boardLayout, boardPhases, cellIds, joinLane, NO_FILTER, type BoardFilter, type LaneMode,
} from '../../../../renderer/domain/board';
import { addCard, addPhase, insertTask, moveCard, runCommand, updatePhase, updateTask, movePhase } from '../../../../renderer/domain/commands';
import {
  orderedPhases, phaseOfTask, withDefaultPhases, sequentialIds, type LocalDate, type PhaseId, type Plan, type TaskId,
} from '../../../../renderer/domain/model';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const today = '2026-03-05' as LocalDate;

const phaseNamed = (plan: Plan, name: string): PhaseId => {
  const found = Object.values(plan.phases).find((p) => p.name === name);
  if (!found) throw new Error(`no phase ${name}`);
  return found.id;
};

/**
 * The five standard phases; Release (summary, in Execution) > Write code, Deploy (its own phase
 * Monitoring & control); Kick-off carrying only the fixed label 'initiation'; Tidy up in no phase.
 */
function phasedPlan(): Plan {
  let plan = withDefaultPhases(blankPlan(), sequentialIds('ph-'));
  const execution = phaseNamed(plan, 'Execution');
  const monitoring = phaseNamed(plan, 'Monitoring & control');
  plan = runOk(insertTask, plan, { id: 't-kick' as TaskId, name: 'Kick-off', fields: { boardRank: 'a', phase: 'initiation' } }).plan;
  plan = runOk(insertTask, plan, { id: 't-rel' as TaskId, name: 'Release', fields: { boardRank: 'b' } }).plan;
  plan = runOk(insertTask, plan, { id: 't-code' as TaskId, name: 'Write code', parentId: 't-rel' as TaskId, fields: { boardRank: 'c' } }).plan;
  plan = runOk(insertTask, plan, { id: 't-dep' as TaskId, name: 'Deploy', parentId: 't-rel' as TaskId, fields: { boardRank: 'd', phaseId: monitoring, phase: 'monitoring' } }).plan;
  plan = runOk(insertTask, plan, { id: 't-tidy' as TaskId, name: 'Tidy up', fields: { boardRank: 'e' } }).plan;
  plan = runOk(updateTask, plan, { id: 't-rel' as TaskId, changes: { phaseId: execution, phase: 'execution' } }).plan;
  return plan;
}

const backlog = (plan: Plan) => Object.values(plan.columns).sort((a, b) => (a.rank < b.rank ? -1 : 1))[0]!.id;
const layout = (plan: Plan, filter: BoardFilter = NO_FILTER, laneMode: LaneMode = 'phase') => boardLayout({ plan, schedule: null, laneMode, filter, today });
const lane = (plan: Plan, key: string, f?: BoardFilter) => cellIds(layout(plan, f), key, backlog(plan));

describe('board phase lanes over the project\'s phase objects', () => {
  it('lists the phases by name in their order, then No phase; a task follows its summary into its lane', () => {
    const plan = phasedPlan();
    expect(layout(plan).lanes.map((l) => l.label)).toEqual(['Initiation', 'Planning', 'Execution', 'Monitoring & control', 'Closure', 'No phase']);
    expect(lane(plan, phaseNamed(plan, 'Initiation'))).toEqual(['t-kick']);
    expect(lane(plan, phaseNamed(plan, 'Execution'))).toEqual(['t-code']);
    expect(lane(plan, phaseNamed(plan, 'Monitoring & control'))).toEqual(['t-dep']);
    expect(lane(plan, 'none')).toEqual(['t-tidy']);
    // The lanes read the same rule as the Gantt's colour by phase.
    for (const task of Object.values(plan.tasks).filter((t) => t.kind !== 'summary')) {
      expect(boardPhases(plan).keyOf(task)).toBe(phaseOfTask(plan, task));
    }
  });

  it('a renamed, added and reordered phase shows in the lanes, the cards and the filter choices', () => {
    let plan = phasedPlan();
    const execution = phaseNamed(plan, 'Execution');
    plan = runOk(updatePhase, plan, { id: execution, changes: { name: 'Build & ship' } }).plan;
    plan = runOk(addPhase, plan, { id: 'ph-hyper' as PhaseId, name: 'Hypercare' }).plan;
    plan = runOk(movePhase, plan, { id: 'ph-hyper' as PhaseId, toIndex: 4 }).plan;
    const l = layout(plan);
    expect(l.lanes.map((x) => x.label)).toEqual(['Initiation', 'Planning', 'Build & ship', 'Monitoring & control', 'Hypercare', 'Closure', 'No phase']);
    expect(l.phases.map((x) => x.label)).toEqual(['Initiation', 'Planning', 'Build & ship', 'Monitoring & control', 'Hypercare', 'Closure']);
    const card = l.cells.get(`${execution}|${backlog(plan)}`)?.[0];
    expect(card?.task.name).toBe('Write code');
    expect(card?.phaseName).toBe('Build & ship');
    expect(card?.phaseObject?.id).toBe(execution);
    // Without swimlanes the card still carries its phase's name.
    expect(layout(plan, NO_FILTER, 'none').cells.get(`all|${backlog(plan)}`)?.find((c) => c.task.id === 't-code')?.phaseName).toBe('Build & ship');
  });

  it('filters by a phase object (a subtask through its summary) and names it on the chip', () => {
    let plan = phasedPlan();
    const execution = phaseNamed(plan, 'Execution');
    plan = runOk(updatePhase, plan, { id: execution, changes: { name: 'Build & ship' } }).plan;
    const filter = { ...NO_FILTER, phase: execution as string };
    expect(cellIds(layout(plan, filter, 'none'), 'all', backlog(plan))).toEqual(['t-code']);
    expect(cellIds(layout(plan, { ...NO_FILTER, phase: phaseNamed(plan, 'Initiation') }, 'none'), 'all', backlog(plan))).toEqual(['t-kick']);
    const names = layout(plan).phases;
    const phaseName = (key: string) => names.find((p) => p.key === key)?.label;
    expect(activeFilterChips(filter, String, phaseName).map((c) => c.label)).toEqual(['Phase: Build & ship']);
    // A phase that is gone (or of another project) matches nothing and says so.
    expect(cellIds(layout(plan, { ...NO_FILTER, phase: 'ph-gone' }, 'none'), 'all', backlog(plan))).toEqual([]);
    expect(activeFilterChips({ ...NO_FILTER, phase: 'ph-gone' }, String, phaseName).map((c) => c.label)).toEqual(['Phase: not in this project']);
  });

  it('a drag into another phase lane sets the phase object and its label in one undoable move', () => {
    const plan = phasedPlan();
    const planning = phaseNamed(plan, 'Planning');
    const out = runOk(moveCard, plan, {
      id: 't-code' as TaskId, columnId: backlog(plan), placement: { at: 'top' }, lane: { mode: 'phase', to: planning },
    });
    const task = taskByName(out.plan, 'Write code');
    expect([task.phaseId, task.phase]).toEqual([planning, 'planning']);
    expect(lane(out.plan, planning)).toEqual(['t-code']);
    expect(out.label).toBe('Move card to lane');
    // An added phase stands for no fixed label.
    const added = runOk(addPhase, plan, { id: 'ph-hyper' as PhaseId, name: 'Hypercare' }).plan;
    const moved = runOk(moveCard, added, {
      id: 't-kick' as TaskId, columnId: backlog(added), placement: { at: 'top' }, lane: { mode: 'phase', to: 'ph-hyper' },
    }).plan;
    expect([taskByName(moved, 'Kick-off').phaseId, taskByName(moved, 'Kick-off').phase]).toEqual(['ph-hyper', null]);
    expect(lane(moved, 'ph-hyper')).toEqual(['t-kick']);
  });

  it('quick add in a phase lane puts the card in that phase', () => {
    const plan = withDefaultPhases(blankPlan(), sequentialIds('ph-'));
    const closure = phaseNamed(plan, 'Closure');
    const join = joinLane('phase', closure);
    expect(join).toEqual({ mode: 'phase', to: closure });
    const out = runOk(addCard, plan, { id: 't-arch' as TaskId, name: 'Archive', columnId: backlog(plan), lane: join! }, testContext('n-')).plan;
    expect(taskByName(out, 'Archive').phaseId).toBe(closure);
    expect(lane(out, closure)).toEqual(['t-arch']);
  });

  it('refuses a drop in No phase that the summary\'s phase would undo, naming the summary; a top-level card leaves its phase', () => {
    const plan = phasedPlan();
    const refused = runCommand(moveCard, plan, {
      id: 't-dep' as TaskId, columnId: backlog(plan), placement: { at: 'top' }, lane: { mode: 'phase', to: null },
    }, testContext());
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.where).toBe("Card 'Deploy'");
      expect(refused.error.message).toBe("It follows its summary 'Release' into Execution: take the summary out of that phase, or drop the card in another phase's lane.");
    }
    const out = runOk(moveCard, plan, { id: 't-kick' as TaskId, columnId: backlog(plan), placement: { at: 'top' }, lane: { mode: 'phase', to: null } });
    expect([taskByName(out.plan, 'Kick-off').phaseId ?? null, taskByName(out.plan, 'Kick-off').phase]).toEqual([null, null]);
    expect(lane(out.plan, 'none')).toEqual(['t-kick', 't-tidy']);
    // A lane of a phase deleted meanwhile is refused with the phases there are.
    const gone = runCommand(moveCard, plan, {
      id: 't-kick' as TaskId, columnId: backlog(plan), placement: { at: 'top' }, lane: { mode: 'phase', to: 'ph-gone' },
    }, testContext());
    expect(gone.ok ? '' : gone.error.message).toBe('That phase is no longer in the project: choose one of Initiation, Planning, Execution, Monitoring & control, Closure.');
  });

  it('a plan without phase objects keeps the five fixed labels', () => {
    let plan = blankPlan();
    plan = runOk(insertTask, plan, { id: 't-a' as TaskId, name: 'A', fields: { boardRank: 'a', phase: 'planning' } }).plan;
    expect(Object.keys(plan.phases)).toEqual([]);
    expect(layout(plan).lanes.map((l) => l.label)).toEqual(['Initiation', 'Planning', 'Execution', 'Monitoring', 'Closure', 'No phase']);
    expect(lane(plan, 'planning')).toEqual(['t-a']);
    const card = layout(plan).cells.get(`planning|${backlog(plan)}`)?.[0];
    expect([card?.phase, card?.phaseName, card?.phaseObject]).toEqual(['planning', 'Planning', null]);
    const moved = runOk(moveCard, plan, { id: 't-a' as TaskId, columnId: backlog(plan), placement: { at: 'top' }, lane: { mode: 'phase', to: 'closure' } }).plan;
    expect(taskByName(moved, 'A').phase).toBe('closure');
    expect(activeFilterChips({ ...NO_FILTER, phase: 'closure' }, String).map((c) => c.label)).toEqual(['Phase: Closure']);
    expect(orderedPhases(moved.phases)).toEqual([]);
  });
});

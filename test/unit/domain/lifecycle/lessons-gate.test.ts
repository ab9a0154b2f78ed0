import { describe, expect, it } from 'vitest';
import { applyPatches } from 'immer';
import {
  addGateCriterion, addLesson, removeGateCriterion, removeLesson, updateGateCriterion, updatePhase, type CommandContext,
} from '../../../../renderer/domain/commands';
import { BUILTIN_TEMPLATES, planFromSpec } from '../../../../renderer/domain/lifecycle';
import {
  lessonsCriterion, orderedPhases, sequentialIds, withDefaultPhases, type LocalDateTime, type Plan,
} from '../../../../renderer/domain/model';
import { blankPlan, NOW, runOk } from '../../../support/plan-builder';

const ctx = (): CommandContext => ({ newId: sequentialIds('n-'), now: NOW });
const LESSON = { kind: 'improve', text: 'Load-test before the beta' } as const;

function closurePhase(plan: Plan) {
  const phase = orderedPhases(plan.phases).find((p) => p.lifecycle === 'closure');
  if (!phase) throw new Error('no Closure phase');
  return phase;
}

/** The Closure gate's criteria as "item: done" lines. */
const closureGate = (plan: Plan): string[] => (closurePhase(plan).gate?.criteria ?? []).map((c) => `${c.item}: ${String(c.done)}`);

describe('recording a lesson ticks the Closure gate\'s lessons criterion', () => {
  it('ticks "Lessons learned recorded" with the lesson in one undoable step', () => {
    const plan = withDefaultPhases(blankPlan(), sequentialIds('ph-'));
    expect(closureGate(plan)).toEqual(['Handover to operations done: false', 'Lessons learned recorded: false']);
    const out = runOk(addLesson, plan, LESSON, ctx());
    expect(out.label).toBe('Add lesson learned (ticks the Closure gate)');
    expect(out.plan.project.closure?.lessons.map((l) => l.text)).toEqual(['Load-test before the beta']);
    expect(closureGate(out.plan)).toEqual(['Handover to operations done: false', 'Lessons learned recorded: true']);
    // One undo takes back both: no lesson, criterion unticked, no closure record left behind.
    const undone: Plan = applyPatches(out.plan, out.inverse as never);
    expect(undone.project.closure).toBeUndefined();
    expect(closureGate(undone)).toEqual(['Handover to operations done: false', 'Lessons learned recorded: false']);
    // A second lesson leaves the ticked criterion as it is.
    const second = runOk(addLesson, out.plan, { kind: 'went-well', text: 'Daily demo' }, ctx());
    expect(second.label).toBe('Add lesson learned');
    expect(second.patches.some((p) => p.path[0] === 'phases')).toBe(false);
  });

  it('finds the criterion in every built-in template, and in a renamed Closure phase', () => {
    for (const spec of BUILTIN_TEMPLATES) {
      const plan = planFromSpec(spec, { start: '2027-01-04T09:00' as LocalDateTime, now: NOW, newId: sequentialIds('t-') });
      const found = lessonsCriterion(plan.phases);
      expect(found, spec.key).not.toBeNull();
      const after = runOk(addLesson, plan, LESSON, ctx()).plan;
      expect(after.phases[found!.phaseId]?.gate?.criteria.find((c) => c.id === found!.criterionId)?.done, spec.key).toBe(true);
    }
    let plan = withDefaultPhases(blankPlan(), sequentialIds('ph-'));
    plan = runOk(updatePhase, plan, { id: closurePhase(plan).id, changes: { name: 'Wrap-up' } }).plan;
    expect(closureGate(runOk(addLesson, plan, LESSON, ctx()).plan)).toContain('Lessons learned recorded: true');
  });

  it('a reworded criterion that still mentions lessons is ticked; one reworded away or removed is not, and the lesson is still recorded', () => {
    const base = withDefaultPhases(blankPlan(), sequentialIds('ph-'));
    const closure = closurePhase(base);
    const criterionId = lessonsCriterion(base.phases)!.criterionId;
    const reworded = runOk(updateGateCriterion, base, { phaseId: closure.id, criterionId, changes: { item: 'Retro held, lessons shared with the PMO' } }).plan;
    expect(closureGate(runOk(addLesson, reworded, LESSON, ctx()).plan)).toContain('Retro held, lessons shared with the PMO: true');

    const renamedAway = runOk(updateGateCriterion, base, { phaseId: closure.id, criterionId, changes: { item: 'Retrospective held' } }).plan;
    expect(lessonsCriterion(renamedAway.phases)).toBeNull();
    const afterRenamed = runOk(addLesson, renamedAway, LESSON, ctx());
    expect(afterRenamed.label).toBe('Add lesson learned');
    expect(closureGate(afterRenamed.plan)).toEqual(['Handover to operations done: false', 'Retrospective held: false']);
    expect(afterRenamed.plan.project.closure?.lessons).toHaveLength(1);

    const removed = runOk(removeGateCriterion, base, { phaseId: closure.id, criterionId }).plan;
    const afterRemoved = runOk(addLesson, removed, LESSON, ctx()).plan;
    expect(closureGate(afterRemoved)).toEqual(['Handover to operations done: false']);
    expect(afterRemoved.project.closure?.lessons).toHaveLength(1);
  });

  it('does not untick a criterion ticked by hand, nor tick one in another phase; plans without phases record lessons as before', () => {
    let plan = withDefaultPhases(blankPlan(), sequentialIds('ph-'));
    const found = lessonsCriterion(plan.phases)!;
    plan = runOk(updateGateCriterion, plan, { phaseId: found.phaseId, criterionId: found.criterionId, changes: { done: true } }).plan;
    const withLesson = runOk(addLesson, plan, LESSON, ctx()).plan;
    expect(closureGate(withLesson)).toContain('Lessons learned recorded: true');
    const lessonId = withLesson.project.closure?.lessons[0]?.id ?? '';
    expect(closureGate(runOk(removeLesson, withLesson, { id: lessonId }).plan)).toContain('Lessons learned recorded: true');

    let other = withDefaultPhases(blankPlan(), sequentialIds('ph-'));
    const planning = orderedPhases(other.phases).find((p) => p.lifecycle === 'planning')!.id;
    other = runOk(addGateCriterion, other, { phaseId: planning, item: 'Lessons from the last release read' }, ctx()).plan;
    const ticked = runOk(addLesson, other, LESSON, ctx()).plan;
    expect(ticked.phases[planning]?.gate?.criteria.map((c) => c.done)).toEqual([false, false, false]);

    const bare = runOk(addLesson, blankPlan(), LESSON, ctx()).plan;
    expect(bare.project.closure?.lessons).toHaveLength(1);
    expect(bare.phases).toEqual({});
  });
});

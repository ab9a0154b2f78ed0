import { describe, expect, it } from 'vitest';
import {
  addResource, deleteResource, initialsOf, insertTask, runCommand, setAssignees, touchedKeys, updateAssignment,
  updateProject, updateResource,
} from '../../../../renderer/domain/commands';
import { sequentialIds, type AssignmentId, type LocalDateTime, type ResourceId } from '../../../../renderer/domain/model';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const priya = 'r-priya' as ResourceId;

function teamPlan() {
  let plan = blankPlan();
  plan = runOk(addResource, plan, { id: priya, fields: { name: 'Priya Raman', role: 'Tech lead', costPerHour: 95 } }).plan;
  plan = runOk(insertTask, plan, { name: 'API design' }).plan;
  return plan;
}

describe('team commands', () => {
  it('adds a person with initials and defaults', () => {
    expect(teamPlan().resources[priya]).toMatchObject({ name: 'Priya Raman', initials: 'PR', role: 'Tech lead', maxUnits: 1, costPerHour: 95, type: 'work' });
    expect(initialsOf('Ola')).toBe('Ol');
    expect(initialsOf('  Jean  Luc  Picard ')).toBe('JP');
  });

  it('initials follow the name until the person sets their own', () => {
    // Added as "New team member" (NM), renamed: the initials follow, and survive a second rename.
    let plan = runOk(addResource, blankPlan(), { id: priya, fields: { name: 'New team member' } }).plan;
    expect(plan.resources[priya]?.initials).toBe('NM');
    plan = runOk(updateResource, plan, { id: priya, changes: { name: 'Ana Lopez' } }).plan;
    expect(plan.resources[priya]?.initials).toBe('AL');
    plan = runOk(updateResource, plan, { id: priya, changes: { name: 'Ana López García' } }).plan;
    expect(plan.resources[priya]?.initials).toBe('AG');
    // Set by hand: a rename leaves them alone.
    plan = runOk(updateResource, plan, { id: priya, changes: { initials: 'ALG' } }).plan;
    plan = runOk(updateResource, plan, { id: priya, changes: { name: 'Ana García' } }).plan;
    expect(plan.resources[priya]).toMatchObject({ name: 'Ana García', initials: 'ALG' });
    // Undo of the rename restores the old initials with the old name (runOk checks the inverse).
    expect(runCommand(updateResource, plan, { id: priya, changes: { initials: ' ' } }, testContext())).toMatchObject({ ok: false, error: { message: 'Initials cannot be empty.' } });
    expect(runCommand(updateResource, plan, { id: priya, changes: { initials: 'ABCDE' } }, testContext())).toMatchObject({ ok: false, error: { message: 'Initials are at most 4 characters.' } });
  });

  it('edits and validates capacity and rates', () => {
    const plan = teamPlan();
    expect(runOk(updateResource, plan, { id: priya, changes: { maxUnits: 0.5 } }).plan.resources[priya]?.maxUnits).toBe(0.5);
    const bad = runCommand(updateResource, plan, { id: priya, changes: { costPerHour: -3 } }, testContext());
    expect(bad).toEqual({ ok: false, error: { message: 'Rates cannot be negative.', where: "Team member 'Priya Raman'" } });
  });

  it('refuses a rate that is not a number, or above what a plan file may hold, with that reason', () => {
    const plan = teamPlan();
    expect(runCommand(updateResource, plan, { id: priya, changes: { costPerHour: Number.NaN } }, testContext()))
      .toEqual({ ok: false, error: { message: 'A rate must be a number.', where: "Team member 'Priya Raman'" } });
    expect(runCommand(updateResource, plan, { id: priya, changes: { costPerUse: 1e12 + 1 } }, testContext()))
      .toEqual({ ok: false, error: { message: 'A rate must be at most 1,000,000,000,000.', where: "Team member 'Priya Raman'" } });
    expect(runOk(updateResource, plan, { id: priya, changes: { costPerHour: 1e12 } }).plan.resources[priya]?.costPerHour).toBe(1e12);
  });

  it('assigns, keeps units of kept assignments, unassigns, and removes assignments with the person', () => {
    const plan = teamPlan();
    const task = taskByName(plan, 'API design').id;
    const assigned = runOk(setAssignees, plan, { taskId: task, resourceIds: [priya] }, testContext('a'));
    expect(Object.values(assigned.plan.assignments)).toEqual([{ id: 'a1', taskId: task, resourceId: priya, units: 1, workMinutes: null }]);
    const half = runOk(updateAssignment, assigned.plan, { id: 'a1' as AssignmentId, units: 0.5 }).plan;
    expect(runOk(setAssignees, half, { taskId: task, resourceIds: [priya] }).plan.assignments['a1']?.units).toBe(0.5);
    expect(runOk(setAssignees, half, { taskId: task, resourceIds: [] }).plan.assignments).toEqual({});
    expect(runOk(deleteResource, half, { id: priya }).plan.assignments).toEqual({});
  });

  it('lists exactly the rows an edit touched, for write-through persistence', () => {
    const plan = teamPlan();
    const task = taskByName(plan, 'API design').id;
    const later = { newId: sequentialIds('a'), now: '2026-03-03T10:00:00.000Z' };
    const out = runOk(setAssignees, plan, { taskId: task, resourceIds: [priya] }, later);
    expect(out.plan.project.updatedAt).toBe(later.now);
    expect(touchedKeys(out.patches, plan, out.plan)).toEqual(expect.arrayContaining([{ collection: 'assignments', id: 'a1' }, { collection: 'project' }]));
    expect(touchedKeys(out.patches, plan, out.plan)).toHaveLength(2);
  });
});

describe('updateProject', () => {
  it('renames and validates dates and currency', () => {
    const plan = blankPlan();
    expect(runOk(updateProject, plan, { changes: { name: 'Payments v2' } }).label).toBe('Rename project');
    const bad = runCommand(updateProject, plan, { changes: { start: '2026-02-30T09:00' as LocalDateTime } }, testContext());
    expect(bad.ok || bad.error.message).toBe("Start date: '2026-02-30T09:00' is not a date.");
    expect(runCommand(updateProject, plan, { changes: { currency: 'dollars' } }, testContext()).ok).toBe(false);
  });
});

describe('a team member\'s e-mail address', () => {
  const refusal = (email: string) => runCommand(updateResource, teamPlan(), { id: priya, changes: { email } }, testContext());

  it('is refused when it is no address, naming the person and the field, and the plan keeps what it had', () => {
    for (const typed of ['ana@', 'ana at example.com']) {
      expect(refusal(typed)).toEqual({
        ok: false, error: { message: `Email '${typed}' is not an e-mail address (one reads like name@example.com).`, where: "Team member 'Priya Raman'" },
      });
    }
    const added = runCommand(addResource, blankPlan(), { fields: { name: 'Ana', email: 'ana@' } }, testContext());
    expect(added.ok || added.error.where).toBe("Team member 'Ana'");
  });

  it('is stored trimmed; an empty field clears it', () => {
    const stored = runOk(updateResource, teamPlan(), { id: priya, changes: { email: '  priya@example.com ' } }).plan;
    expect(stored.resources[priya]?.email).toBe('priya@example.com');
    expect(runOk(updateResource, stored, { id: priya, changes: { email: ' ' } }).plan.resources[priya]?.email).toBe('');
    expect(runOk(addResource, blankPlan(), { id: priya, fields: { name: 'Ana', email: ' ana@example.com' } }).plan.resources[priya]?.email).toBe('ana@example.com');
  });
});

/**
 * A colleague's MS Project (or GanttProject) copy of a Plotline plan: the file has no place for a
 * task's stage and phase, tags, budget, three-point estimate or board column (formats/not-carried.ts
 * taskFields), so its reader leaves them empty or picks the column by progress. Compared or merged,
 * a matched task keeps the plan's values: the diff lists none of them, and a merge of the copy does
 * not wipe them; what the person changed in MS Project (a duration, % complete) still counts, and a
 * task done there moves to the plan's Done column.
 */
import { describe, expect, it } from 'vitest';
import { diffPlans, meaningfulChanges, mergePlans } from '../../../../renderer/domain/diff';
import { exportGanttProject, identityNotCarried, importGanttProject } from '../../../../renderer/domain/formats';
import type { Plan, Task } from '../../../../renderer/domain/model';
import { copyContext, sample, viaXml } from './sample-copies';


const NATIVE = identityNotCarried('.plotline');
const XML = identityNotCarried('.xml');
const FIELDS = new Set(['phase', 'phaseId', 'tags', 'budget', 'estimate', 'statusId', 'boardRank']);
const byName = (plan: Plan, name: string): Task => {
  const task = Object.values(plan.tasks).find((t) => t.name === name);
  if (!task) throw new Error(`no task ${name}`);
  return task;
};

describe('a plan against its own MS Project copy', () => {
  it('lists no stage, tag, budget, estimate or board change: the file has no place for them', () => {
    const plan = sample();
    expect(Object.values(plan.tasks).filter((t) => t.tags.length > 0).length).toBeGreaterThan(10);
    const changes = diffPlans(plan, viaXml(plan), { withDates: false, notCarried: { a: NATIVE, b: XML } }).changes;
    expect(changes.filter((c) => c.field !== undefined && FIELDS.has(c.field)).map((c) => `${c.label} ${c.field ?? ''}`)).toEqual([]);
  });

  it('lists none of them either with the copy first (a compare with an older MS Project copy, `plotline diff old.xml plan.plotline`)', () => {
    const plan = sample();
    const changes = diffPlans(viaXml(plan), plan, { withDates: false, notCarried: { a: XML, b: NATIVE } }).changes;
    expect(changes.filter((c) => c.field !== undefined && FIELDS.has(c.field)).map((c) => `${c.label} ${c.field ?? ''}`)).toEqual([]);
    // Nor the risks, phases or board columns the file has no place for, as added.
    expect(changes.filter((c) => c.op === 'add').map((c) => `${c.collection} ${c.label}`)).toEqual([]);
  });

  it('with the copy first, still lists what the person changed since it was written', () => {
    const plan = sample();
    const task = byName(plan, 'Refunds and chargebacks');
    const older = viaXml(plan, (xml) => xml.replace(/(<Name>Refunds and chargebacks<\/Name>[\s\S]*?<PercentComplete>)\d+(<\/PercentComplete>)/, '$1100$2'));
    const changes = diffPlans(older, plan, { withDates: false, notCarried: { a: XML, b: NATIVE } }).changes;
    const fields = changes.filter((c) => c.id === byName(older, task.name).id).map((c) => c.field);
    expect(fields).toContain('percentComplete');
    expect(fields).toContain('statusId');
    expect(fields).not.toContain('tags');
    expect(fields).not.toContain('phase');
  });

  it('still lists what the person changed in the file, and moves a task finished there to the Done column', () => {
    const plan = sample();
    const task = byName(plan, 'Refunds and chargebacks');
    expect(task.percentComplete).toBeLessThan(100);
    // MS Project's % Complete of that task typed to 100 in the file.
    const done = (xml: string): string => xml.replace(/(<Name>Refunds and chargebacks<\/Name>[\s\S]*?<PercentComplete>)\d+(<\/PercentComplete>)/, '$1100$2');
    const changes = diffPlans(plan, viaXml(plan, done), { withDates: false, notCarried: { a: NATIVE, b: XML } }).changes;
    const fields = changes.filter((c) => c.id === task.id).map((c) => c.field);
    expect(fields).toContain('percentComplete');
    expect(fields).toContain('statusId');
    expect(fields).not.toContain('tags');
    expect(fields).not.toContain('phase');
  });

  it('keeps a card where the plan has it while its progress is of the same kind in the copy, whatever the column\'s kind', () => {
    const plan = sample();
    const task = Object.values(plan.tasks).find((t) => t.kind !== 'summary' && t.percentComplete === 0 && t.actualStart === null);
    const review = Object.values(plan.columns).find((c) => c.name === 'Review');
    if (!task || !review) throw new Error('the sample has a task not started and a Review column');
    // Put in Review by hand (a CSV's Status column can), with no progress recorded.
    const placed: Plan = { ...plan, tasks: { ...plan.tasks, [task.id]: { ...task, statusId: review.id } } };
    const changes = meaningfulChanges(diffPlans(placed, viaXml(placed), { withDates: false, notCarried: { a: NATIVE, b: XML } }).changes);
    expect(changes.filter((c) => c.id === task.id).map((c) => c.field)).toEqual([]);
  });

  it('reads a field the app stores as its default and the file leaves out as no change (a typed duration is not elapsed)', () => {
    const plan = sample();
    const typed = Object.values(plan.tasks).filter((t) => t.kind !== 'summary').slice(0, 3);
    // As the task table stores a duration typed in it: "not elapsed" as false, no leveling delay as 0.
    const stored: Plan = { ...plan, tasks: { ...plan.tasks, ...Object.fromEntries(typed.map((t) => [t.id, { ...t, durationIsElapsed: false, levelingDelayMinutes: 0 }])) } };
    const changes = meaningfulChanges(diffPlans(stored, viaXml(stored), { withDates: false, notCarried: { a: NATIVE, b: XML } }).changes);
    expect(changes.filter((c) => c.field === 'durationIsElapsed' || c.field === 'levelingDelayMinutes')).toEqual([]);
  });

  it('merges the copy without wiping the plan\'s phases, tags, budgets, estimates and board', () => {
    const base = sample();
    const merged = mergePlans(base, base, viaXml(base), {}, { notCarried: { base: NATIVE, ours: NATIVE, theirs: XML } });
    expect(merged.conflicts).toEqual([]);
    for (const task of Object.values(base.tasks)) {
      const after = merged.plan.tasks[task.id];
      expect(after, task.name).toBeDefined();
      expect({ phase: after?.phase, phaseId: after?.phaseId, tags: after?.tags, budget: after?.budget, estimate: after?.estimate, statusId: after?.statusId, boardRank: after?.boardRank }, task.name)
        .toEqual({ phase: task.phase, phaseId: task.phaseId, tags: task.tags, budget: task.budget, estimate: task.estimate, statusId: task.statusId, boardRank: task.boardRank });
    }
    expect(merged.plan.columns).toEqual(base.columns);
  });

  it('merges a GanttProject copy the same way', () => {
    const base = sample();
    const written = exportGanttProject(base, { now: '2026-12-01T08:00:00.000Z' });
    const read = importGanttProject(written.text, copyContext());
    if (!read.ok) throw new Error(read.error.message);
    const merged = mergePlans(base, base, read.value.plan, {}, { notCarried: { base: NATIVE, ours: NATIVE, theirs: identityNotCarried('.gan') } });
    const tagged = Object.values(base.tasks).filter((t) => t.tags.length > 0);
    expect(tagged.map((t) => merged.plan.tasks[t.id]?.tags)).toEqual(tagged.map((t) => t.tags));
    expect(Object.values(base.tasks).map((t) => merged.plan.tasks[t.id]?.statusId)).toEqual(Object.values(base.tasks).map((t) => t.statusId));
  });
});

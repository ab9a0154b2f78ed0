import { applyPatches } from 'immer';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  activateContingency, addAssumption, addMitigationTask, addRisk, deleteRisk, deleteTasks, raiseIssueFromRisk,
  raiseRiskFromAssumption, riskToAdd, runCommand, updateAssumption, updateRisk, type CommandContext,
} from '../../../../renderer/domain/commands';
import { notCarriedSentence } from '../../../../renderer/domain/formats';
import { CURRENT_FILE_VERSION, parsePlotline, serializePlotline } from '../../../../renderer/domain/formats/native';
import { sequentialIds, type AssumptionId, type ColumnId, type Plan, type RiskId, type TaskId } from '../../../../renderer/domain/model';
import {
  assumptionRisk, exportRaidCsv, previewContingency, probabilityBand, riskExposure, riskScore, scoreTrend, tasksAtRisk,
} from '../../../../renderer/domain/raid';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { runOk } from '../../../support/plan-builder';
import { basePlan, chain } from '../schedule/plan-kit';

const ctx = (): CommandContext => ({ newId: sequentialIds('n'), now: '2026-03-02T08:00:00.000Z' });
const R = 'r1' as RiskId;

/** a (2 d) -> b (3 d), with risk r1 on b whose contingency "Rework" (2 d) follows a and precedes b. */
function planWithContingency(): Plan {
  const plan = chain(basePlan(), ['a', 'b'], 480);
  // plan-kit's tasks name a board column 'todo' the plan lacks; the file reader checks it.
  const column = Object.keys(plan.columns)[0] as ColumnId;
  const a = { ...plan.tasks.a!, durationMinutes: 960, statusId: column };
  const withB = { ...plan, tasks: { a, b: { ...plan.tasks.b!, durationMinutes: 1440, statusId: column } } };
  return runOk(addRisk, withB, {
    id: R,
    fields: {
      title: 'Vendor API late', probability: 3, impacts: { schedule: 4, cost: 2, scope: 1 }, costImpactAmount: 10000,
      taskIds: ['b' as TaskId],
      contingencyTasks: [{ key: 'c1', name: 'Rework', durationMinutes: 960, predecessorIds: ['a' as TaskId], successorIds: ['b' as TaskId] }],
    },
  }, ctx()).plan;
}

describe('risk scoring', () => {
  it('maps each level to its band and uses the mid-point for expected values', () => {
    expect([1, 2, 3, 4, 5].map((l) => probabilityBand(l).midpoint)).toEqual([0.05, 0.2, 0.4, 0.6, 0.85]);
    expect(probabilityBand(4).label).toBe('Likely (50–70%)');
  });

  it('scores probability x the largest impact and keeps impact = the largest', () => {
    const plan = planWithContingency();
    expect(riskScore(plan.risks[R]!)).toBe(12);
    expect(plan.risks[R]).toMatchObject({ code: 'R-001', impact: 4, scoreHistory: [{ score: 12 }] });
  });

  it('shows a risk being added as addRisk adds it: the same code and defaults', () => {
    const plan = planWithContingency();
    const fields = { title: ' Supplier strike ', probability: 4 };
    const shown = riskToAdd(plan, 'r2' as RiskId, fields, '2026-03-02T08:00:00.000Z');
    const added = runOk(addRisk, plan, { id: 'r2' as RiskId, fields }, ctx()).plan.risks['r2'];
    expect(shown).toMatchObject({ code: 'R-002', title: 'Supplier strike', probability: 4, impact: 3, status: 'open', raisedOn: '2026-03-02' });
    // addRisk also starts the score history; everything the editor shows is the same.
    const { scoreHistory: _history, ...rest } = added ?? {};
    expect(rest).toEqual(shown);
  });

  it('records a score change with a trend arrow and refuses probability 0 or 6', () => {
    const plan = planWithContingency();
    // Raised on Mar 2 at 12; re-scored at a review on Mar 9.
    const up = runOk(updateRisk, plan, { id: R, changes: { probability: 5 } }, { ...ctx(), now: '2026-03-09T08:00:00.000Z' }).plan;
    expect(up.risks[R]!.scoreHistory!.map((e) => e.score)).toEqual([12, 20]);
    expect(scoreTrend(up.risks[R]!)).toBe('up');
    for (const probability of [0, 6]) {
      const refused = runCommand(updateRisk, plan, { id: R, changes: { probability } }, ctx());
      expect(refused).toEqual({ ok: false, error: { message: `probability must be a whole number 1 to 5, not ${String(probability)}.`, where: 'Risk R-001' } });
    }
  });

  it('reads the trend across days: a risk filled in on the day it is raised is flat, a later review moves it from where that day ended', () => {
    const on = (now: string): CommandContext => ({ ...ctx(), now });
    // Added at the default 3 x 3 = 9, then described: probability 4 (12), schedule impact 4 (16), all on Mar 2.
    let plan = runOk(addRisk, planWithContingency(), { id: 'r2' as RiskId, fields: { title: 'Key engineer leaves' } }, on('2026-03-02T09:00:00.000Z')).plan;
    plan = runOk(updateRisk, plan, { id: 'r2' as RiskId, changes: { probability: 4 } }, on('2026-03-02T09:01:00.000Z')).plan;
    plan = runOk(updateRisk, plan, { id: 'r2' as RiskId, changes: { impacts: { schedule: 4, cost: 3, scope: 3 } } }, on('2026-03-02T09:02:00.000Z')).plan;
    expect(plan.risks['r2']!.scoreHistory!.map((e) => e.score)).toEqual([9, 12, 16]);
    expect(scoreTrend(plan.risks['r2']!)).toBe('flat');
    // Mar 9's review: probability 2 (8), then 3 (12) the same morning: down from Mar 2's 16, not up from 8.
    plan = runOk(updateRisk, plan, { id: 'r2' as RiskId, changes: { probability: 2 } }, on('2026-03-09T10:00:00.000Z')).plan;
    plan = runOk(updateRisk, plan, { id: 'r2' as RiskId, changes: { probability: 3 } }, on('2026-03-09T10:05:00.000Z')).plan;
    expect(scoreTrend(plan.risks['r2']!)).toBe('down');
    // Back to 16 on Mar 16: up from where Mar 9 ended (12).
    plan = runOk(updateRisk, plan, { id: 'r2' as RiskId, changes: { probability: 4 } }, on('2026-03-16T10:00:00.000Z')).plan;
    expect(scoreTrend(plan.risks['r2']!)).toBe('up');
  });

  it('sums the expected monetary value of open threats only', () => {
    let plan = planWithContingency();
    plan = runOk(addRisk, plan, { id: 'r2' as RiskId, fields: { title: 'Cheaper hosting', kind: 'opportunity', probability: 5, costImpactAmount: 5000 } }, ctx()).plan;
    plan = runOk(addRisk, plan, { id: 'r3' as RiskId, fields: { title: 'Closed one', status: 'closed', probability: 5, costImpactAmount: 9000 } }, ctx()).plan;
    plan = runOk(addRisk, plan, { id: 'r4' as RiskId, fields: { title: 'Licence audit', status: 'mitigating', probability: 1, costImpactAmount: 2000 } }, ctx()).plan;
    // 0.4 x 10 000 (R-001) + 0.05 x 2 000 (R-004) = 4 000 + 100
    expect(riskExposure(plan)).toBe(4100);
  });
});

describe('contingency activation', () => {
  it('inserts the tasks with their links as one undoable command and moves the finish as computed by hand', () => {
    const plan = planWithContingency();
    // Before: a Mon 2 Mar - Tue 3 Mar, b Wed 4 - Fri 6 Mar 17:00. After: Rework Wed 4 - Thu 5, b Fri 6 - Tue 10 Mar 17:00.
    expect(scheduleProject(plan).projectFinish).toBe('2026-03-06T17:00');
    const preview = previewContingency(plan, R, ctx());
    expect(preview).toEqual({ ok: true, value: { finishBefore: '2026-03-06T17:00', finishAfter: '2026-03-10T17:00', delayMinutes: 960 } });
    const out = runOk(activateContingency, plan, { riskId: R }, ctx());
    const inserted = Object.values(out.plan.tasks).find((t) => t.name === 'Rework')!;
    expect(inserted.durationMinutes).toBe(960);
    const links = Object.values(out.plan.links).filter((l) => l.predecessorId === inserted.id || l.successorId === inserted.id);
    expect(links.map((l) => `${l.predecessorId}->${l.successorId}`).sort()).toEqual([`a->${inserted.id}`, `${inserted.id}->b`]);
    expect(out.plan.risks[R]).toMatchObject({ status: 'occurred', activatedTaskIds: [inserted.id] });
    expect(scheduleProject(out.plan).projectFinish).toBe('2026-03-10T17:00');
    expect(applyPatches(out.plan, out.inverse as never)).toEqual(plan);
    expect(runCommand(activateContingency, out.plan, { riskId: R }, ctx())).toMatchObject({ ok: false, error: { message: 'Its contingency is already activated.' } });
  });

  it('refuses a contingency task that is already a live task or linked to one that is not in the plan', () => {
    const plan = planWithContingency();
    const live = runCommand(updateRisk, plan, { id: R, changes: { contingencyTasks: [{ key: 'a', name: 'Twice', durationMinutes: 60, predecessorIds: [], successorIds: [] }] } }, ctx());
    expect(live).toMatchObject({ ok: false, error: { message: "Contingency task 'Twice' is already in the live plan; it joins the schedule only when activated.", where: 'Risk R-001' } });
    const ghost = runCommand(updateRisk, plan, { id: R, changes: { contingencyTasks: [{ key: 'x', name: 'Ghost', durationMinutes: 60, predecessorIds: ['zz' as TaskId], successorIds: [] }] } }, ctx());
    expect(ghost).toMatchObject({ ok: false, error: { message: "Contingency task 'Ghost' is linked to task zz, which is not in the plan." } });
  });

  it('drops a deleted task from every risk link', () => {
    let plan = planWithContingency();
    plan = runOk(addMitigationTask, plan, { riskId: R, taskId: 'm' as TaskId, name: 'Second vendor' }, ctx()).plan;
    expect(plan.risks[R]).toMatchObject({ mitigationTaskIds: ['m'], status: 'mitigating' });
    expect([...tasksAtRisk(plan).keys()].sort()).toEqual(['b', 'm']);
    const out = runOk(deleteTasks, plan, { ids: ['a' as TaskId, 'm' as TaskId] }, ctx()).plan;
    expect(out.risks[R]!.mitigationTaskIds).toEqual([]);
    expect(out.risks[R]!.contingencyTasks![0]!.predecessorIds).toEqual([]);
  });
});

describe('a mitigation task for a risk being added', () => {
  it('adds the risk and its mitigation task in one step that one undo takes back whole', () => {
    const plan = chain(basePlan(), ['a'], 480);
    const out = runCommand(addMitigationTask, plan, { riskId: R, taskId: 'm' as TaskId, name: 'Second vendor', addingRisk: { title: 'Vendor late', probability: 4 } }, ctx());
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value.label).toBe('Add risk');
    expect(out.value.plan.risks[R]).toMatchObject({ code: 'R-001', title: 'Vendor late', probability: 4, mitigationTaskIds: ['m'], status: 'mitigating' });
    expect(out.value.plan.tasks.m?.name).toBe('Second vendor');
    const undone = applyPatches(out.value.plan, out.value.inverse);
    expect(undone.risks).toEqual({});
    expect(undone.tasks.m).toBeUndefined();
  });

  it('only adds the task when the risk is already stored, and refuses a risk being added that is invalid', () => {
    const plan = planWithContingency();
    const out = runCommand(addMitigationTask, plan, { riskId: R, taskId: 'm' as TaskId, name: 'Second vendor', addingRisk: { title: 'Other title' } }, ctx());
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value.label).toBe('Add mitigation task');
    expect(out.value.plan.risks[R]?.title).toBe('Vendor API late');
    const refused = runCommand(addMitigationTask, chain(basePlan(), ['a'], 480), { riskId: R, name: 'Second vendor', addingRisk: { title: '  ' } }, ctx());
    expect(refused).toMatchObject({ ok: false, error: { message: 'A risk needs a title.' } });
  });
});

describe('issues from risks', () => {
  it('raises an issue only from an occurred risk, keeping the link', () => {
    const plan = planWithContingency();
    expect(runCommand(raiseIssueFromRisk, plan, { riskId: R }, ctx())).toMatchObject({ ok: false, error: { where: 'Risk R-001' } });
    const occurred = runOk(updateRisk, plan, { id: R, changes: { status: 'occurred' } }, ctx()).plan;
    const out = runOk(raiseIssueFromRisk, occurred, { riskId: R, id: 'i1' as never }, ctx()).plan;
    expect(out.issues.i1).toMatchObject({ code: 'I-001', title: 'Vendor API late', riskId: R, taskIds: ['b'], priority: 'high', status: 'open' });
    expect(notCarriedSentence(out, '.xml', 'MS Project XML')).toBe('Not written (MS Project XML has no place for them): 1 risk, 1 issue.');
    expect(notCarriedSentence(basePlan(), '.xml', 'MS Project XML')).toBeNull();
    expect(exportRaidCsv(out, 'issues').split('\r\n')[1]).toBe('I-001,Vendor API late,High,Open,,2026-03-02,,,,b,R-001');
  });
});

describe('RAID in the .plotline file', () => {
  const options = { app: 'Plotline test', exported: '2026-03-02T08:00:00.000Z' };
  it('round-trips risks, issues, assumptions and decisions', () => {
    const plan = planWithContingency();
    const back = parsePlotline(serializePlotline(plan, options));
    if (!back.ok) throw new Error(back.error.message);
    // Auto tasks' stored dates are the reader's to refresh; the RAID collections come back as written.
    for (const name of ['risks', 'issues', 'assumptions', 'decisions'] as const) expect(back.value.plan[name]).toEqual(plan[name]);
  });

  it('migrates a version-1 file with the old risk shape', () => {
    const v1 = JSON.parse(readFileSync(path.join(process.cwd(), 'test/fixtures/native/plotline-v1.plotline'), 'utf8')) as { project: Record<string, unknown> };
    v1.project.risks = { r9: { id: 'r9', title: 'Old', description: '', category: 'vendor', probability: 4, impact: 3, status: 'open', owner: 'Ana', mitigation: '', contingency: '', trigger: '', taskIds: [], raisedOn: '2026-01-05', reviewOn: '2026-02-01' } };
    const read = parsePlotline(JSON.stringify(v1));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.plan.risks.r9).toMatchObject({ title: 'Old', probability: 4, impact: 3 });
    expect(riskScore(read.value.plan.risks.r9!)).toBe(12);
    expect(read.value.plan.decisions).toEqual({});
  });

  it('opens the frozen version-2 fixture', () => {
    const read = parsePlotline(readFileSync(path.join(process.cwd(), 'test/fixtures/native/plotline-v2.plotline'), 'utf8'));
    if (!read.ok) throw new Error(read.error.message);
    const { plan, warnings } = read.value;
    // Version 3 added the RACI and communication collections and widened change requests.
    expect(warnings).toEqual([`Upgraded from file version 2; saving writes version ${String(CURRENT_FILE_VERSION)}.`]);
    expect([plan.raci, plan.communications]).toEqual([{}, {}]);
    expect(plan.risks.r1).toMatchObject({ code: 'R-001', impacts: { schedule: 4, cost: 2, scope: 1 }, contingencyTasks: [{ name: 'Rework' }] });
    expect(plan.issues.i1).toMatchObject({ code: 'I-001', riskId: 'r1' });
    expect(plan.assumptions.as1).toMatchObject({ status: 'invalid' });
    expect(plan.decisions.d1).toMatchObject({ riskIds: ['r1'], issueIds: ['i1'] });
  });
});

describe('an assumption\'s risk (the risk it becomes if it proves false)', () => {
  const A = 'as1' as AssumptionId;
  /** The contingency plan's R-001 "Vendor API late" and assumption A-001, not linked yet. */
  function planWithAssumption(): Plan {
    return runOk(addAssumption, planWithContingency(), { id: A, fields: { statement: 'The vendor keeps its dates' } }, ctx()).plan;
  }

  it('is none until linked, then names the risk by code and title', () => {
    const plan = planWithAssumption();
    expect(assumptionRisk(plan, plan.assumptions[A]!)).toEqual({ kind: 'none' });
    const linked = runOk(updateAssumption, plan, { id: A, changes: { riskId: R } }, ctx()).plan;
    expect(assumptionRisk(linked, linked.assumptions[A]!)).toEqual({ kind: 'linked', riskId: R, code: 'R-001', title: 'Vendor API late' });
    const unlinked = runOk(updateAssumption, linked, { id: A, changes: { riskId: null } }, ctx()).plan;
    expect(assumptionRisk(unlinked, unlinked.assumptions[A]!)).toEqual({ kind: 'none' });
  });

  it('refuses a link to a risk not in the plan, on adding or editing', () => {
    const plan = planWithAssumption();
    const where = 'Assumption A-001';
    expect(runCommand(updateAssumption, plan, { id: A, changes: { riskId: 'gone' as RiskId } }, ctx()))
      .toMatchObject({ ok: false, error: { message: 'The linked risk is not in the plan (deleted?).', where } });
    expect(runCommand(addAssumption, plan, { fields: { statement: 'Second', riskId: 'gone' as RiskId } }, ctx()))
      .toMatchObject({ ok: false, error: { message: 'The linked risk is not in the plan (deleted?).', where: 'Assumption A-002' } });
  });

  it('says its risk was deleted, keeps the link through other edits, and undo brings the risk back by name', () => {
    const linked = runOk(updateAssumption, planWithAssumption(), { id: A, changes: { riskId: R } }, ctx()).plan;
    const deleted = runOk(deleteRisk, linked, { id: R }, ctx());
    expect(assumptionRisk(deleted.plan, deleted.plan.assumptions[A]!)).toEqual({ kind: 'deleted', riskId: R });
    // Editing the assumption's other fields is not refused for the link it keeps.
    const edited = runOk(updateAssumption, deleted.plan, { id: A, changes: { status: 'invalid' } }, ctx()).plan;
    expect(edited.assumptions[A]).toMatchObject({ status: 'invalid', riskId: R });
    const undone = applyPatches(deleted.plan, deleted.inverse as never);
    expect(assumptionRisk(undone, undone.assumptions[A]!)).toMatchObject({ kind: 'linked', code: 'R-001' });
    // The CSV's Risk if false column says so, as the register does, where it was left blank.
    expect(exportRaidCsv(linked, 'assumptions').split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFID,Statement,Owner,Validate by,Status,Risk if false', 'A-001,The vendor keeps its dates,,,Unvalidated,R-001 Vendor API late']);
    expect(exportRaidCsv(deleted.plan, 'assumptions')).toContain('A-001,The vendor keeps its dates,,,Unvalidated,Its risk was deleted');
  });

  it('raises a new risk from an invalid assumption whose linked risk was deleted, but not while one is linked', () => {
    const linked = runOk(updateAssumption, planWithAssumption(), { id: A, changes: { riskId: R, status: 'invalid' } }, ctx()).plan;
    expect(runCommand(raiseRiskFromAssumption, linked, { assumptionId: A }, ctx()))
      .toMatchObject({ ok: false, error: { message: 'It is already linked to a risk.' } });
    const deleted = runOk(deleteRisk, linked, { id: R }, ctx()).plan;
    const raised = runOk(raiseRiskFromAssumption, deleted, { assumptionId: A, riskId: 'r2' as RiskId }, ctx()).plan;
    expect(assumptionRisk(raised, raised.assumptions[A]!)).toMatchObject({ kind: 'linked', riskId: 'r2', title: 'Assumption failed: The vendor keeps its dates' });
  });
});

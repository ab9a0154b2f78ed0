import { describe, expect, it } from 'vitest';
import {
  addCommunication, addResource, addStakeholder, deleteResource, deleteStakeholder, deleteTasks, issueCommunication,
  runCommand, setRaci, updateStakeholder,
} from '../../../../renderer/domain/commands';
import { parseCsv } from '../../../../renderer/domain/formats/csv/csv-parse';
import { parsePlotline, serializePlotline } from '../../../../renderer/domain/formats/native';
import { CURRENT_FILE_VERSION, migrateFile } from '../../../../renderer/domain/formats/native/migrations';
import type {
  CommunicationId, LocalDate, LocalDateTime, Plan, ResourceId, StakeholderId, TaskId,
} from '../../../../renderer/domain/model';
import {
  addMonth, describeGap, dueThisWeek, statusReportEntriesDue, engagementGap, exportStakeholdersCsv, nextDueAfterIssue, nudgeScores, quadrantOf,
  raciDeliverables, raciRowProblem, scoresAtPoint, stakeholderReferences, weekOf,
} from '../../../../renderer/domain/stakeholders';
import { blankPlan, runOk, testContext } from '../../../support/plan-builder';
import { withTask } from '../schedule/plan-kit';

const d = (text: string): LocalDate => text as LocalDate;
const S1 = 's1' as StakeholderId;
const S2 = 's2' as StakeholderId;
const P1 = 'p1' as ResourceId;
const C1 = 'c1' as CommunicationId;

let raciSeq = 0;
/** Sets a RACI cell with fresh ids (each test context starts its ids again). */
function raci(plan: Plan, args: Parameters<typeof setRaci.apply>[1]): { plan: Plan } {
  return runOk(setRaci, plan, args, testContext(`raci${String(++raciSeq)}-`));
}

/** Phase "Build" (summary) with task "Code", and milestone "Launch" on 2026-03-20; two stakeholders, one person. */
function planWithParties(): Plan {
  let plan = withTask(blankPlan(), 'Build', { kind: 'summary', rank: 'a' });
  plan = withTask(plan, 'Code', { parentId: 'Build' as TaskId, rank: 'a' });
  plan = withTask(plan, 'Launch', { kind: 'milestone', durationMinutes: 0, rank: 'b', finish: '2026-03-20T17:00' as LocalDateTime });
  plan = runOk(addStakeholder, plan, { id: S1, fields: { name: 'Dana CFO', influence: 5, interest: 2 } }).plan;
  plan = runOk(addStakeholder, plan, { id: S2, fields: { name: 'Ops lead' } }).plan;
  return runOk(addResource, plan, { id: P1, fields: { name: 'Priya' } }).plan;
}

describe('power / interest grid', () => {
  it('puts scores of 3 and above in the high half of each axis', () => {
    expect(quadrantOf({ influence: 5, interest: 5 })).toBe('manage-closely');
    expect(quadrantOf({ influence: 3, interest: 2 })).toBe('keep-satisfied');
    expect(quadrantOf({ influence: 2, interest: 3 })).toBe('keep-informed');
    expect(quadrantOf({ influence: 1, interest: 1 })).toBe('monitor');
  });

  it('maps a drop point to the cell under it, clamping points past the edge', () => {
    // 500 x 500 grid: cells 100 px; interest grows to the right, influence to the top.
    expect(scoresAtPoint(50, 50, 500, 500)).toEqual({ interest: 1, influence: 5 });
    expect(scoresAtPoint(450, 450, 500, 500)).toEqual({ interest: 5, influence: 1 });
    expect(scoresAtPoint(250, 120, 500, 500)).toEqual({ interest: 3, influence: 4 });
    expect(scoresAtPoint(-20, 900, 500, 500)).toEqual({ interest: 1, influence: 1 });
  });

  it('moves a chip one cell per arrow key and not past the edges', () => {
    expect(nudgeScores({ influence: 3, interest: 3 }, 'ArrowUp')).toEqual({ influence: 4, interest: 3 });
    expect(nudgeScores({ influence: 3, interest: 3 }, 'ArrowLeft')).toEqual({ influence: 3, interest: 2 });
    expect(nudgeScores({ influence: 5, interest: 3 }, 'ArrowUp')).toBeNull();
    expect(nudgeScores({ influence: 3, interest: 3 }, 'Enter')).toBeNull();
  });

  it('a drag is one undoable command that changes both scores', () => {
    const plan = planWithParties();
    const moved = runOk(updateStakeholder, plan, { id: S1, changes: scoresAtPoint(450, 450, 500, 500) });
    expect(moved.plan.stakeholders[S1]).toMatchObject({ influence: 1, interest: 5 });
    expect(moved.label).toBe('Move stakeholder on the power / interest grid');
    const refused = runCommand(updateStakeholder, plan, { id: S1, changes: { influence: 6 } }, testContext());
    expect(refused.ok || refused.error.message).toBe('Influence is a whole number from 1 to 5.');
  });

  it('refuses an e-mail address that is not one, naming the field and what was typed, and keeps a valid one trimmed', () => {
    const plan = planWithParties();
    const refused = runCommand(updateStakeholder, plan, { id: S1, changes: { email: 'bob@' } }, testContext());
    expect(refused.ok || refused.error).toEqual({ message: "Email 'bob@' is not an e-mail address (one reads like name@example.com).", where: "Stakeholder 'Dana CFO'" });
    const added = runCommand(addStakeholder, plan, { fields: { name: 'Bob', email: 'bob.example.com' } }, testContext());
    expect(added.ok || added.error.message).toBe("Email 'bob.example.com' is not an e-mail address (one reads like name@example.com).");
    const kept = runOk(updateStakeholder, plan, { id: S1, changes: { email: ' dana@acme.example.com ' } });
    expect(kept.plan.stakeholders[S1]?.email).toBe('dana@acme.example.com');
    // An address stored before the rule (an older file) does not block editing the other fields.
    const older: Plan = { ...plan, stakeholders: { ...plan.stakeholders, [S1]: { ...plan.stakeholders[S1]!, email: 'dana at acme' } } };
    expect(runOk(updateStakeholder, older, { id: S1, changes: { role: 'Sponsor' } }).plan.stakeholders[S1]).toMatchObject({ role: 'Sponsor', email: 'dana at acme' });
  });

  it('measures the engagement gap in levels', () => {
    expect(engagementGap({ currentEngagement: 'resistant', desiredEngagement: 'supportive' })).toBe(2);
    expect(engagementGap({ currentEngagement: 'leading', desiredEngagement: 'supportive' })).toBe(-1);
    expect(engagementGap({ currentEngagement: 'neutral' })).toBeNull();
    expect(describeGap({ currentEngagement: 'resistant', desiredEngagement: 'supportive' })).toBe('resistant → supportive (+2)');
  });
});

describe('RACI matrix', () => {
  it('rows are summary tasks and milestones in outline order', () => {
    expect(raciDeliverables(planWithParties()).map((t) => t.name)).toEqual(['Build', 'Launch']);
  });

  it('flags a row without exactly one A, naming who holds it', () => {
    let plan = planWithParties();
    const build = 'Build' as TaskId;
    expect(raciRowProblem(plan, build)).toBe('No one is accountable (A): give exactly one person the A.');
    plan = raci(plan, { taskId: build, partyKind: 'resource', partyId: P1, role: 'R' }).plan;
    expect(raciRowProblem(plan, build)).toMatch(/^No one is accountable/);
    plan = raci(plan, { taskId: build, partyKind: 'stakeholder', partyId: S1, role: 'A' }).plan;
    expect(raciRowProblem(plan, build)).toBeNull();
    plan = raci(plan, { taskId: build, partyKind: 'resource', partyId: P1, role: 'A' }).plan;
    expect(raciRowProblem(plan, build)).toBe('2 are accountable (Dana CFO, Priya): only one may hold the A.');
    plan = raci(plan, { taskId: build, partyKind: 'resource', partyId: P1, role: null }).plan;
    expect(raciRowProblem(plan, build)).toBeNull();
    expect(Object.values(plan.raci)).toHaveLength(1);
  });

  it('drops cells of deleted tasks and people', () => {
    let plan = planWithParties();
    plan = raci(plan, { taskId: 'Build' as TaskId, partyKind: 'resource', partyId: P1, role: 'A' }).plan;
    plan = raci(plan, { taskId: 'Launch' as TaskId, partyKind: 'resource', partyId: P1, role: 'R' }).plan;
    expect(Object.values(runOk(deleteResource, plan, { id: P1 }).plan.raci)).toEqual([]);
    expect(Object.values(runOk(deleteTasks, plan, { ids: ['Launch' as TaskId] }).plan.raci).map((e) => e.taskId)).toEqual(['Build']);
  });
});

describe('communication plan dates', () => {
  it('adds a month within the month: Jan 31 -> Feb 28 (29 in a leap year), month ends stay month ends', () => {
    expect(addMonth(d('2026-01-31'))).toBe('2026-02-28');
    expect(addMonth(d('2028-01-31'))).toBe('2028-02-29');
    expect(addMonth(d('2026-02-28'))).toBe('2026-03-31');
    expect(addMonth(d('2026-01-15'))).toBe('2026-02-15');
    expect(addMonth(d('2026-12-10'))).toBe('2027-01-10');
    expect(addMonth(d('2026-03-30'))).toBe('2026-04-30');
  });

  it('steps the next due date by the frequency from the date it was due', () => {
    const plan = planWithParties();
    expect(nextDueAfterIssue(plan, { frequency: 'monthly', nextDueOn: d('2026-01-31') }, d('2026-01-31'))).toBe('2026-02-28');
    expect(nextDueAfterIssue(plan, { frequency: 'weekly', nextDueOn: d('2026-03-06') }, d('2026-03-05'))).toBe('2026-03-13');
    expect(nextDueAfterIssue(plan, { frequency: 'fortnightly', nextDueOn: d('2026-03-06') }, d('2026-03-06'))).toBe('2026-03-20');
    // Issued three weeks late: the missed weeks are not all due at once.
    expect(nextDueAfterIssue(plan, { frequency: 'weekly', nextDueOn: d('2026-03-06') }, d('2026-03-25'))).toBe('2026-03-27');
    expect(nextDueAfterIssue(plan, { frequency: 'weekly', nextDueOn: null }, d('2026-03-04'))).toBe('2026-03-11');
    expect(nextDueAfterIssue(plan, { frequency: 'once', nextDueOn: d('2026-03-06') }, d('2026-03-06'))).toBeNull();
    expect(nextDueAfterIssue(plan, { frequency: 'per-milestone', nextDueOn: null }, d('2026-03-06'))).toBe('2026-03-20');
    expect(nextDueAfterIssue(plan, { frequency: 'per-milestone', nextDueOn: null }, d('2026-03-20'))).toBeNull();
  });

  it('issueCommunication marks it done for the period and sets the next date, undoably', () => {
    let plan = planWithParties();
    plan = runOk(addCommunication, plan, { id: C1, fields: { what: 'Steering update', frequency: 'monthly', nextDueOn: d('2026-01-31') } }).plan;
    const issued = runOk(issueCommunication, plan, { entryId: C1, issuedOn: d('2026-01-30') });
    expect(issued.plan.communications[C1]).toMatchObject({ lastIssuedOn: '2026-01-30', nextDueOn: '2026-02-28' });
    expect(issued.label).toBe('Mark communication issued');
  });

  it('lists what is due in the status date\'s week, overdue entries included, soonest first', () => {
    expect(weekOf(d('2026-03-04'))).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(weekOf(d('2026-03-08'))).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    let plan = planWithParties();
    const add = (id: string, what: string, nextDueOn: string | null): void => {
      plan = runOk(addCommunication, plan, { id: id as CommunicationId, fields: { what, nextDueOn: nextDueOn as LocalDate | null } }).plan;
    };
    add('a', 'Sprint demo', '2026-03-06');
    add('b', 'Status report', '2026-02-27');
    add('c', 'Release notice', '2026-03-09');
    add('d', 'Kick-off note', null);
    expect(dueThisWeek(plan, d('2026-03-04')).map((e) => e.what)).toEqual(['Status report', 'Sprint demo']);
    // Issuing a status report fulfils only the status-report entries due now.
    add('e', 'Weekly status report to the steering group', '2026-03-06');
    expect(statusReportEntriesDue(plan, d('2026-03-04')).map((e) => e.what)).toEqual(['Status report', 'Weekly status report to the steering group']);
  });
});

describe('deleting a stakeholder', () => {
  function usedEverywhere(): Plan {
    let plan = planWithParties();
    plan = raci(plan, { taskId: 'Build' as TaskId, partyKind: 'stakeholder', partyId: S1, role: 'A' }).plan;
    return runOk(addCommunication, plan, { id: C1, fields: { what: 'Steering update', audienceStakeholderIds: [S1, S2] } }).plan;
  }

  it('says where one is used and refuses until asked to remove the references', () => {
    const plan = usedEverywhere();
    expect(stakeholderReferences(plan, S1).map((r) => r.label)).toEqual(['RACI: Build (A)', 'Communication plan: Steering update']);
    const refused = runCommand(deleteStakeholder, plan, { id: S1 }, testContext());
    expect(refused.ok || refused.error).toEqual({
      message: 'Used in RACI: Build (A); Communication plan: Steering update. Delete them there too?', where: "Stakeholder 'Dana CFO'",
    });
    const deleted = runOk(deleteStakeholder, plan, { id: S1, removeReferences: true }).plan;
    expect(deleted.stakeholders[S1]).toBeUndefined();
    expect(deleted.raci).toEqual({});
    expect(deleted.communications[C1]?.audienceStakeholderIds).toEqual([S2]);
  });

  it('deletes an unused one without asking', () => {
    expect(runOk(deleteStakeholder, planWithParties(), { id: S2 }).plan.stakeholders[S2]).toBeUndefined();
  });
});

describe('stakeholder CSV and file', () => {
  it('exports the register with formula characters made inert', () => {
    let plan = planWithParties();
    plan = runOk(addStakeholder, plan, { fields: { name: '=HYPERLINK("http://evil.example","click")', role: '+SUM(A1)', notes: '@cmd' } }).plan;
    plan = runOk(updateStakeholder, plan, { id: S2, changes: { currentEngagement: 'resistant', desiredEngagement: 'supportive', email: 'ops@example.com' } }).plan;
    const csv = exportStakeholdersCsv(plan);
    expect(csv.startsWith('\uFEFFName,Role,Organisation / department,Email,Phone,Influence,Interest,Quadrant,')).toBe(true);
    const parsed = parseCsv(csv.slice(1));
    const rows = parsed.ok ? parsed.value.rows : [];
    const evil = rows.find((r) => r[0]?.includes('HYPERLINK'));
    expect(evil?.[0]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(evil?.[1]).toBe("'+SUM(A1)");
    expect(evil?.[12]).toBe("'@cmd");
    expect(rows.find((r) => r[0] === 'Ops lead')).toEqual(['Ops lead', '', '', 'ops@example.com', '', '3', '3', 'Manage closely', 'resistant', 'supportive', '2', '', '']);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('round-trips stakeholders, RACI and communications through the current file; a version-2 file gains empty collections', () => {
    let plan = planWithParties();
    plan = raci(plan, { taskId: 'Build' as TaskId, partyKind: 'stakeholder', partyId: S1, role: 'A' }).plan;
    plan = runOk(addCommunication, plan, { id: C1, fields: { what: 'Steering update', frequency: 'monthly', ownerId: P1, nextDueOn: d('2026-03-31') } }).plan;
    plan = runOk(updateStakeholder, plan, { id: S1, changes: { phone: '+1 555 0100', currentEngagement: 'neutral', desiredEngagement: 'leading' } }).plan;
    const text = serializePlotline(plan, { app: 'Plotline test', exported: '2026-03-02T08:00:00.000Z' });
    expect((JSON.parse(text) as { version: number }).version).toBe(CURRENT_FILE_VERSION);
    const back = parsePlotline(text);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.plan.raci).toEqual(plan.raci);
    expect(back.value.plan.communications).toEqual(plan.communications);
    expect(back.value.plan.stakeholders).toEqual(plan.stakeholders);
    const v2 = migrateFile({ version: 2, project: { stakeholders: {} } }, 2, 3);
    expect(v2.ok && v2.value).toEqual({ version: 3, project: { stakeholders: {}, raci: {}, communications: {}, reports: {} } });
  });
});

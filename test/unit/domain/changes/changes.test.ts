import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  changeCodes, checkTransition, exportChangeLogCsv, nextStatuses, proposalImpact, proposedEditInWords, rebaseProposal, recordingIds,
} from '../../../../renderer/domain/changes';
import {
  addLink, deleteTasks, planCommands, proposalCommand, runCommand, type ArgsOf, type CommandName,
} from '../../../../renderer/domain/commands';
import {
  CHANGE_STATUSES, sequentialIds, type ChangeRequestId, type LocalDate, type Plan, type ProposedEdit, type TaskId,
} from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { assign, withPerson, withTask } from '../../../support/cost-plan';
import { blankPlan, NOW, runOk, taskByName, testContext } from '../../../support/plan-builder';

const DAY = 480;
const CR = 'cr1' as ChangeRequestId;
const day = (iso: string): LocalDate => iso as LocalDate;

/** Build (5d) → Ship (5d) on the critical path; Docs (2d) alongside with 8 days of slack. */
function basePlan(): Plan {
  let plan = withTask(withTask(withTask(blankPlan(), 'Build'), 'Ship'), 'Docs', { durationMinutes: 2 * DAY });
  plan = runOk(addLink, plan, { predecessorId: id(plan, 'Build'), successorId: id(plan, 'Ship'), type: 'FS', lagMinutes: 0, lagIsElapsed: false }, testContext('l')).plan;
  return runOk(planCommands.addChangeRequest, plan, { id: CR, fields: { title: 'Longer QA' } }, testContext('c')).plan;
}

const id = (plan: Plan, name: string): TaskId => taskByName(plan, name).id;

/** Records an edit as the proposal sandbox does: run on the sandbox, keep the command, args and ids. */
function record<N extends CommandName>(sandbox: Plan, name: N, args: ArgsOf<N>, prefix = 'p'): { plan: Plan; edit: ProposedEdit } {
  const ids = recordingIds(sequentialIds(prefix));
  const result = runCommand(planCommands[name] as never, sandbox, args as never, { newId: ids.newId, now: NOW });
  if (!result.ok) throw new Error(result.error.message);
  return { plan: result.value.plan, edit: { command: name, args, label: result.value.label, ids: ids.taken(), at: NOW } };
}

const scheduled = (plan: Plan) => ({ plan, schedule: scheduleProject(plan) });

describe('change request life cycle', () => {
  it('allows proposed → under review → approved / rejected / deferred → implemented and nothing else', () => {
    expect(nextStatuses('proposed')).toEqual(['under-review']);
    expect(nextStatuses('under-review')).toEqual(['approved', 'rejected', 'deferred']);
    expect(nextStatuses('approved')).toEqual(['implemented']);
    expect(nextStatuses('deferred')).toEqual(['under-review']);
    expect(nextStatuses('implemented')).toEqual([]);
    for (const from of CHANGE_STATUSES) for (const to of CHANGE_STATUSES) {
      expect(checkTransition(from, to) === undefined).toBe(nextStatuses(from).includes(to));
    }
  });

  it('refuses an illegal move with a sentence saying what is allowed', () => {
    expect(checkTransition('proposed', 'approved')?.message).toBe('A request that is proposed cannot become approved: it can only become under review.');
    expect(checkTransition('implemented', 'rejected')?.message).toBe('A request that is implemented cannot become rejected: it is final.');
    const plan = basePlan();
    const refused = runCommand(planCommands.setChangeStatus, plan, { id: CR, status: 'approved' }, testContext());
    expect(refused.ok ? null : refused.error).toEqual({ message: 'A request that is proposed cannot become approved: it can only become under review.', where: 'Change CR-001' });
  });

  it('refuses an approval without who decided, saying where to name them, and leaves the request as it was', () => {
    const plan = runOk(planCommands.updateChangeRequest, runOk(planCommands.setChangeStatus, basePlan(), { id: CR, status: 'under-review' }).plan,
      { id: CR, changes: { rationale: 'Worth it', decidedOn: day('2026-02-27') } }).plan;
    const expected = { message: 'Approve needs who decided: type the name in Decision by, in the Decision section of this request, then approve.', where: 'Change CR-001' };
    for (const decidedBy of ['', '  ']) {
      const approved = runCommand(planCommands.approveChange, plan, { id: CR, decidedBy, rationale: 'Worth it', decidedOn: day('2026-02-27') }, testContext());
      expect(approved.ok ? null : approved.error).toEqual(expected);
      const moved = runCommand(planCommands.setChangeStatus, plan, { id: CR, status: 'approved', decidedBy }, testContext());
      expect(moved.ok ? null : moved.error).toEqual(expected);
    }
    expect(plan.changes[CR]).toMatchObject({ status: 'under-review', rationale: 'Worth it', decidedOn: '2026-02-27' });
    // Rejecting and deferring are decisions too, and name who made them as approving does.
    for (const [status, verb] of [['rejected', 'Reject'], ['deferred', 'Defer']] as const) {
      const unnamed = runCommand(planCommands.setChangeStatus, plan, { id: CR, status }, testContext());
      expect(unnamed.ok ? null : unnamed.error).toEqual({ ...expected, message: `${verb} needs who decided: type the name in Decision by, in the Decision section of this request, then ${verb.toLowerCase()}.` });
      expect(runOk(planCommands.setChangeStatus, plan, { id: CR, status, decidedBy: 'Steering group' }).plan.changes[CR]?.status).toBe(status);
    }
  });

  it('numbers requests CR-001, CR-002 and keeps the decision on rejection while discarding the edits', () => {
    let plan = basePlan();
    plan = runOk(planCommands.addChangeRequest, plan, { id: 'cr2' as ChangeRequestId, fields: { title: 'Cut scope', category: 'scope' } }).plan;
    expect([...changeCodes(plan).values()]).toEqual(['CR-001', 'CR-002']);
    const { edit } = record(plan, 'updateTask', { id: id(plan, 'Ship'), changes: { durationMinutes: 10 * DAY } });
    plan = runOk(planCommands.recordProposedEdit, plan, { id: CR, edit }).plan;
    plan = runOk(planCommands.setChangeStatus, plan, { id: CR, status: 'under-review' }).plan;
    plan = runOk(planCommands.setChangeStatus, plan, { id: CR, status: 'rejected', decidedBy: 'Board', rationale: 'Too late' }).plan;
    expect(plan.changes[CR]).toMatchObject({ status: 'rejected', decidedBy: 'Board', rationale: 'Too late', decidedOn: '2026-03-02', proposedEdits: [] });
    expect(taskByName(plan, 'Ship').durationMinutes).toBe(5 * DAY);
  });

  it('dates a decision on the day typed before deciding, else today; a re-review forgets the earlier decision\'s day', () => {
    let plan = runOk(planCommands.setChangeStatus, basePlan(), { id: CR, status: 'under-review' }).plan;
    plan = runOk(planCommands.setChangeStatus, plan, { id: CR, status: 'deferred', decidedBy: 'Board', decidedOn: day('2026-02-24') }).plan;
    expect(plan.changes[CR]?.decidedOn).toBe('2026-02-24');
    plan = runOk(planCommands.setChangeStatus, plan, { id: CR, status: 'under-review' }).plan;
    expect(plan.changes[CR]?.decidedOn).toBeNull();
    plan = runOk(planCommands.approveChange, plan, { id: CR, decidedBy: 'Board', rationale: '', decidedOn: null }).plan;
    expect(plan.changes[CR]).toMatchObject({ status: 'approved', decidedOn: '2026-03-02' });
    const typed = runOk(planCommands.setChangeStatus, basePlan(), { id: CR, status: 'under-review' }).plan;
    expect(runOk(planCommands.approveChange, typed, { id: CR, decidedBy: 'Board', rationale: '', decidedOn: day('2026-02-27') }).plan.changes[CR]?.decidedOn).toBe('2026-02-27');
  });
});

describe('proposal impact', () => {
  it('moves the finish by 5 working days when a critical task gets 5 days longer', () => {
    const live = basePlan();
    const { plan: next } = record(live, 'updateTask', { id: id(live, 'Ship'), changes: { durationMinutes: 10 * DAY } });
    const impact = proposalImpact(scheduled(live), scheduled(next));
    expect(impact.finishBefore).toBe('2026-03-13T17:00');
    expect(impact.finishAfter).toBe('2026-03-20T17:00');
    expect(impact.finishChangeDays).toBe(5);
    expect(impact.changedTaskIds).toEqual([id(live, 'Ship')]);
    expect(impact.cost).toBeNull();
  });

  it('does not move the finish when a task with slack gets longer within it', () => {
    const live = basePlan();
    const { plan: next } = record(live, 'updateTask', { id: id(live, 'Docs'), changes: { durationMinutes: 5 * DAY } });
    const impact = proposalImpact(scheduled(live), scheduled(next));
    expect(impact.finishChangeDays).toBe(0);
    expect(impact.criticalAdded).toEqual([]);
  });

  it('prices the change: 5 more days of a 100/h person cost 4,000 more', () => {
    const live = assign(withPerson(basePlan(), 'ana', { name: 'Ana', costPerHour: 100 }), 'Ship', 'ana');
    const { plan: next } = record(live, 'updateTask', { id: id(live, 'Ship'), changes: { durationMinutes: 10 * DAY } });
    // 5 days x 8 h x 100 = 4,000 before; 10 days = 8,000 after.
    expect(proposalImpact(scheduled(live), scheduled(next)).cost).toEqual({ before: 4000, after: 8000, delta: 4000 });
  });

  it('names a person the proposal over-allocates', () => {
    const live = assign(withPerson(basePlan(), 'ana', { name: 'Ana' }), 'Build', 'ana');
    const { plan: next } = record(live, 'setAssignees', { taskId: id(live, 'Docs'), resourceIds: ['ana' as never] });
    const impact = proposalImpact(scheduled(live), scheduled(next));
    expect(impact.newlyOverAllocated).toEqual(['Ana']);
  });
});

describe('approve and rebase', () => {
  function proposed(): Plan {
    let plan = basePlan();
    const first = record(plan, 'updateTask', { id: id(plan, 'Ship'), changes: { durationMinutes: 10 * DAY } });
    const second = record(first.plan, 'insertTask', { name: 'Security review', afterId: id(plan, 'Docs'), fields: { durationMinutes: DAY } }, 'new-');
    plan = runOk(planCommands.recordProposedEdit, plan, { id: CR, edit: first.edit }).plan;
    plan = runOk(planCommands.recordProposedEdit, plan, { id: CR, edit: second.edit }).plan;
    return runOk(planCommands.setChangeStatus, plan, { id: CR, status: 'under-review' }).plan;
  }

  it('applies every edit as one undoable command and records the decision and impact', () => {
    const live = proposed();
    const out = runOk(planCommands.approveChange, live, { id: CR, decidedBy: 'Steering group', rationale: 'Worth it' });
    expect(taskByName(out.plan, 'Ship').durationMinutes).toBe(10 * DAY);
    expect(out.plan.tasks['new-1']?.name).toBe('Security review');
    expect(out.plan.changes[CR]).toMatchObject({
      status: 'implemented', decidedBy: 'Steering group', rationale: 'Worth it', decidedOn: '2026-03-02', implementedOn: '2026-03-02',
      scheduleImpactMinutes: 5 * DAY,
    });
    expect(out.label).toBe('Approve CR-001');
    // One step back restores the live plan exactly (runOk checked the inverse; say it plainly too).
    expect(applyPatches(out.plan, out.inverse as never)).toEqual(live);
  });

  it('re-baselines only the tasks the proposal changed when asked', () => {
    let live = runOk(planCommands.saveBaseline, proposed(), { number: 0 }, testContext('b')).plan;
    const baseline = Object.values(live.baselines)[0];
    live = runOk(planCommands.approveChange, live, { id: CR, decidedBy: 'PM', rationale: '', rebaseline: true }).plan;
    const after = Object.values(live.baselines)[0];
    expect(after?.tasks[id(live, 'Ship')]?.durationMinutes).toBe(10 * DAY);
    expect(after?.tasks[id(live, 'Build')]).toBe(baseline?.tasks[id(live, 'Build')]);
    expect(after?.tasks['new-1']?.durationMinutes).toBe(DAY);
  });

  it('rebases onto a changed live plan and shows an edit whose task was deleted as a conflict', () => {
    let live = proposed();
    live = runOk(deleteTasks, live, { ids: [id(live, 'Ship')] }).plan;
    const edits = live.changes[CR]?.proposedEdits ?? [];
    const rebased = rebaseProposal(live, edits, proposalCommand, CR);
    expect(rebased.conflicts).toEqual([{ index: 0, label: 'Change duration', message: 'That task no longer exists.' }]);
    expect(rebased.plan.tasks['new-1']?.name).toBe('Security review');
    const refused = runCommand(planCommands.approveChange, live, { id: CR, decidedBy: 'PM', rationale: '' }, testContext());
    expect(refused.ok ? '' : refused.error.message).toContain('Edit 1 (“Change duration”) no longer applies: That task no longer exists.');
    const dropped = runOk(planCommands.dropProposedEdit, live, { id: CR, index: 0 }).plan;
    const approved = runOk(planCommands.approveChange, dropped, { id: CR, decidedBy: 'PM', rationale: '' }).plan;
    expect(approved.changes[CR]?.status).toBe('implemented');
  });

  it('replays the same proposal to the same plan (ids and clock come from the record)', () => {
    const live = proposed();
    const edits = live.changes[CR]?.proposedEdits ?? [];
    expect(rebaseProposal(live, edits, proposalCommand, CR).plan).toEqual(rebaseProposal(live, edits, proposalCommand, CR).plan);
  });

  it('will not hold change control commands in a proposal', () => {
    expect(proposalCommand('approveChange')).toBeUndefined();
    expect(proposalCommand('toString')).toBeUndefined();
    expect(proposalCommand('updateTask')).toBe(planCommands.updateTask);
  });
});

describe('change log CSV', () => {
  it('exports each request with its code and neutralises formulas', () => {
    const plan = runOk(planCommands.updateChangeRequest, basePlan(), { id: CR, changes: { description: '=HYPERLINK("x")', requestedBy: 'Maya' } }).plan;
    const csv = exportChangeLogCsv(plan);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toContain('ID,Title,Description,Requested by');
    expect(lines[1]).toBe(`CR-001,Longer QA,"'=HYPERLINK(""x"")",Maya,2026-03-02,scope,medium,Proposed,,,,0,0,,,,,`);
  });
});

describe('a proposed edit in words', () => {
  it('names what an edit changes and to what, in the plan’s units, beside its label', () => {
    const plan = basePlan();
    // As the grid sends a typed duration: the elapsed flag rides along, and says nothing unset.
    const longer = record(plan, 'updateTask', { id: id(plan, 'Build'), changes: { durationMinutes: 8 * DAY, durationIsElapsed: false } });
    expect(longer.edit.label).toBe('Change duration');
    expect(proposedEditInWords(plan, longer.edit)).toBe("task 'Build': duration 8d");
    // Read again after approval, against the plan that now carries it: the same words.
    expect(proposedEditInWords(longer.plan, longer.edit)).toBe("task 'Build': duration 8d");
    const renamed = record(plan, 'updateTask', { id: id(plan, 'Docs'), changes: { name: 'User guide', durationMinutes: 3 * DAY } });
    expect(proposedEditInWords(plan, renamed.edit)).toBe("task 'Docs': name User guide, duration 3d");
  });

  it('names a task the proposal itself adds, from the plan as the proposal leaves it, and what an edit of its links or people is about', () => {
    const plan = basePlan();
    const added = record(plan, 'insertTask', { name: 'Apple Pay integration' });
    expect(proposedEditInWords(plan, added.edit)).toBe("task 'Apple Pay integration'");
    const newId = taskByName(added.plan, 'Apple Pay integration').id;
    const longer = record(added.plan, 'updateTask', { id: newId, changes: { durationMinutes: 4 * DAY } });
    // Not in the live plan: found in the proposal's.
    expect(proposedEditInWords(plan, longer.edit)).toBeNull();
    expect(proposedEditInWords(plan, longer.edit, longer.plan)).toBe("task 'Apple Pay integration': duration 4d");
    const linked = record(longer.plan, 'setPredecessors', { taskId: newId, predecessors: [{ predecessorId: id(plan, 'Build'), type: 'FS', lagMinutes: 0, lagIsElapsed: false }] });
    expect(proposedEditInWords(plan, linked.edit, linked.plan)).toBe("task 'Apple Pay integration'");
  });

  it('says nothing it cannot name: an edit of an entity the plan does not hold', () => {
    const plan = basePlan();
    const edit = record(plan, 'updateTask', { id: id(plan, 'Build'), changes: { durationMinutes: 8 * DAY } }).edit;
    expect(proposedEditInWords(blankPlan(), edit)).toBeNull();
  });
});

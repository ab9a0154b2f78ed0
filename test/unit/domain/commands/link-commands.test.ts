import { describe, expect, it } from 'vitest';
import {
  addLink, insertTask, removeLink, runCommand, saveBaseline, updateLink, type AddLinkArgs,
} from '../../../../renderer/domain/commands';
import type { LinkId, LocalDateTime, Plan, TaskId } from '../../../../renderer/domain/model';
import { assign, withPerson, withTask } from '../../../support/cost-plan';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

function planWith(names: readonly string[], parentOf: Record<string, string> = {}): Plan {
  let plan = blankPlan();
  const ctx = testContext('t');
  for (const name of names) {
    const parent = parentOf[name];
    plan = runOk(insertTask, plan, { name, ...(parent ? { parentId: taskByName(plan, parent).id } : {}) }, ctx).plan;
  }
  return plan;
}

const id = (plan: Plan, name: string): TaskId => taskByName(plan, name).id;

function link(plan: Plan, from: string, to: string, more: Partial<AddLinkArgs> = {}): AddLinkArgs {
  return { predecessorId: id(plan, from), successorId: id(plan, to), type: 'FS', lagMinutes: 0, lagIsElapsed: false, ...more };
}

function refusal(plan: Plan, args: AddLinkArgs): string {
  const result = runCommand(addLink, plan, args, testContext('l'));
  if (result.ok) throw new Error('expected a refusal');
  return result.error.message;
}

describe('addLink', () => {
  it('adds a link with its type and lag, and undo removes it', () => {
    const plan = planWith(['Design', 'Build']);
    const out = runOk(addLink, plan, link(plan, 'Design', 'Build', { type: 'SS', lagMinutes: 240 }), testContext('l'));
    expect(Object.values(out.plan.links)).toEqual([
      { id: 'l1', predecessorId: id(plan, 'Design'), successorId: id(plan, 'Build'), type: 'SS', lagMinutes: 240, lagIsElapsed: false },
    ]);
    expect(out.label).toBe('Link tasks');
  });

  it('refuses a task linked to itself', () => {
    const plan = planWith(['Deploy']);
    expect(refusal(plan, link(plan, 'Deploy', 'Deploy'))).toBe("'Deploy' cannot depend on itself.");
  });

  it('refuses a lag beyond the 20 years a plan holds, either way, and takes one just within', () => {
    // '2FS+99999999d' typed in the Predecessors cell: 99,999,999 days of 8 h.
    const plan = planWith(['Design', 'Build']);
    const message = 'A lag can be at most 20 years (10,519,200 minutes), ahead or back.';
    expect(refusal(plan, link(plan, 'Design', 'Build', { lagMinutes: 99_999_999 * 480 }))).toBe(message);
    expect(refusal(plan, link(plan, 'Design', 'Build', { lagMinutes: -10_519_201 }))).toBe(message);
    expect(Object.values(runOk(addLink, plan, link(plan, 'Design', 'Build', { lagMinutes: -10_519_200 })).plan.links)).toHaveLength(1);
  });

  it('refuses the same pair twice, whatever the type', () => {
    const plan = planWith(['Design', 'Build']);
    const once = runOk(addLink, plan, link(plan, 'Design', 'Build')).plan;
    expect(refusal(once, link(once, 'Design', 'Build', { type: 'FF' }))).toBe("'Build' already depends on 'Design'.");
  });

  it('refuses a loop and names it, each task with its row in the task table', () => {
    let plan = planWith(['Deploy', 'QA']);
    plan = runOk(addLink, plan, link(plan, 'QA', 'Deploy'), testContext('a')).plan;
    expect(refusal(plan, link(plan, 'Deploy', 'QA'))).toBe(
      "Linking 'Deploy' to 'QA' would make a loop: #1 'Deploy' → #2 'QA' → #1 'Deploy'.",
    );
  });

  it('gives each task of the loop the row number typed in Predecessors, a summary counted as a row', () => {
    // Rows: 1 Kickoff, 2 Phase (summary), 3 Build, 4 Test under it, 5 Ship.
    let plan = planWith(['Kickoff', 'Phase', 'Build', 'Test', 'Ship'], { Build: 'Phase', Test: 'Phase' });
    plan = runOk(addLink, plan, link(plan, 'Build', 'Test'), testContext('a')).plan;
    plan = runOk(addLink, plan, link(plan, 'Test', 'Ship'), testContext('b')).plan;
    expect(refusal(plan, link(plan, 'Ship', 'Build'))).toBe(
      "Linking 'Ship' to 'Build' would make a loop: #5 'Ship' → #3 'Build' → #4 'Test' → #5 'Ship'.",
    );
  });

  it('names the whole loop through several tasks', () => {
    let plan = planWith(['Spec', 'Build', 'Test']);
    plan = runOk(addLink, plan, link(plan, 'Spec', 'Build'), testContext('a')).plan;
    plan = runOk(addLink, plan, link(plan, 'Build', 'Test'), testContext('b')).plan;
    expect(refusal(plan, link(plan, 'Test', 'Spec'))).toContain("#3 'Test' → #1 'Spec' → #2 'Build' → #3 'Test'");
  });

  it('refuses a loop that closes only through the outline (a summary spans its subtasks)', () => {
    // Phase → Review, then Review → Step would make Step wait for Review, which waits for Phase,
    // which cannot finish before its own subtask Step: MS Project refuses this too.
    let plan = planWith(['Phase', 'Step', 'Review'], { Step: 'Phase' });
    plan = runOk(addLink, plan, link(plan, 'Phase', 'Review'), testContext('a')).plan;
    expect(refusal(plan, link(plan, 'Review', 'Step'))).toMatch(/would make a loop: #3 'Review' → .*#3 'Review'\.$/);
  });

  it('refuses linking a summary to its own subtask', () => {
    const plan = planWith(['Phase', 'Step'], { Step: 'Phase' });
    expect(refusal(plan, link(plan, 'Phase', 'Step'))).toMatch(/summary task cannot be linked to its own subtasks/);
  });
});

describe('updateLink and removeLink', () => {
  function linked(): { plan: Plan; linkId: LinkId } {
    const plan = planWith(['Design', 'Build', 'Ship']);
    const out = runOk(addLink, plan, link(plan, 'Design', 'Build'), testContext('l'));
    return { plan: runOk(addLink, out.plan, link(out.plan, 'Build', 'Ship'), testContext('m')).plan, linkId: 'l1' as LinkId };
  }

  it('changes type and lag, undoably', () => {
    const { plan, linkId } = linked();
    const out = runOk(updateLink, plan, { id: linkId, changes: { type: 'FF', lagMinutes: -480 } });
    expect(out.plan.links[linkId]).toMatchObject({ type: 'FF', lagMinutes: -480 });
    expect(runOk(updateLink, plan, { id: linkId, changes: { lagMinutes: 60 } }).label).toBe('Change lag');
  });

  it('refuses re-pointing a link into a loop', () => {
    const { plan } = linked();
    const result = runCommand(updateLink, plan, { id: 'm1' as LinkId, changes: { successorId: id(plan, 'Design') } }, testContext());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("#2 'Build' → #1 'Design' → #2 'Build'");
  });

  it('removes a link; undo brings it back', () => {
    const { plan, linkId } = linked();
    const out = runOk(removeLink, plan, { id: linkId });
    expect(out.plan.links[linkId]).toBeUndefined();
    expect(runCommand(removeLink, out.plan, { id: linkId }, testContext()).ok).toBe(false);
  });
});

describe('saveBaseline', () => {
  it('freezes every task and replaces a baseline saved under the same number', () => {
    const plan = planWith(['Design']);
    const first = runOk(saveBaseline, plan, { number: 0 }, testContext('b'));
    const baseline = Object.values(first.plan.baselines)[0];
    expect(baseline).toMatchObject({ id: 'b1', number: 0, name: 'Baseline' });
    expect(baseline?.tasks[id(plan, 'Design')]).toMatchObject({ durationMinutes: 480, workMinutes: 0, cost: 0 });
    const again = runOk(saveBaseline, first.plan, { number: 0, name: 'Signed off' }, testContext('c'));
    expect(Object.values(again.plan.baselines).map((b) => [b.id, b.name])).toEqual([['b1', 'Signed off']]);
  });

  it('stores the money domain\'s cost with its accrual profile (rate changes, per use, fixed cost at end)', () => {
    // Build: 5 days x 8 h = 40 h, starting Monday 2026-03-02 09:00 (the blank plan's start); Ana's rate doubles from Wednesday.
    let plan = withTask(blankPlan(), 'Build', { fixedCost: 500, fixedCostAccrual: 'end' });
    plan = withPerson(plan, 'ana', {
      name: 'Ana', costPerHour: 100, costPerUse: 50,
      rateChanges: [{ from: '2026-03-04T08:00' as LocalDateTime, costPerHour: 200, overtimeCostPerHour: 0, costPerUse: 50 }],
    });
    plan = assign(plan, 'Build', 'ana');
    const start = taskByName(plan, 'Build');
    const out = runOk(saveBaseline, plan, { number: 0 }, testContext('b'));
    const entry = Object.values(out.plan.baselines)[0]?.tasks[start.id];
    // The old helper priced all 40 h at the first rate: 40 x 100 + 50 = 4050, and forgot the fixed cost.
    // The money domain honours the rate change: 2 days (16 h) x 100 + 3 days (24 h) x 200 = 1600 + 4800 = 6400,
    // + 50 per use (at start) + 500 fixed (at end) = 6950.
    expect(entry).toMatchObject({ workMinutes: 2400, cost: 6950, costAtStart: 50, costAtEnd: 500 });
  });

  it('refuses numbers outside 0..10', () => {
    expect(runCommand(saveBaseline, planWith(['A']), { number: 11 }, testContext()).ok).toBe(false);
  });
});

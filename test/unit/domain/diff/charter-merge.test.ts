import { describe, expect, it } from 'vitest';
import { applyDiff, diffPlans, mergePlans, visibleChanges } from '../../../../renderer/domain/diff';
import { addCharterItem, addDeliverable, addObjective, updateCharter, updateObjective, type CommandContext } from '../../../../renderer/domain/commands';
import { sequentialIds, type Plan } from '../../../../renderer/domain/model';
import { blankPlan, NOW, runOk } from '../../../support/plan-builder';

const ctx = (prefix: string): CommandContext => ({ newId: sequentialIds(prefix), now: NOW });

/** A charter with a purpose, two objectives and a line of scope, written through the commands. */
function chartered(): Plan {
  let plan = runOk(updateCharter, blankPlan(), { changes: { purpose: 'Faster checkout', sponsor: 'Dana' } }, ctx('b-')).plan;
  plan = runOk(addObjective, plan, { title: 'Beta for customers' }, ctx('o1-')).plan;
  plan = runOk(addObjective, plan, { title: 'Launch on time' }, ctx('o2-')).plan;
  return runOk(addCharterItem, plan, { list: 'scopeIn', text: 'Web checkout' }, ctx('s-')).plan;
}

const objectiveId = (plan: Plan, title: string): string => {
  const found = plan.project.charter?.objectives.find((o) => o.title === title);
  if (!found) throw new Error(title);
  return found.id;
};

describe('compare and merge see the charter part by part', () => {
  it('lists each changed part: a text part, an edited objective, an added one, a scope line', () => {
    const base = chartered();
    let next = runOk(updateCharter, base, { changes: { sponsor: 'Sam' } }, ctx('x-')).plan;
    next = runOk(updateObjective, next, { id: objectiveId(base, 'Launch on time'), changes: { successCriterion: 'Live by 1 March' } }, ctx('x-')).plan;
    next = runOk(addObjective, next, { title: 'Fewer drop-offs' }, ctx('o3-')).plan;
    const diff = diffPlans(base, next, { withDates: false });
    const charter = diff.changes.filter((c) => c.field?.startsWith('charter'));
    expect(charter.map((c) => [c.field, c.label])).toEqual([
      [`charter.objectives.${objectiveId(next, 'Fewer drop-offs')}`, "charter objective 'Fewer drop-offs'"],
      [`charter.objectives.${objectiveId(base, 'Launch on time')}`, "charter objective 'Launch on time'"],
      ['charter.sponsor', 'project charter'],
    ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
    // The compare table names the part, or what happened to the item.
    const rows = visibleChanges(diff).filter((r) => r.key.includes('charter'));
    expect(rows.map((r) => [r.what, r.field, r.before, r.after])).toEqual(expect.arrayContaining([
      ['project charter', 'sponsor', 'Dana', 'Sam'],
      ["charter objective 'Fewer drop-offs'", 'added', '—', expect.stringContaining('Fewer drop-offs')],
      ["charter objective 'Launch on time'", 'changed', expect.stringContaining('Launch on time'), expect.stringContaining('Live by 1 March')],
    ]));
    // Applying the diff gives the second plan exactly.
    expect(applyDiff(base, diff)).toEqual(next);
  });

  it('merges edits to different objectives, a deliverable and the sponsor without a conflict', () => {
    const base = chartered();
    const beta = objectiveId(base, 'Beta for customers');
    const launch = objectiveId(base, 'Launch on time');
    let ours = runOk(updateObjective, base, { id: beta, changes: { successCriterion: '200 customers in the beta' } }, ctx('u-')).plan;
    ours = runOk(updateCharter, ours, { changes: { sponsor: 'Sam' } }, ctx('u-')).plan;
    let theirs = runOk(updateObjective, base, { id: launch, changes: { successCriterion: 'Live by 1 March' } }, ctx('t-')).plan;
    theirs = runOk(addDeliverable, theirs, { name: 'Checkout live' }, ctx('d-')).plan;
    theirs = runOk(updateCharter, theirs, { changes: { approvalDate: '2027-01-04' as never } }, ctx('t-')).plan;
    const merged = mergePlans(base, ours, theirs);
    expect(merged.conflicts).toEqual([]);
    const charter = merged.plan.project.charter;
    expect(charter?.objectives.map((o) => [o.title, o.successCriterion])).toEqual([
      ['Beta for customers', '200 customers in the beta'], ['Launch on time', 'Live by 1 March'],
    ]);
    expect(charter?.deliverables.map((d) => d.name)).toEqual(['Checkout live']);
    expect([charter?.sponsor, charter?.approvalDate, charter?.purpose]).toEqual(['Sam', '2027-01-04', 'Faster checkout']);
  });

  it('the same objective changed differently is one conflict naming it, resolved either way; objectives added on both sides are both kept', () => {
    const base = chartered();
    const beta = objectiveId(base, 'Beta for customers');
    const ours = runOk(addObjective, runOk(updateObjective, base, { id: beta, changes: { title: 'Beta for 200 customers' } }, ctx('u-')).plan, { title: 'Ours' }, ctx('oa-')).plan;
    const theirs = runOk(addObjective, runOk(updateObjective, base, { id: beta, changes: { title: 'Beta in January' } }, ctx('t-')).plan, { title: 'Theirs' }, ctx('ob-')).plan;
    const merged = mergePlans(base, ours, theirs);
    expect(merged.conflicts.map((c) => [c.id, c.message])).toEqual([
      [`field:project/project/charter.objectives.${beta}`, "Both copies changed the charter objective 'Beta in January'."],
    ]);
    expect(merged.plan.project.charter?.objectives.map((o) => o.title)).toEqual(['Beta for 200 customers', 'Launch on time', 'Ours', 'Theirs']);
    const chosen = mergePlans(base, ours, theirs, { [`field:project/project/charter.objectives.${beta}`]: 'theirs' });
    expect(chosen.plan.project.charter?.objectives.map((o) => o.title)).toEqual(['Beta in January', 'Launch on time', 'Ours', 'Theirs']);
  });

  it('a charter created on one side only is taken whole', () => {
    const base = blankPlan();
    const theirs = chartered();
    const merged = mergePlans(base, base, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.plan.project.charter?.objectives.map((o) => o.title)).toEqual(['Beta for customers', 'Launch on time']);
    const diff = diffPlans(base, theirs, { withDates: false });
    expect(diff.changes.filter((c) => c.field?.startsWith('charter')).map((c) => c.field)).toEqual(['charter']);
  });
});

import { describe, expect, it } from 'vitest';
import { planCommands, runCommand, type CommandContext } from '../../../../renderer/domain/commands';
import { exportMspdi, exportTasksCsv } from '../../../../renderer/domain/formats';
import { migrateFile, MIGRATIONS, V5_PROJECT_FIELDS } from '../../../../renderer/domain/formats/native/migrations';
import { parsePlotline, serializePlotline } from '../../../../renderer/domain/formats/native';
import {
  charterProblems, charterRaid, charterSummary, closureOffer, deliverableViews, isLastGatePassed, objectiveViews, planAsTemplate,
  numberText, readObjectiveValue,
} from '../../../../renderer/domain/lifecycle';
import {
  emptyPlan, newTask, orderedPhases, sequentialIds, STANDARD_CLOSURE_ITEMS, withDefaultPhases,
  type Baseline, type LocalDate, type LocalDateTime, type Plan, type Task, type TaskId,
} from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { NOW, runOk } from '../../../support/plan-builder';

/** The day the summaries are read on. */
const AS_OF = '2026-11-30' as LocalDate;

const at = (s: string): LocalDateTime => s as LocalDateTime;
// One id source for the file: each command in a test must get fresh ids, as in the app.
const newId = sequentialIds('c-');
const ctx = (): CommandContext => ({ newId, now: NOW });

type Commands = typeof planCommands;
/** Runs a command that must succeed, checking its inverse restores the plan and redo reproduces it. */
function run<N extends keyof Commands>(plan: Plan, name: N, args: Parameters<Commands[N]['apply']>[1]): Plan {
  return runOk(planCommands[name] as never, plan, args as never, ctx()).plan;
}
function refusal<N extends keyof Commands>(plan: Plan, name: N, args: Parameters<Commands[N]['apply']>[1]): string {
  const out = runCommand(planCommands[name] as never, plan, args as never, ctx());
  return out.ok ? 'accepted' : `${out.error.where ?? ''}: ${out.error.message}`;
}

/** Build (summary) > Code (3d, Mon 4 – Wed 6 Jan 2027); Launch (milestone after Code, Wed 6 Jan 17:00); Review (milestone, no links). */
function samplePlan(): Plan {
  const ids = sequentialIds('p-');
  const base = withDefaultPhases(emptyPlan({ name: 'Checkout', start: at('2027-01-04T09:00'), now: NOW, newId: ids }), ids);
  const column = Object.values(base.columns)[0]?.id;
  if (!column) throw new Error('setup');
  const t = (id: string, fields: Partial<Task>): Task => newTask({
    id: id as TaskId, name: id, parentId: null, rank: id, start: at('2027-01-04T09:00'), finish: at('2027-01-04T17:00'), statusId: column, boardRank: id, ...fields,
  });
  const tasks = [
    t('Build', { kind: 'summary' }),
    t('Code', { parentId: 'Build' as TaskId, durationMinutes: 3 * 480 }),
    t('Launch', { kind: 'milestone', durationMinutes: 0 }),
    t('Review', { kind: 'milestone', durationMinutes: 0 }),
  ];
  const link = { id: 'l1' as never, predecessorId: 'Code' as TaskId, successorId: 'Launch' as TaskId, type: 'FS' as const, lagMinutes: 0, lagIsElapsed: false };
  return { ...base, tasks: Object.fromEntries(tasks.map((x) => [x.id, x])), links: { l1: link } };
}

function baselineWith(finishes: Readonly<Record<string, string>>): Baseline {
  const tasks = Object.fromEntries(Object.entries(finishes).map(([id, finish]) => [id, { start: at(finish), finish: at(finish), durationMinutes: 0, workMinutes: 0, cost: 0 }]));
  return { id: 'b0' as never, number: 0, name: 'Baseline', savedAt: NOW, tasks };
}

function withObjectives(plan: Plan): Plan {
  let next = run(plan, 'addObjective', { title: 'Launch on time', successCriterion: 'Live by the baselined date', milestoneId: 'Launch' as TaskId });
  next = run(next, 'addObjective', {
    title: 'Faster checkout', measure: 'target', metric: 'p95 checkout latency, ms', direction: 'at-most', targetValue: 200, currentValue: 240,
  });
  return next;
}

const statuses = (plan: Plan, baseline: Baseline | null): string[] =>
  objectiveViews(plan, scheduleProject(plan), baseline).map((v) => `${v.objective.title}: ${v.status}`);

describe('objective status', () => {
  it('a milestone objective is late when forecast after its baseline, on track when not, achieved when done; open with nothing to measure against', () => {
    const plan = withObjectives(samplePlan());
    // Launch is forecast at Wed 6 Jan 17:00 (after Code's three days).
    expect(objectiveViews(plan, scheduleProject(plan), null)[0]).toMatchObject({ status: 'open', reason: "'Launch' has no baseline or deadline to measure against" });
    expect(statuses(plan, baselineWith({ Launch: '2027-01-05T17:00' }))[0]).toBe('Launch on time: late');
    expect(statuses(plan, baselineWith({ Launch: '2027-01-06T17:00' }))[0]).toBe('Launch on time: on-track');
    const withDeadline = { ...plan, tasks: { ...plan.tasks, Launch: { ...plan.tasks.Launch as Task, deadline: at('2027-01-05T17:00') } } };
    expect(objectiveViews(withDeadline, scheduleProject(withDeadline), null)[0]).toMatchObject({ status: 'late', reason: "'Launch' is forecast after its deadline" });
    const done = { ...plan, tasks: { ...plan.tasks, Launch: { ...plan.tasks.Launch as Task, percentComplete: 100 } } };
    expect(statuses(done, baselineWith({ Launch: '2027-01-05T17:00' }))[0]).toBe('Launch on time: achieved');
  });

  it('a target is achieved when the current value meets it in its direction, not met when not, open without a measurement', () => {
    let plan = withObjectives(samplePlan());
    const id = plan.project.charter?.objectives[1]?.id ?? '';
    expect(objectiveViews(plan, null, null)[1]).toMatchObject({ status: 'not-met', reason: '240 against at most 200' });
    plan = run(plan, 'updateObjective', { id, changes: { currentValue: 185.5 } });
    expect(objectiveViews(plan, null, null)[1]).toMatchObject({ status: 'achieved', reason: '185.5 against at most 200' });
    plan = run(plan, 'updateObjective', { id, changes: { direction: 'at-least' } });
    expect(objectiveViews(plan, null, null)[1]?.status).toBe('not-met');
    plan = run(plan, 'updateObjective', { id, changes: { currentValue: null } });
    expect(objectiveViews(plan, null, null)[1]).toMatchObject({ status: 'open', reason: 'No current value measured yet' });
  });

  it('a status set by hand wins until cleared, but a deleted milestone always shows as deleted and is named as a problem', () => {
    let plan = withObjectives(samplePlan());
    const id = plan.project.charter?.objectives[0]?.id ?? '';
    plan = run(plan, 'updateObjective', { id, changes: { statusOverride: 'late' } });
    expect(objectiveViews(plan, null, null)[0]).toMatchObject({ status: 'late', derivedStatus: 'open', isSetByHand: true });
    plan = run(plan, 'updateObjective', { id, changes: { statusOverride: null } });
    expect(objectiveViews(plan, null, null)[0]).toMatchObject({ status: 'open', isSetByHand: false });
    plan = run(plan, 'updateObjective', { id, changes: { statusOverride: 'achieved' } });
    plan = run(plan, 'deleteTasks', { ids: ['Launch' as TaskId] });
    expect(plan.tasks.Launch).toBeUndefined();
    expect(objectiveViews(plan, scheduleProject(plan), null)[0]).toMatchObject({ status: 'broken', isSetByHand: false, milestone: null });
    expect(charterProblems(plan)).toEqual([{ message: 'Its milestone is no longer in the plan; choose another.', where: "Objective 'Launch on time'" }]);
    expect(charterSummary(plan, AS_OF).sections.find((s) => s.heading === 'Objectives and success criteria')?.items[0])
      .toBe('Launch on time: Live by the baselined date (milestone: deleted task) - Milestone deleted');
  });
});

describe('charter commands', () => {
  it('every edit is undoable, and the first one creates the charter (undo leaves no empty charter behind)', () => {
    const plan = samplePlan();
    const first = runOk(planCommands.updateCharter, plan, { changes: { purpose: '  Sell more  ' } }, ctx());
    expect(first.plan.project.charter).toMatchObject({ purpose: 'Sell more', objectives: [] });
    let next = first.plan;
    next = run(next, 'updateCharter', { changes: { businessCase: 'Conversion +2 %', sponsor: 'Dana Okafor', approvalDate: '2027-01-04' as LocalDate } });
    next = run(next, 'addCharterItem', { list: 'scopeIn', text: 'Web checkout' });
    next = run(next, 'addCharterItem', { list: 'scopeOut', text: 'Mobile apps' });
    next = run(next, 'addCharterItem', { list: 'constraints', text: 'Launch before Black Friday' });
    const lineId = next.project.charter?.scopeIn[0]?.id ?? '';
    next = run(next, 'updateCharterItem', { list: 'scopeIn', itemId: lineId, text: 'Web and kiosk checkout' });
    next = run(next, 'addDeliverable', { name: 'New checkout', taskId: 'Build' as TaskId });
    next = withObjectives(next);
    next = run(next, 'removeCharterItem', { list: 'scopeOut', itemId: next.project.charter?.scopeOut[0]?.id ?? '' });
    next = run(next, 'removeObjective', { id: next.project.charter?.objectives[1]?.id ?? '' });
    const deliverable = next.project.charter?.deliverables[0]?.id ?? '';
    next = run(next, 'updateDeliverable', { id: deliverable, changes: { taskId: 'Review' as TaskId } });
    expect(next.project.charter).toMatchObject({
      purpose: 'Sell more', businessCase: 'Conversion +2 %', sponsor: 'Dana Okafor', approvalDate: '2027-01-04',
      scopeIn: [{ text: 'Web and kiosk checkout' }], scopeOut: [], constraints: [{ text: 'Launch before Black Friday' }],
      deliverables: [{ name: 'New checkout', taskId: 'Review' }], objectives: [{ title: 'Launch on time', measure: 'milestone', milestoneId: 'Launch' }],
    });
    expect(deliverableViews(run(next, 'removeDeliverable', { id: deliverable }), null)).toEqual([]);
  });

  it('refuses bad input naming what and where, and changes nothing', () => {
    const plan = withObjectives(samplePlan());
    const id = plan.project.charter?.objectives[1]?.id ?? '';
    expect(refusal(plan, 'addObjective', { title: 'Ship', milestoneId: 'Code' as TaskId }))
      .toBe("Objective 'Ship', Milestone: 'Code' is not a milestone; an objective is measured by a milestone or a target.");
    expect(refusal(plan, 'addObjective', { title: '  ' })).toBe("Objective '': An objective needs a title.");
    expect(refusal(plan, 'updateObjective', { id, changes: { targetValue: Number.NaN } })).toBe("Objective 'Faster checkout', Target: The target value must be a number.");
    expect(refusal(plan, 'updateCharter', { changes: { approvalDate: '2027-02-30' as LocalDate } })).toBe("Charter, Approval date: '2027-02-30' is not a date; write it as YYYY-MM-DD.");
    expect(refusal(plan, 'addDeliverable', { name: 'Code drop', taskId: 'Code' as TaskId }))
      .toBe("Deliverable 'Code drop': 'Code' is neither a summary task nor a milestone; a deliverable is produced by one of those.");
    expect(refusal(plan, 'addCharterItem', { list: 'scopeIn', text: ' ' })).toBe('Charter, In scope: Write what the line says.');
    expect(refusal(plan, 'addClosureItem', { item: 'Archive', ownerId: 'nobody' as never })).toBe("Closure item 'Archive': That person is not on the team.");
    expect(refusal(plan, 'addLesson', { kind: 'gossip' as never, text: 'x' })).toBe('Lessons learned: A lesson is what went well, what to improve or a recommendation.');
  });

  it('ignores stray fields in replayed arguments', () => {
    const plan = run(samplePlan(), 'addObjective', { title: 'Ship', injected: 'x' } as never);
    expect(Object.keys(plan.project.charter?.objectives[0] ?? {})).not.toContain('injected');
  });
});

describe('closure', () => {
  it('is offered once the last gate passes (not on a no-go), starts with the usual checklist, and keeps lessons of the three kinds', () => {
    let plan = samplePlan();
    const phases = orderedPhases(plan.phases);
    const last = phases.at(-1);
    if (!last || !phases[0]) throw new Error('setup');
    const decide = (p: Plan, phaseId: string, decision: 'go' | 'no-go') =>
      run(p, 'decideGate', { phaseId: phaseId as never, decision, date: '2027-02-01' as LocalDate, decider: 'Dana', notes: '' });
    expect(closureOffer(plan)).toBe('not-yet');
    expect(closureOffer(decide(plan, phases[0].id, 'go'))).toBe('not-yet');
    expect(isLastGatePassed(decide(plan, last.id, 'no-go'))).toBe(false);
    plan = decide(plan, last.id, 'go');
    expect(closureOffer(plan)).toBe('offer');
    plan = run(plan, 'startClosure', {});
    expect(closureOffer(plan)).toBe('started');
    expect(plan.project.closure?.checklist.map((c) => c.item)).toEqual(STANDARD_CLOSURE_ITEMS);
    expect(refusal(plan, 'startClosure', {})).toBe('Closure: Closure has a checklist already.');
    const first = plan.project.closure?.checklist[0]?.id ?? '';
    plan = run(plan, 'updateClosureItem', { itemId: first, changes: { done: true } });
    plan = run(plan, 'removeClosureItem', { itemId: plan.project.closure?.checklist[1]?.id ?? '' });
    plan = run(plan, 'addClosureItem', { item: 'Licences cancelled' });
    plan = run(plan, 'addLesson', { kind: 'went-well', text: 'Daily demo', category: 'Process' });
    plan = run(plan, 'addLesson', { kind: 'improve', text: 'Load test earlier', category: 'Testing' });
    plan = run(plan, 'addLesson', { kind: 'recommendation', text: 'Book the vendor early' });
    plan = run(plan, 'updateLesson', { id: plan.project.closure?.lessons[2]?.id ?? '', changes: { category: 'Vendors' } });
    plan = run(plan, 'removeLesson', { id: plan.project.closure?.lessons[0]?.id ?? '' });
    const summary = charterSummary(plan, AS_OF);
    expect(summary.sections.find((s) => s.heading === 'Closure checklist')).toMatchObject({
      paragraphs: ['1 of 6 done.'], items: expect.arrayContaining(['[x] Deliverables accepted by the sponsor (no owner)', '[ ] Licences cancelled (no owner)']) as unknown,
    });
    expect(summary.sections.filter((s) => s.heading.startsWith('Lessons learned')).map((s) => s.items)).toEqual([
      [], ['Load test earlier [Testing] (no owner)'], ['Book the vendor early [Vendors] (no owner)'],
    ]);
  });
});

describe('charter summary and the RAID log', () => {
  it('shows assumptions and the top live risks from the RAID log, and every section in order, saying when nothing is written', () => {
    let plan = samplePlan();
    expect(charterSummary(plan, AS_OF).isEmpty).toBe(true);
    plan = run(plan, 'addAssumption', { fields: { statement: 'The payment provider keeps its API' } });
    for (const [title, probability, impact, status] of [['Fraud spike', 4, 5, 'open'], ['Vendor late', 3, 3, 'mitigating'], ['Old risk', 5, 5, 'closed']] as const) {
      plan = run(plan, 'addRisk', { fields: { title, probability, impact, status } });
    }
    const raid = charterRaid(plan);
    expect(raid.assumptions.map((a) => a.statement)).toEqual(['The payment provider keeps its API']);
    expect(raid.topRisks.map((r) => r.title)).toEqual(['Fraud spike', 'Vendor late']);
    plan = withObjectives(run(plan, 'updateCharter', { changes: { purpose: 'Sell more', sponsor: 'Dana Okafor' } }));
    const summary = charterSummary(plan, AS_OF);
    expect(summary.isEmpty).toBe(false);
    expect(summary.title).toBe('Project charter: Checkout');
    expect(summary.sections.map((s) => s.heading)).toEqual([
      'Purpose', 'Business case', 'Objectives and success criteria', 'In scope', 'Out of scope', 'Deliverables', 'Constraints',
      'Assumptions (from the RAID log)', 'Top risks (from the RAID log)', 'Sponsor and approval', 'Closure checklist',
      'Lessons learned: what went well', 'Lessons learned: what to improve', 'Lessons learned: recommendations',
    ]);
    const byHeading = new Map(summary.sections.map((s) => [s.heading, s]));
    expect(byHeading.get('Business case')?.paragraphs).toEqual(['None recorded.']);
    expect(byHeading.get('Objectives and success criteria')?.items).toEqual([
      'Launch on time: Live by the baselined date (milestone: Launch) - Not measured yet',
      'Faster checkout (p95 checkout latency, ms: at most 200, now 240) - Not met',
    ]);
    expect(byHeading.get('Top risks (from the RAID log)')?.items).toEqual(['Fraud spike (score 20, open)', 'Vendor late (score 9, mitigating)']);
    expect(byHeading.get('Sponsor and approval')?.paragraphs).toEqual(['Sponsor: Dana Okafor.', 'Not approved yet.']);
    // An approval date ahead of the day is the meeting that will give it, not an approval.
    plan = run(plan, 'updateCharter', { changes: { approvalDate: '2026-12-15' as LocalDate } });
    const approval = (asOf: string): readonly string[] | undefined =>
      charterSummary(plan, asOf as LocalDate).sections.find((s) => s.heading === 'Sponsor and approval')?.paragraphs;
    expect(approval('2026-12-14')).toEqual(['Sponsor: Dana Okafor.', 'Not approved yet: approval planned for 2026-12-15.']);
    expect(approval('2026-12-15')).toEqual(['Sponsor: Dana Okafor.', 'Approved on 2026-12-15.']);
  });
});

describe('templates', () => {
  it('a plan saved as a template keeps the charter\'s shape without this run\'s sponsor, approval, measurements and closure', () => {
    let plan = withObjectives(samplePlan());
    plan = run(plan, 'updateCharter', { changes: { purpose: 'Sell more', sponsor: 'Dana Okafor', approvalDate: '2027-01-04' as LocalDate } });
    plan = run(plan, 'updateObjective', { id: plan.project.charter?.objectives[1]?.id ?? '', changes: { statusOverride: 'on-track' } });
    plan = run(plan, 'addLesson', { kind: 'improve', text: 'Load test earlier' });
    const template = planAsTemplate(plan, { name: 'Checkout', description: '' });
    expect(template.project.charter).toMatchObject({ purpose: 'Sell more', sponsor: '', approvalDate: null });
    expect(template.project.charter?.objectives.map((o) => [o.title, o.milestoneId, o.targetValue, o.currentValue, o.statusOverride])).toEqual([
      ['Launch on time', 'Launch', null, null, undefined], ['Faster checkout', null, 200, null, undefined],
    ]);
    expect(template.project.closure).toBeUndefined();
  });
});

describe('file version 5', () => {
  it('round-trips the charter and closure through a .plotline file', () => {
    let plan = withObjectives(samplePlan());
    plan = run(plan, 'updateCharter', { changes: { purpose: 'Sell more', approvalDate: '2027-01-04' as LocalDate } });
    plan = run(plan, 'addLesson', { kind: 'improve', text: 'Load test earlier', category: 'Testing' });
    const text = serializePlotline(plan, { app: 'Plotline test', exported: NOW });
    expect((JSON.parse(text) as { version: number }).version).toBe(5);
    const back = parsePlotline(text);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.plan.project.charter).toEqual(plan.project.charter);
    expect(back.value.plan.project.closure).toEqual(plan.project.closure);
  });

  it('leaves the MS Project and CSV exports as they were', () => {
    const plain = samplePlan();
    let chartered = withObjectives(plain);
    chartered = run(chartered, 'addLesson', { kind: 'improve', text: 'Load test earlier' });
    // The edits stamp updatedAt; the exports are compared on the same project otherwise.
    const same = { ...chartered, project: { ...chartered.project, updatedAt: plain.project.updatedAt } };
    expect(exportMspdi(same, { now: NOW })).toBe(exportMspdi(plain, { now: NOW }));
    const columns = ['name', 'duration', 'start', 'finish', 'predecessors'] as const;
    expect(exportTasksCsv(same, { columns })).toBe(exportTasksCsv(plain, { columns }));
  });

  it('the 4 -> 5 step adds nothing to a version-4 plan and sets aside fields of the same names from another tool under extra', () => {
    expect(V5_PROJECT_FIELDS).toEqual(['charter', 'closure']);
    expect(MIGRATIONS.at(-1)).toMatchObject({ from: 4, to: 5 });
    const plain = migrateFile({ version: 4, project: { project: { name: 'P' }, tasks: {} } }, 4, 5);
    expect(plain.ok && plain.value).toEqual({ version: 5, project: { project: { name: 'P' }, tasks: {} } });
    const foreign = migrateFile({ version: 4, project: { project: { name: 'P', charter: 'signed', extra: { a: 1 } } } }, 4, 5);
    expect(foreign.ok && foreign.value).toEqual({ version: 5, project: { project: { name: 'P', extra: { a: 1, charter: 'signed' } } } });
  });
});

describe('an objective value as typed', () => {
  it('reads thousands grouped by commas as the app\'s amounts are, a lone decimal comma as a point, and nothing else', () => {
    expect(readObjectiveValue('')).toBeNull();
    expect(readObjectiveValue('  ')).toBeNull();
    expect(readObjectiveValue('12,000')).toBe(12000);
    expect(readObjectiveValue('1,234,567.5')).toBe(1234567.5);
    expect(readObjectiveValue(' 1500 ')).toBe(1500);
    expect(readObjectiveValue('-2.5')).toBe(-2.5);
    expect(readObjectiveValue('.5')).toBe(0.5);
    expect(readObjectiveValue('1,5')).toBe(1.5);
    expect(readObjectiveValue('99,95')).toBe(99.95);
    for (const typo of ['150%', '1e3', '12k', '1,2,3', '1.234,5', 'abc', '0x10']) expect([typo, readObjectiveValue(typo)]).toEqual([typo, Number.NaN]);
  });

  it('is written back grouped as the app\'s amounts are, and reads back as the same number', () => {
    for (const [value, text] of [[1500, '1,500'], [1234567.5, '1,234,567.5'], [-2.5, '-2.5'], [0.125, '0.125'], [200, '200'], [1 / 3, '0.333333']] as const) {
      expect(numberText(value)).toBe(text);
      expect(readObjectiveValue(numberText(value))).toBeCloseTo(value, 5);
    }
  });
});

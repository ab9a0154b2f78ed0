/**
 * What a file format leaves behind, named once for the app's Export notice and the command line:
 * phases, registers and calendars that differ from what the reader assumes; nothing it carries.
 */
import { describe, expect, it } from 'vitest';
import { addDefaultPhases, addGateCriterion, addResource, insertTask, moveCard, updateColumn, updateTask } from '../../../../renderer/domain/commands';
import { notCarriedSentence, partsNotCarried } from '../../../../renderer/domain/formats';
import type { ColumnId, LocalDate, PhaseId, Plan, ResourceId, TaskId } from '../../../../renderer/domain/model';
import { blankPlan, runOk } from '../../../support/plan-builder';

function phasedPlan(): Plan {
  let plan = blankPlan('Billing revamp');
  plan = runOk(insertTask, plan, { id: 't1' as TaskId, name: 'Survey' }).plan;
  plan = runOk(insertTask, plan, { id: 't2' as TaskId, name: 'Report' }).plan;
  plan = runOk(updateTask, plan, { id: 't1' as TaskId, changes: { phase: 'initiation' } }).plan;
  return runOk(addDefaultPhases, plan, {}).plan;
}

describe('what a file format has no place for', () => {
  it('names the phases that hold tasks or a gate where the format drops them; the CSV keeps each task\'s stage in its Phase column', () => {
    const plan = phasedPlan();
    expect(Object.keys(plan.phases)).toHaveLength(5);
    expect(notCarriedSentence(plan, '.xml', 'MS Project XML')).toBe('Not written (MS Project XML has no place for them): 1 phase (its tasks and gate).');
    expect(partsNotCarried(plan, '.csv')).toEqual([]);
    expect(partsNotCarried(plan, '.plotline')).toEqual([]);
    // Empty phases, as a new project's five, lose nothing.
    expect(partsNotCarried(runOk(addDefaultPhases, blankPlan('New'), {}).plan, '.xml')).toEqual([]);
    // A gate counts once the PM works on it (the standard checklist untouched does not).
    const gated = runOk(addGateCriterion, plan, { phaseId: Object.values(plan.phases)[1]?.id ?? ('' as PhaseId), item: 'Design signed off', ownerId: 'r1' as ResourceId }).plan;
    expect(partsNotCarried(gated, '.gan')).toEqual(['2 phases (their tasks and gates)']);
    expect(partsNotCarried(gated, '.csv')).toEqual(['1 phase gate (its milestone, exit criteria and decision)']);
  });

  it('names the stage of each task in a plan without phase objects', () => {
    const plan = runOk(updateTask, runOk(insertTask, blankPlan('Old'), { id: 't1' as TaskId, name: 'Survey' }).plan, { id: 't1' as TaskId, changes: { phase: 'planning' } }).plan;
    expect(Object.keys(plan.phases)).toHaveLength(0);
    expect(partsNotCarried(plan, '.xlsx')).toEqual(['the phase of 1 task']);
  });

  it('names the tasks whose tags a format drops; a table keeps them in its Tags column', () => {
    let plan = runOk(insertTask, blankPlan('Tagged'), { id: 't1' as TaskId, name: 'Payment API', fields: { tags: ['payments', 'api'] } }).plan;
    plan = runOk(insertTask, plan, { id: 't2' as TaskId, name: 'Docs' }).plan;
    expect(partsNotCarried(plan, '.xml')).toEqual(['the tags of 1 task']);
    expect(partsNotCarried(plan, '.ics')).toContain('the tags of 1 task');
    expect(partsNotCarried(plan, '.csv')).toEqual([]);
    expect(partsNotCarried(plan, '.xlsx')).toEqual([]);
  });

  it('names the custom field values and phone numbers a GanttProject file brought, where the format has no field for them', () => {
    let plan = runOk(insertTask, blankPlan('House'), { id: 't1' as TaskId, name: 'Walls', fields: { extra: { customFields: { isDone: true } } } }).plan;
    plan = runOk(insertTask, plan, { id: 't2' as TaskId, name: 'Roof' }).plan;
    plan = runOk(addResource, plan, { id: 'ana' as ResourceId, fields: { name: 'Ana' } }).plan;
    plan = runOk(addResource, plan, { fields: { name: 'Bo' } }).plan;
    // As gan-reader.ts keeps a person's phone number (no view edits it).
    plan = { ...plan, resources: { ...plan.resources, ana: { ...plan.resources['ana']!, extra: { phone: '+49 30 1234' } } } };
    expect(partsNotCarried(plan, '.xml')).toEqual(['the custom field values of 1 task', 'the phone numbers of 1 person']);
    expect(partsNotCarried(plan, '.xlsx')).toEqual(['the custom field values of 1 task', 'the phone numbers of 1 person']);
    // A CSV names the people and nothing else of them: their phones go with their rates.
    expect(partsNotCarried(plan, '.csv')).toEqual(['the rates, roles and e-mail of 2 people (the Resources column names the people assigned, with their units; anyone on no task is not in the file)', 'the custom field values of 1 task']);
    expect(partsNotCarried(plan, '.gan')).toEqual([]);
  });

  it('names a calendar only when it differs from the 09:00-17:00 Monday-Friday week the reader assumes', () => {
    const plain = blankPlan('Plain');
    expect(partsNotCarried(plain, '.csv')).toEqual([]);
    const calendar = Object.values(plain.calendars)[0];
    if (!calendar) throw new Error('a blank plan has its calendar');
    const withHoliday: Plan = {
      ...plain,
      calendars: { ...plain.calendars, [calendar.id]: { ...calendar, exceptions: [{ name: 'New Year', from: '2027-01-01' as LocalDate, to: '2027-01-01' as LocalDate, isWorking: false, intervals: [], recurrence: null }] } },
    };
    expect(partsNotCarried(withHoliday, '.xlsx')).toEqual(['1 calendar (working hours and holidays; the file is read back on a 09:00-17:00 Monday-Friday calendar)']);
    expect(partsNotCarried(withHoliday, '.xml')).toEqual([]);
  });

  it('names the status date where the format has no place for it: a table re-imported without it schedules started tasks from their actual start', () => {
    const plain = blankPlan('Plain');
    expect(plain.project.statusDate).toBeNull();
    expect(partsNotCarried(plain, '.csv')).toEqual([]);
    const reported: Plan = { ...plain, project: { ...plain.project, statusDate: '2026-11-20' as LocalDate } };
    const part = "the status date 2026-11-20 (the file is read back without one: started tasks' remaining work is scheduled from their actual start, not after the status date)";
    for (const format of ['.csv', '.xlsx', '.gan', '.ics'] as const) expect(partsNotCarried(reported, format)).toEqual([part]);
    // MS Project XML writes it as StatusDate.
    expect(partsNotCarried(reported, '.xml')).toEqual([]);
    expect(partsNotCarried(reported, '.plotline')).toEqual([]);
    expect(notCarriedSentence(reported, '.csv', 'a CSV table')).toBe(`Not written (a CSV table has no place for them): ${part}.`);
  });

  it('writes the status date as it is told (the app as it writes dates; the command line, by default, in ISO)', () => {
    const plain = blankPlan('Plain');
    const reported: Plan = { ...plain, project: { ...plain.project, statusDate: '2026-11-20' as LocalDate } };
    const written = (date: LocalDate): string => `<${date}>`;
    expect(partsNotCarried(reported, '.csv', written)).toEqual([
      "the status date <2026-11-20> (the file is read back without one: started tasks' remaining work is scheduled from their actual start, not after the status date)",
    ]);
    expect(notCarriedSentence(reported, '.csv', 'a CSV table', written)).toMatch(/^Not written \(a CSV table has no place for them\): the status date <2026-11-20> \(/);
  });

  it('names the board\'s columns and order where the format has no board; a board its reader gives back as it is, nothing', () => {
    let plan = blankPlan('Board');
    for (const [id, name] of [['t1', 'Survey'], ['t2', 'Report'], ['t3', 'Review']] as const) plan = runOk(insertTask, plan, { id: id as TaskId, name }).plan;
    const column = (name: string): ColumnId => Object.values(plan.columns).find((c) => c.name === name)?.id ?? ('' as ColumnId);
    // Three cards in Backlog in the task list's order: what an MS Project XML file is read back as.
    expect(partsNotCarried(plan, '.xml')).toEqual([]);
    const moved = runOk(moveCard, plan, { id: 't2' as TaskId, columnId: column('To do'), placement: { at: 'top' } }).plan;
    expect(notCarriedSentence(moved, '.xml', 'MS Project XML')).toBe(
      'Not written (MS Project XML has no place for them): the board column of 1 task (read back, a card is in the first column its progress puts it in).',
    );
    expect(partsNotCarried(moved, '.gan')).toEqual(partsNotCarried(moved, '.xml'));
    expect(partsNotCarried(moved, '.ics')).toEqual(partsNotCarried(moved, '.xml'));
    // A table has Status and Board order columns.
    expect(partsNotCarried(moved, '.csv')).toEqual([]);
    expect(partsNotCarried(moved, '.xlsx')).toEqual([]);
    const reordered = runOk(moveCard, plan, { id: 't3' as TaskId, columnId: column('Backlog'), placement: { at: 'top' } }).plan;
    expect(partsNotCarried(reordered, '.xml')).toEqual(["the card order of 1 board column (read back, cards are in the task list's order)"]);
    const renamed = runOk(updateColumn, plan, { id: column('Review'), changes: { name: 'QA' } }).plan;
    expect(partsNotCarried(renamed, '.xml')).toEqual([
      "5 board columns (names, order and WIP limits, and which card is in which; read back, the board has a new project's five columns, each card in the first its progress puts it in)",
    ]);
  });
});

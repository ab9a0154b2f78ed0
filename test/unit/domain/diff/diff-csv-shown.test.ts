/**
 * A plan against its own CSV: a table writes what each task shows (a subtask's stage whether it
 * is its own or its summary's, a summary's rolled-up duration), and its reader stores those as it
 * can, so the diff takes the base's stored value wherever the copy's task shows the same
 * (made-up-identity.ts). Only a stage or a duration a person changed in the file counts.
 */
import { describe, expect, it } from 'vitest';
import { insertTask } from '../../../../renderer/domain/commands';
import { diffPlans } from '../../../../renderer/domain/diff';
import { exportTasksCsv, identityNotCarried, importCsv } from '../../../../renderer/domain/formats';
import { sequentialIds, type Plan } from '../../../../renderer/domain/model';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

/** Design (a summary in Planning) over Spec (which stores Planning too) and Review (which inherits it); Build in Execution. */
function plan(): Plan {
  const c = testContext('t');
  let p = blankPlan('Stages');
  p = runOk(insertTask, p, { name: 'Design', fields: { durationMinutes: 480, phase: 'planning' } }, c).plan;
  p = runOk(insertTask, p, { name: 'Build', fields: { durationMinutes: 960, phase: 'execution' } }, c).plan;
  const design = taskByName(p, 'Design').id;
  p = runOk(insertTask, p, { name: 'Spec', parentId: design, fields: { durationMinutes: 960, phase: 'planning' } }, c).plan;
  return runOk(insertTask, p, { name: 'Review', parentId: design, fields: { durationMinutes: 480 } }, c).plan;
}

/** The plan written as a CSV (`edit` then changes its text, as a person in a spreadsheet) and read back. */
function viaCsv(p: Plan, edit: (text: string) => string = (text) => text): Plan {
  const text = exportTasksCsv(p, { columns: ['wbs', 'name', 'duration', 'phase'], bom: false });
  const read = importCsv(edit(text), { newId: sequentialIds('copy'), now: '2026-03-01T08:00:00.000Z' });
  if (!read.ok) throw new Error(read.error.message);
  return read.value.plan;
}

/** "task 'Spec' phase: planning → execution" for each stage or duration the diff lists. */
function listed(a: Plan, b: Plan): string[] {
  const notCarried = { a: identityNotCarried('.plotline'), b: identityNotCarried('.csv') };
  return diffPlans(a, b, { withDates: false, notCarried }).changes
    .filter((c) => c.field === 'phase' || c.field === 'durationMinutes')
    .map((c) => `${c.label} ${c.field ?? ''}: ${String(c.before)} → ${String(c.after)}`);
}

describe('a plan against its own CSV, stage and duration as shown', () => {
  it('lists no stage or duration: each task shows what it showed', () => {
    const p = plan();
    const copy = viaCsv(p);
    // What the reader stored differs (Spec inherits now; Design's duration is its subtasks' span) ...
    expect(taskByName(copy, 'Spec').phase).toBeNull();
    expect(taskByName(copy, 'Design').durationMinutes).not.toBe(taskByName(p, 'Design').durationMinutes);
    // ... and none of it is a change.
    expect(listed(p, copy)).toEqual([]);
  });

  it('lists a stage and a duration changed in the file, and not the summary that rolls the duration up', () => {
    const p = plan();
    const edited = viaCsv(p, (text) => text.split('\r\n').map((line) => {
      if (line.includes(',Review,')) return line.replace(/,[^,]*$/, ',Execution');
      if (line.includes(',Spec,')) return line.replace(',2d,', ',4d,');
      return line;
    }).join('\r\n'));
    expect(listed(p, edited)).toEqual(["task 'Spec' durationMinutes: 960 → 1920", "task 'Review' phase: null → execution"]);
  });
});

/**
 * A plan against its own CSV: the file carries each card's place in its column (Board order), not
 * its rank, so the reader makes ranks up and the diff reads the copy's board order in the base's
 * ranks (made-up-identity.ts). Only a card the person moved counts; a summary is no card, and
 * cards whose ranks tie keep the places the board draws them in.
 */
import { describe, expect, it } from 'vitest';
import { insertTask, moveCard } from '../../../../renderer/domain/commands';
import { diffPlans } from '../../../../renderer/domain/diff';
import { exportTasksCsv, identityNotCarried, importCsv } from '../../../../renderer/domain/formats';
import { sequentialIds, type Plan, type Task } from '../../../../renderer/domain/model';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const notCarried = { a: identityNotCarried('.plotline'), b: identityNotCarried('.csv') };

/** The plan written as a CSV (`edit` then changes its text, as a person in a spreadsheet) and read back. */
function viaCsv(plan: Plan, edit: (text: string) => string = (text) => text): Plan {
  const text = exportTasksCsv(plan, { columns: ['wbs', 'name', 'duration', 'status', 'boardOrder'], bom: false });
  const read = importCsv(edit(text), { newId: sequentialIds('copy'), now: '2026-03-01T08:00:00.000Z' });
  if (!read.ok) throw new Error(read.error.message);
  return read.value.plan;
}

/** The tasks whose place in their board column the diff lists as changed. */
const movedOnBoard = (a: Plan, b: Plan): string[] =>
  diffPlans(a, b, { withDates: false, notCarried }).changes.filter((c) => c.field === 'boardRank').map((c) => c.label);

/** Design (a summary over Spec and Review), Build, Test, Launch; Launch dragged to the top of its column. */
function plan(): Plan {
  const c = testContext('t');
  let p = blankPlan('Board');
  for (const name of ['Design', 'Build', 'Test', 'Launch']) p = runOk(insertTask, p, { name, fields: { durationMinutes: 480 } }, c).plan;
  for (const name of ['Spec', 'Review']) p = runOk(insertTask, p, { name, parentId: taskByName(p, 'Design').id, fields: { durationMinutes: 480 } }, c).plan;
  const launch = taskByName(p, 'Launch');
  return runOk(moveCard, p, { id: launch.id, columnId: launch.statusId, placement: { at: 'top' } }, c).plan;
}

/** The same plan with every task's board rank equal, as files from other tools and older plans have them. */
function tied(p: Plan): Plan {
  const tasks: Record<string, Task> = {};
  for (const [id, task] of Object.entries(p.tasks)) tasks[id] = { ...task, boardRank: 'C' };
  return { ...p, tasks };
}

/** The CSV with the Board order cells (each row's last) of the rows named set to their places. */
const placed = (places: Record<string, number>) => (text: string): string =>
  text.split('\r\n').map((line) => {
    const place = places[line.split(',')[1] ?? ''];
    return place === undefined ? line : line.replace(/,\d*$/, `,${String(place)}`);
  }).join('\r\n');

describe('a plan against its own CSV, on the board', () => {
  it('lists no task as moved: the cards kept their places and a summary is no card', () => {
    const p = plan();
    expect(taskByName(p, 'Design').kind).toBe('summary');
    expect(movedOnBoard(p, viaCsv(p))).toEqual([]);
  });

  it('lists no card as moved when cards share a rank, and only the card moved in the file when one is', () => {
    const p = tied(plan());
    expect(movedOnBoard(p, viaCsv(p))).toEqual([]);
    // Cards in table order (their ranks tie): Spec 1, Review 2, Build 3, Test 4, Launch 5; Launch put first.
    const launchFirst = placed({ Launch: 1, Spec: 2, Review: 3, Build: 4, Test: 5 });
    expect(movedOnBoard(p, viaCsv(p, launchFirst))).toEqual(["task 'Launch'"]);
  });
});

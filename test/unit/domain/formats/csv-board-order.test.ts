/**
 * Board order in CSV and Excel files: each card's place in its board column goes out with the
 * rows and comes back, so the order cards were dragged into survives a round trip; a file without
 * the column keeps table order, and a cell that does not read is a warning that loses no row.
 */
import { describe, expect, it } from 'vitest';
import { insertTask, moveCard } from '../../../../renderer/domain/commands';
import { columnCards, orderedColumns } from '../../../../renderer/domain/board/columns';
import { CSV_COLUMNS, exportTasksCsv, importCsv, importXlsx, planToWorkbook, type SheetTable } from '../../../../renderer/domain/formats';
import { readWorkbook, writeWorkbook } from '../../../../renderer/domain/formats/xlsx/excel-io';
import { sequentialIds, type Plan } from '../../../../renderer/domain/model';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const ctx = () => ({ newId: sequentialIds('csv'), now: '2026-03-01T08:00:00.000Z' });

/** Design, Build, Test, Launch in the table; on the board Backlog has Test over Design, To do has Launch over Build. */
function reorderedPlan(): Plan {
  const c = testContext('t');
  let p = blankPlan('Board order');
  for (const name of ['Design', 'Build', 'Test', 'Launch']) p = runOk(insertTask, p, { name, fields: { durationMinutes: 480 } }, c).plan;
  const column = (name: string) => Object.values(p.columns).find((col) => col.name === name)!.id;
  const move = (name: string, to: string) => {
    p = runOk(moveCard, p, { id: taskByName(p, name).id, columnId: column(to), placement: { at: 'top' } }, c).plan;
  };
  move('Build', 'To do');
  move('Launch', 'To do');
  move('Test', 'Backlog');
  return p;
}

/** What a person sees on the board: each column with cards, its cards top to bottom. */
function board(p: Plan): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const column of orderedColumns(p.columns)) {
    const cards = columnCards(p, column.id).map((t) => t.name);
    if (cards.length > 0) out[column.name] = cards;
  }
  return out;
}

describe('Board order', () => {
  it('is written as each card\'s place in its column, 1 for the top card, and a CSV round trip keeps the order', () => {
    const plan = reorderedPlan();
    expect(board(plan)).toEqual({ Backlog: ['Test', 'Design'], 'To do': ['Launch', 'Build'] });
    const text = exportTasksCsv(plan, { columns: ['name', 'status', 'boardOrder'], bom: false });
    expect(text).toBe('Name,Status,Board order\r\nDesign,Backlog,2\r\nBuild,To do,2\r\nTest,Backlog,1\r\nLaunch,To do,1\r\n');
    const back = importCsv(exportTasksCsv(plan, { columns: CSV_COLUMNS }), ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings).toEqual([]);
    expect(board(back.value.plan)).toEqual(board(plan));
  });

  it('survives an Excel round trip as a number in the Tasks sheet', async () => {
    const plan = reorderedPlan();
    const workbook = await readWorkbook(await writeWorkbook(planToWorkbook(plan)), 'board.xlsx');
    if (!workbook.ok) throw new Error(workbook.error.message);
    const tasks = workbook.value.sheets[0]!;
    const at = tasks.rows[0]!.indexOf('Board order');
    expect(tasks.rows.slice(1).map((row) => row[at])).toEqual([2, 2, 1, 1]);
    const back = importXlsx(workbook.value, ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings).toEqual([]);
    expect(board(back.value.plan)).toEqual(board(plan));
  });

  it('leaves a file without the column in table order, as before', () => {
    const back = importCsv('Name,Status\nDesign,To do\nBuild,To do\nTest,Backlog\n', ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings).toEqual([]);
    expect(board(back.value.plan)).toEqual({ Backlog: ['Test'], 'To do': ['Design', 'Build'] });
  });

  it('keeps the row of a card whose place does not read, warns with its row, and places that card by table order', () => {
    const text = 'Name,Status,Board order\nDesign,To do,2\nBuild,To do,second\nTest,To do,1\nDocs,To do,-1\nLaunch,To do,1\nShip,To do,\n';
    const back = importCsv(text, ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toEqual([]);
    expect(back.value.warnings).toEqual([
      "row 3, column 3 (Board order): 'second' is not a place in a board column (a whole number, 1 for the top card); the card keeps its place in table order.",
      "row 5, column 3 (Board order): '-1' is not a place in a board column (a whole number, 1 for the top card); the card keeps its place in table order.",
      "row 6, column 3 (Board order): 1 is also the place of row 4 in 'To do'; the card keeps its place in table order.",
    ]);
    // Places 2, -, 1, -, -, - : Test 1, then Design 2 and Build (2nd row of the column), then Docs, Launch and Ship by their rows.
    expect(board(back.value.plan)).toEqual({ 'To do': ['Test', 'Design', 'Build', 'Docs', 'Launch', 'Ship'] });
  });

  it('does not use a Board order on a summary row (a summary is no card) and says so, naming the row', () => {
    const text = 'WBS,Name,Board order\n1,Design,1\n1.1,Spec,2\n1.2,Review,1\n2,Build,3\n';
    const back = importCsv(text, ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toEqual([]);
    expect(back.value.warnings).toEqual(["row 2: 'Design' is a summary task; its Board order is not used — summary tasks are not board cards."]);
    expect(board(back.value.plan)).toEqual({ Backlog: ['Review', 'Spec', 'Build'] });
    // A workbook's summary row says the same.
    const sheet: SheetTable = { name: 'Tasks', rows: [['WBS', 'Name', 'Board order'], ['1', 'Design', 1], ['1.1', 'Spec', 1]] };
    const fromSheet = importXlsx({ sheets: [sheet] }, ctx());
    if (!fromSheet.ok) throw new Error(fromSheet.error.message);
    expect(fromSheet.value.warnings).toEqual(["row 2: 'Design' is a summary task; its Board order is not used — summary tasks are not board cards."]);
  });

  it('reads a workbook\'s Board order the same way, text cells and numbers alike', () => {
    const tasks: SheetTable = {
      name: 'Tasks',
      rows: [['Name', 'Status', 'Board order'], ['Design', 'Review', 2], ['Build', 'Review', 'top'], ['Test', 'Review', 1]],
    };
    const back = importXlsx({ sheets: [tasks] }, ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings).toEqual([
      "row 3, column 3 (Board order): 'top' is not a place in a board column (a whole number, 1 for the top card); the card keeps its place in table order.",
    ]);
    expect(board(back.value.plan)).toEqual({ Review: ['Test', 'Design', 'Build'] });
  });
});

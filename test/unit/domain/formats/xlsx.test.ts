/**
 * Excel round trip: plan -> workbook (domain) -> .xlsx bytes (ExcelJS, the command line's Node
 * doorway) -> workbook -> plan. Hand-made plan on the standard 09:00-17:00 calendar, which is what
 * a workbook (which carries no calendar) reads back on.
 */
import { describe, expect, it } from 'vitest';
import { readWorkbook, writeWorkbook } from '../../../../renderer/domain/formats/xlsx/excel-io';
import { importCsv, importXlsx, planToWorkbook, sheetRows, type SheetTable, type WorkbookData } from '../../../../renderer/domain/formats';
import {
  emptyPlan, outlineRows, sequentialIds, type AssignmentId, type LinkId, type LocalDateTime, type Plan, type ResourceId, type Task, type TaskId,
} from '../../../../renderer/domain/model';
import { effectivePhase } from '../../../../renderer/domain/model/phase';
import { assembleTasks } from '../../../../renderer/domain/formats/plan-assembly';

const at = (text: string) => text as LocalDateTime;

function handMadePlan(): Plan {
  const base = emptyPlan({ name: 'Relaunch', start: at('2026-03-02T09:00'), now: '2026-03-01T08:00:00.000Z', newId: sequentialIds('b') });
  const task = (id: string, name: string, fields: Partial<Plan['tasks'][string]> = {}) => ({
    id: id as TaskId, parentId: null, name, notes: '', kind: 'task' as const, durationMinutes: 480, schedulingMode: 'auto' as const,
    start: at('2026-03-02T09:00'), finish: at('2026-03-02T17:00'), constraint: { type: 'ASAP' as const, date: null }, deadline: null,
    percentComplete: 0, actualStart: null, actualFinish: null, priority: 500, phase: null, tags: [], calendarId: null, ...fields,
  });
  const drafts = [
    task('p', 'Phase one ', { durationMinutes: 0 }),
    task('d', 'Design', { parentId: 'p' as TaskId, durationMinutes: 1200, finish: at('2026-03-04T13:00'), percentComplete: 40, notes: 'Wireframes, then review' }),
    task('b', 'Build', { parentId: 'p' as TaskId, durationMinutes: 2400, start: at('2026-03-09T09:00'), finish: at('2026-03-13T17:00'), constraint: { type: 'SNET', date: at('2026-03-09T09:00') }, deadline: at('2026-03-20T17:00'), priority: 700 }),
    task('m', 'Launch', { kind: 'milestone', durationMinutes: 0, start: at('2026-03-13T17:00'), finish: at('2026-03-13T17:00') }),
  ];
  return {
    ...base,
    tasks: assembleTasks(drafts, base.columns),
    links: {
      l1: { id: 'l1' as LinkId, predecessorId: 'd' as TaskId, successorId: 'b' as TaskId, type: 'FS', lagMinutes: 960, lagIsElapsed: false },
      l2: { id: 'l2' as LinkId, predecessorId: 'b' as TaskId, successorId: 'm' as TaskId, type: 'SS', lagMinutes: -480, lagIsElapsed: false },
    },
    resources: {
      r1: { id: 'r1' as ResourceId, name: 'Grace Hopper', initials: 'GH', role: 'Engineer', email: 'grace@example.com', type: 'work', maxUnits: 0.5, costPerHour: 120, overtimeCostPerHour: 150, costPerUse: 0, calendarId: null },
    },
    assignments: { a1: { id: 'a1' as AssignmentId, taskId: 'b' as TaskId, resourceId: 'r1' as ResourceId, units: 0.5, workMinutes: 1200 } },
  };
}

/** What must survive: outline, task fields, links by name, people and assignments by name. */
function content(plan: Plan) {
  const name = (id: string) => plan.tasks[id]?.name;
  return {
    tasks: outlineRows(plan.tasks).map(({ task: t, depth }) => ({
      depth, name: t.name, kind: t.kind, durationMinutes: t.durationMinutes, start: t.start, finish: t.finish, constraint: t.constraint,
      deadline: t.deadline, percentComplete: t.percentComplete, priority: t.priority, notes: t.notes, mode: t.schedulingMode,
    })),
    links: Object.values(plan.links).map((l) => [name(l.predecessorId), name(l.successorId), l.type, l.lagMinutes]).sort(),
    people: Object.values(plan.resources).map(({ id: _id, calendarId: _c, ...r }) => r),
    assignments: Object.values(plan.assignments).map((a) => [name(a.taskId), plan.resources[a.resourceId]?.name, a.units, a.workMinutes]),
  };
}

describe('xlsx round trip', () => {
  it('re-imports an export with the same tasks, links, constraints, people and assignments', async () => {
    const plan = handMadePlan();
    const bytes = await writeWorkbook(planToWorkbook(plan));
    const workbook = await readWorkbook(bytes, 'relaunch.xlsx');
    if (!workbook.ok) throw new Error(workbook.error.message);
    const back = importXlsx(workbook.value, { newId: sequentialIds('x'), now: '2026-03-01T08:00:00.000Z' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings).toEqual([]);
    expect(content(back.value.plan)).toEqual(content(plan));
  });

  it('brings each card back to its board column and each task to its phase (Status and Phase columns, as in the CSV)', async () => {
    const plan = handMadePlan();
    const columnNamed = (name: string) => Object.values(plan.columns).find((c) => c.name === name)?.id;
    const review = columnNamed('Review');
    if (!review) throw new Error('the default board has a Review column');
    const moved: Plan = {
      ...plan,
      tasks: {
        ...plan.tasks,
        p: { ...(plan.tasks['p'] as Task), phase: 'execution' },
        m: { ...(plan.tasks['m'] as Task), statusId: review, phase: 'closure' },
      },
    };
    const workbook = await readWorkbook(await writeWorkbook(planToWorkbook(moved)), 'relaunch.xlsx');
    if (!workbook.ok) throw new Error(workbook.error.message);
    const back = importXlsx(workbook.value, { newId: sequentialIds('x'), now: '2026-03-01T08:00:00.000Z' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings).toEqual([]);
    const placed = (p: Plan) => outlineRows(p.tasks).map(({ task: t }) => [t.name, p.columns[t.statusId]?.name, effectivePhase(p.tasks, t)]);
    expect(placed(back.value.plan)).toEqual(placed(moved));
    expect(placed(back.value.plan).find(([name]) => name === 'Launch')).toEqual(['Launch', 'Review', 'closure']);
  });

  it('writes dates as date cells and durations, units and work as numbers', async () => {
    const workbook = await readWorkbook(await writeWorkbook(planToWorkbook(handMadePlan())), 'relaunch.xlsx');
    if (!workbook.ok) throw new Error(workbook.error.message);
    const [tasks, people, assignments] = workbook.value.sheets;
    const header = tasks?.rows[0] ?? [];
    const design = tasks?.rows[2] ?? [];
    expect(design[header.indexOf('Start')]).toEqual({ date: '2026-03-02T09:00' });
    expect(design[header.indexOf('Finish')]).toEqual({ date: '2026-03-04T13:00' });
    // 1,200 working minutes = 2.5 days of 8 hours.
    expect(design[header.indexOf('Duration')]).toBe(2.5);
    expect(design[header.indexOf('% Complete')]).toBe(40);
    expect(tasks?.rows[3]?.[header.indexOf('Predecessors')]).toBe('2FS+2d');
    expect(people?.rows[1]).toEqual(['Grace Hopper', 'GH', 'Engineer', 'grace@example.com', 'work', 0.5, 120, 150, 0]);
    expect(assignments?.rows[1]).toEqual([3, 'Build', 'Grace Hopper', 0.5, 20, true]);
  });
});

describe('the Assignments sheet\'s Work (hours)', () => {
  /** Build's typed 20 h (1,200 min) as before; Design's person with no work typed; a material on Build. */
  function planWithUntypedWork(): Plan {
    const plan = handMadePlan();
    return {
      ...plan,
      resources: {
        ...plan.resources,
        r2: { id: 'r2' as ResourceId, name: 'Ada Lovelace', initials: 'AL', role: 'Designer', email: '', type: 'work', maxUnits: 1, costPerHour: 90, overtimeCostPerHour: 0, costPerUse: 0, calendarId: null },
        r3: { id: 'r3' as ResourceId, name: 'Cable (m)', initials: 'C', role: '', email: '', type: 'material', maxUnits: 1, costPerHour: 2, overtimeCostPerHour: 0, costPerUse: 0, calendarId: null },
      },
      assignments: {
        ...plan.assignments,
        a2: { id: 'a2' as AssignmentId, taskId: 'd' as TaskId, resourceId: 'r2' as ResourceId, units: 0.5, workMinutes: null },
        a3: { id: 'a3' as AssignmentId, taskId: 'b' as TaskId, resourceId: 'r3' as ResourceId, units: 40, workMinutes: null },
      },
    };
  }
  const written = async (plan: Plan) => {
    const workbook = await readWorkbook(await writeWorkbook(planToWorkbook(plan)), 'relaunch.xlsx');
    if (!workbook.ok) throw new Error(workbook.error.message);
    return workbook.value;
  };

  it('holds each person\'s work in hours: typed, else duration x units as the Team view counts it; a material has none', async () => {
    const assignments = (await written(planWithUntypedWork())).sheets[2]?.rows ?? [];
    expect(assignments).toEqual([
      ['Task ID', 'Task', 'Person', 'Units', 'Work (hours)', 'Work typed'],
      [3, 'Build', 'Grace Hopper', 0.5, 20, true],
      // Design: 1,200 working minutes at 50 % = 600 min = 10 h.
      [2, 'Design', 'Ada Lovelace', 0.5, 10, false],
      [3, 'Build', 'Cable (m)', 40, null, false],
    ]);
  });

  it('reads untyped work back as untyped (it follows the duration), typed work as typed, and hours changed in Excel as typed', async () => {
    const workbook = await written(planWithUntypedWork());
    const reopen = (sheets: WorkbookData['sheets']) => {
      const back = importXlsx({ sheets }, { newId: sequentialIds('x'), now: '2026-03-01T08:00:00.000Z' });
      if (!back.ok) throw new Error(back.error.message);
      return content(back.value.plan).assignments;
    };
    expect(reopen(workbook.sheets)).toEqual(content(planWithUntypedWork()).assignments);
    const edited = workbook.sheets.map((sheet) => (sheet.name !== 'Assignments' ? sheet
      : { ...sheet, rows: sheet.rows.map((row) => (row[2] === 'Ada Lovelace' ? [...row.slice(0, 4), 12.5, false] : row)) }));
    expect(reopen(edited)).toContainEqual(['Design', 'Ada Lovelace', 0.5, 750]);
  });
});

describe('a workbook with a row that cannot be read', () => {
  it('skips that row only: the other rows\' links, the people with their rates and the assignments still come in', async () => {
    const read = await readWorkbook(await writeWorkbook(planToWorkbook(handMadePlan())), 'relaunch.xlsx');
    if (!read.ok) throw new Error(read.error.message);
    // Design's Start typed as a date that does not exist, as a person editing the sheet might.
    const sheets = read.value.sheets.map((sheet, i) => {
      if (i !== 0) return sheet;
      const start = (sheet.rows[0] ?? []).indexOf('Start');
      return { ...sheet, rows: sheet.rows.map((row) => (row.includes('Design') ? row.map((c, k) => (k === start ? '2026-02-30 09:00' : c)) : row)) };
    });
    const back = importXlsx({ sheets }, { newId: sequentialIds('x'), now: '2026-03-01T08:00:00.000Z' });
    if (!back.ok) throw new Error(back.error.message);
    const got = content(back.value.plan);
    expect(got.tasks.map((t) => t.name)).toEqual(['Phase one ', 'Build', 'Launch']);
    expect(got.links).toEqual([['Build', 'Launch', 'SS', -480]]);
    expect(got.people).toEqual(content(handMadePlan()).people);
    expect(got.assignments).toEqual([['Build', 'Grace Hopper', 0.5, 1200]]);
    expect(back.value.rowErrors).toEqual(["row 3, column 5 (Start): '2026-02-30 09:00' is not a real date: there is no such day in the calendar."]);
    expect(back.value.warnings).toEqual([
      '1 row(s) were skipped because of errors.',
      'row 4, column 11 (Predecessors): task 2 (row 3) was skipped for its error above; the link from it is left out.',
    ]);
  });
});

describe('a workbook with a constraint dated past 2200', () => {
  it('skips that row with its Constraint date cell, as a Start of 2301 is, and keeps the rest of the workbook', () => {
    const tasks: SheetTable = {
      name: 'Tasks',
      rows: [
        ['Name', 'Duration', 'Predecessors', 'Constraint', 'Constraint date'],
        ['Design', '1d', '', 'SNET', { date: at('2026-03-04T09:00') }],
        ['Far', '1d', '', 'MSO', { date: at('2301-01-05T09:00') }],
        ['Build', '2d', '1', 'ASAP', { date: at('2301-01-05T09:00') }],
      ],
    };
    const back = importXlsx({ sheets: [tasks] }, { newId: sequentialIds('x'), now: '2026-03-01T08:00:00.000Z' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toEqual(["row 3, column 5 (Constraint date): '2301-01-05 09:00' is outside the years Plotline plans: 1900 to 2200."]);
    expect(back.value.warnings).toContain('1 row(s) were skipped because of errors.');
    // An as-soon-as-possible task has no use for the date beside it: the row is kept, without it.
    expect(Object.values(back.value.plan.tasks).map((t) => [t.name, t.constraint])).toEqual([
      ['Design', { type: 'SNET', date: '2026-03-04T09:00' }], ['Build', { type: 'ASAP', date: null }],
    ]);
    expect(Object.values(back.value.plan.links)).toHaveLength(1);
  });
});

describe('a workbook with a link lagging longer than a plan holds', () => {
  it('leaves that link out with its cell and keeps the rest of the row\'s links', () => {
    const tasks: SheetTable = { name: 'Tasks', rows: [['Name', 'Duration', 'Predecessors'], ['Design', '1d', ''], ['Build', '1d', ''], ['Test', '1d', '1FS+30000d;2']] };
    const back = importXlsx({ sheets: [tasks] }, { newId: sequentialIds('x'), now: '2026-03-01T08:00:00.000Z' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings).toContain("row 4, column 3 (Predecessors): '1FS+30000d' has too long a lag: a lag can be at most 21,915 working days, ahead or back; the link is left out.");
    expect(Object.values(back.value.plan.links).map((l) => [l.predecessorId, l.successorId].map((id) => back.value.plan.tasks[id]?.name))).toEqual([['Build', 'Test']]);
  });
});

describe('a workbook whose links form a loop', () => {
  it('names each task of the loop by its sheet row as well as its name, once', () => {
    const tasks: SheetTable = {
      name: 'Tasks', rows: [['Name', 'Duration', 'Predecessors'], ['Plan', '1d', ''], ['Design', '2d', '4'], ['Review', '1d', ''], ['Build', '3d', '2']],
    };
    const back = importXlsx({ sheets: [tasks] }, { newId: sequentialIds('x'), now: '2026-03-01T08:00:00.000Z' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings.filter((w) => w.startsWith('Tasks form a loop'))).toEqual([
      "Tasks form a loop: row 3 'Design' → row 5 'Build' → row 3 'Design'. The link from row 5 'Build' to row 3 'Design' is ignored until one of these links is removed.",
    ]);
  });
});

describe('warnings about a workbook\'s cells', () => {
  it('name the row, the column number and the header, as the table reader\'s messages do', () => {
    const tasks: SheetTable = {
      name: 'Tasks',
      rows: [
        ['Name', 'Start', 'Duration', 'Predecessors', 'Constraint', 'Constraint date'],
        ['Design', { date: at('2026-03-02T09:00') }, '1d', '', '', null],
        ['Build', '2026-02-30', '1d', '', '', null],
        ['Test', null, '1d', '2', '', null],
        ['Ship', null, '1d', '9', 'SNET', null],
        ['Docs', null, '1d', '1FS+2x', '', null],
      ],
    };
    const people: SheetTable = { name: 'People', rows: [['Name'], ['Ana']] };
    const assignments: SheetTable = { name: 'Assignments', rows: [['Task ID', 'Task', 'Person', 'Units'], [9, 'Lost', 'Ana', 1], [1, 'Design', 'Bob', 1], [2, 'Build', 'Ana', 1]] };
    const back = importXlsx({ sheets: [tasks, people, assignments] }, { newId: sequentialIds('x'), now: '2026-03-01T08:00:00.000Z' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toEqual(["row 3, column 2 (Start): '2026-02-30' is not a real date: there is no such day in the calendar."]);
    expect(back.value.warnings).toEqual([
      '1 row(s) were skipped because of errors.',
      "row 5, column 5 (Constraint): SNET needs a date in 'Constraint date'; the task was imported as soon as possible.",
      // Worded as the CSV import words them; a Predecessors number is a task's, one less than its sheet row.
      'row 4, column 4 (Predecessors): task 2 (row 3) was skipped for its error above; the link from it is left out.',
      "row 5, column 4 (Predecessors): '9' is not a task of this sheet; the link from it is left out.",
      "row 6, column 4 (Predecessors): '2x' in '1FS+2x' is not a lag such as 2d, 4h or 1ed; the links in this cell are left out.",
      "sheet 'Assignments', row 2, column 1 (Task ID): '9' is not a task of sheet 'Tasks'; the assignment was not imported.",
      "sheet 'Assignments', row 3, column 3 (Person): 'Bob' is not a person of sheet 'People'; the assignment was not imported.",
      "sheet 'Assignments', row 4, column 1 (Task ID): task 2 (row 3 of sheet 'Tasks') was skipped for its error above; the assignment was not imported.",
    ]);
  });
});

describe('a workbook\'s Predecessors warnings', () => {
  it('read as the CSV import\'s for the same cells: what is wrong, where, and that the link is left out', () => {
    const rows = [['Name', 'Duration', 'Predecessors'], ['Design', '1d', ''], ['Build', '1d', '7'], ['Test', '1d', '3;1']];
    const fromExcel = importXlsx({ sheets: [{ name: 'Tasks', rows }] }, { newId: sequentialIds('x'), now: '2026-03-01T08:00:00.000Z' });
    const fromCsv = importCsv(rows.map((r) => r.join(',')).join('\n'), { newId: sequentialIds('c'), now: '2026-03-01T08:00:00.000Z' });
    if (!fromExcel.ok || !fromCsv.ok) throw new Error('import failed');
    expect(fromCsv.value.warnings).toContain("row 3, column 3 (Predecessors): '7' is not a row of this file; the link from it is left out.");
    expect(fromExcel.value.warnings).toEqual([
      "row 3, column 3 (Predecessors): '7' is not a task of this sheet; the link from it is left out.",
      "row 4, column 3 (Predecessors): '3' is this row's own task, which cannot follow itself; the link from it is left out.",
    ]);
  });
});

describe('a workbook of tasks alone (another tool\'s)', () => {
  it('keeps a Deadline typed as text, as the table reader reads it, beside one stored as a date', () => {
    const sheet: SheetTable = { name: 'Plan', rows: [['Name', 'Deadline'], ['Survey', '2026-03-20'], ['Report', { date: at('2026-03-27T17:00') }], ['Wrap-up', null]] };
    const back = importXlsx({ sheets: [sheet] }, { newId: sequentialIds('x'), now: '2026-03-01T08:00:00.000Z' });
    if (!back.ok) throw new Error(back.error.message);
    expect(Object.values(back.value.plan.tasks).map((t) => [t.name, t.deadline])).toEqual([
      ['Survey', '2026-03-20T09:00'], ['Report', '2026-03-27T17:00'], ['Wrap-up', null],
    ]);
  });

  it('keeps a Constraint date typed as text, as the sheet\'s other dates are read, beside one stored as a date', () => {
    const sheet: SheetTable = {
      name: 'Plan',
      rows: [
        ['Name', 'Start', 'Constraint', 'Constraint date'],
        ['Survey', '25/03/2026', 'SNET', '2026-03-20'],
        ['Report', null, 'FNLT', { date: at('2026-03-27T17:00') }],
        ['Review', null, 'MSO', '2026-03-23 13:00'],
        // Day first, as the Start column above is written.
        ['Sign-off', null, 'SNLT', '02/04/2026'],
        ['Wrap-up', null, 'ASAP', null],
      ],
    };
    const back = importXlsx({ sheets: [sheet] }, { newId: sequentialIds('x'), now: '2026-03-01T08:00:00.000Z' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings).toEqual([]);
    expect(Object.values(back.value.plan.tasks).map((t) => [t.name, t.constraint])).toEqual([
      ['Survey', { type: 'SNET', date: '2026-03-20T09:00' }], ['Report', { type: 'FNLT', date: '2026-03-27T17:00' }],
      ['Review', { type: 'MSO', date: '2026-03-23T13:00' }], ['Sign-off', { type: 'SNLT', date: '2026-04-02T09:00' }],
      ['Wrap-up', { type: 'ASAP', date: null }],
    ]);
  });

  it('says which Constraint date text it could not read, and skips a row whose text date is past 2200 as a date cell\'s is', () => {
    const sheet: SheetTable = {
      name: 'Plan',
      rows: [['Name', 'Constraint', 'Constraint date'], ['Survey', 'SNET', 'next week'], ['Far', 'MSO', '2301-01-05'], ['Report', 'ASAP', 'whenever']],
    };
    const back = importXlsx({ sheets: [sheet] }, { newId: sequentialIds('x'), now: '2026-03-01T08:00:00.000Z' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toEqual(["row 3, column 3 (Constraint date): '2301-01-05' is outside the years Plotline plans: 1900 to 2200."]);
    expect(back.value.warnings).toEqual([
      '1 row(s) were skipped because of errors.',
      "row 2, column 3 (Constraint date): 'next week' is not a date, which SNET needs; the task was imported as soon as possible.",
    ]);
    expect(Object.values(back.value.plan.tasks).map((t) => [t.name, t.constraint])).toEqual([
      ['Survey', { type: 'ASAP', date: null }], ['Report', { type: 'ASAP', date: null }],
    ]);
  });

  it('keeps the people its People column names when it has no People sheet', () => {
    const sheet: SheetTable = { name: 'Plan', rows: [['Name', 'Duration', 'Resources'], ['Survey', '2d', 'Ana;Raj'], ['Report', '1d', 'Ana']] };
    const back = importXlsx({ sheets: [sheet] }, { newId: sequentialIds('x'), now: '2026-03-01T08:00:00.000Z' });
    if (!back.ok) throw new Error(back.error.message);
    expect(Object.values(back.value.plan.resources).map((r) => r.name).sort()).toEqual(['Ana', 'Raj']);
    expect(Object.keys(back.value.plan.assignments)).toHaveLength(3);
  });
});

describe('sheets that cannot be imported', () => {
  const sheet = (rows: SheetTable['rows'], merges: string[] = []): SheetTable => ({ name: 'Plan', rows, merges });

  it('refuses merged header cells, naming the range', () => {
    const result = sheetRows(sheet([['Task', null, 'Start'], ['Design', '', '']], ['A1:B1']));
    expect(result.ok ? null : result.error.message).toBe("Sheet 'Plan', cells A1:B1: the header row has merged cells, so its columns cannot be told apart. Unmerge them so each column has its own name in row 1.");
  });

  it('accepts merged cells below the header', () => {
    expect(sheetRows(sheet([['Name'], ['Design']], ['A2:B2'])).ok).toBe(true);
  });

  it('refuses a sheet of 100,000 rows, saying where the limit falls', () => {
    const rows = [['Name'], ...Array.from({ length: 100_000 }, (_, i) => [`Task ${String(i)}`])];
    const result = sheetRows(sheet(rows));
    expect(result.ok ? null : result.error.message).toMatch(/^Sheet 'Plan' has 100,000 rows below its header; Plotline imports up to 50,000 tasks from one sheet \(row 50002 is the first past the limit\)/);
  });

  it('refuses an empty sheet and a workbook without a Name column', () => {
    expect(sheetRows(sheet([[null, ''], []])).ok).toBe(false);
    const result = importXlsx({ sheets: [sheet([['Task id', 'When'], [1, 'soon']])] }, { newId: sequentialIds('x'), now: '2026-03-01T08:00:00.000Z' });
    expect(result.ok ? null : result.error.message).toMatch(/Sheet 'Plan' has no "Name" column in row 1/);
  });
});

describe('a workbook written without column layouts', () => {
  it('starts at row 1 with its first row, as the header, bold and frozen, in either writer', async () => {
    const rows = [['Name', 'Start'], ['Design', { date: at('2026-03-02T09:00') }]];
    const ExcelJS = (await import('exceljs')).default;
    for (const onNode of [false, true]) {
      const bytes = await writeWorkbook({ sheets: [{ name: 'Plan', rows }] }, { onNode });
      const read = await readWorkbook(bytes, 'plan.xlsx');
      if (!read.ok) throw new Error(read.error.message);
      expect(read.value.sheets[0]?.rows).toEqual(rows);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      const sheet = book.worksheets[0];
      expect(sheet?.getCell('A1').font?.bold).toBe(true);
      expect(sheet?.getCell('A2').font?.bold).toBeFalsy();
      expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });
});

describe('hostile text in an Excel export', () => {
  it('writes formula-looking names, notes and people as text cells, never as formulas', async () => {
    const plan = handMadePlan();
    const hostile = '=HYPERLINK("http://evil.example","click")';
    const tasks = { ...plan.tasks, d: { ...plan.tasks['d']!, name: hostile, notes: '+cmd|/c calc!A1' } };
    const resources = { r1: { ...plan.resources['r1']!, name: '@SUM(1+1)' } };
    const bytes = await writeWorkbook(planToWorkbook({ ...plan, tasks, resources }));
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const formulas: string[] = [];
    const texts: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${sheet.name}!${cell.address}`);
      if (typeof cell.value === 'string') texts.push(cell.value);
    })));
    // A cell is only a formula when written as one; text is written as text (shared strings), whatever it starts with.
    expect(formulas).toEqual([]);
    expect(texts).toEqual(expect.arrayContaining([hostile, '+cmd|/c calc!A1', '@SUM(1+1)']));
  });
});

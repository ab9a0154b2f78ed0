/** CSV that round-trips: Plotline's own export re-imports intact; Excel's and Jira's variants import. */
import { describe, expect, it } from 'vitest';
import {
  addLink, addResource, indentTasks, insertTask, moveCard, setAssignees, updateAssignment, updateTask,
} from '../../../../renderer/domain/commands';
import { CSV_COLUMNS, exportTasksCsv, guessMapping, importCsv, parseCsv } from '../../../../renderer/domain/formats';
import { sequentialIds, type LinkType, type Plan, type ResourceId } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const ctx = () => ({ newId: sequentialIds('csv'), now: '2026-03-01T08:00:00.000Z' });

function builtPlan(): Plan {
  const c = testContext('t');
  let p = blankPlan('Round trip');
  const add = (name: string, durationMinutes: number, kind: 'task' | 'milestone' = 'task') => {
    p = runOk(insertTask, p, { name, fields: { durationMinutes, kind, notes: name === 'API' ? 'REST, v2; "beta"' : '' } }, c).plan;
  };
  const link = (from: string, to: string, type: LinkType, lagMinutes: number) => {
    p = runOk(addLink, p, { predecessorId: taskByName(p, from).id, successorId: taskByName(p, to).id, type, lagMinutes, lagIsElapsed: false }, c).plan;
  };
  add('Build', 0);
  add('API', 1440);
  add('Deploy', 960);
  add('Go live', 0, 'milestone');
  p = runOk(indentTasks, p, { ids: [taskByName(p, 'API').id, taskByName(p, 'Deploy').id] }, c).plan;
  p = runOk(updateTask, p, { id: taskByName(p, 'Build').id, changes: { phase: 'execution' } }, c).plan;
  p = runOk(updateTask, p, { id: taskByName(p, 'Go live').id, changes: { phase: 'closure', percentComplete: 0 } }, c).plan;
  link('API', 'Deploy', 'SS', 480);
  link('Deploy', 'Go live', 'FS', 960);
  p = runOk(addResource, p, { id: 'ana' as ResourceId, fields: { name: 'Ana Lopez' } }, c).plan;
  p = runOk(addResource, p, { id: 'raj' as ResourceId, fields: { name: 'Raj' } }, c).plan;
  p = runOk(setAssignees, p, { taskId: taskByName(p, 'API').id, resourceIds: ['ana' as ResourceId, 'raj' as ResourceId] }, c).plan;
  const half = Object.values(p.assignments).find((a) => a.resourceId === 'ana')!;
  p = runOk(updateAssignment, p, { id: half.id, units: 0.5 }, c).plan;
  return p;
}

/** What a person compares: outline, names, durations, links by name, people with units, own phases, dates. */
function facts(p: Plan) {
  const schedule = scheduleProject(p);
  const name = (id: string) => p.tasks[id]?.name ?? '?';
  return {
    tasks: Object.values(p.tasks).map((t) => ({
      name: t.name, parent: t.parentId === null ? null : name(t.parentId), kind: t.kind, notes: t.notes,
      duration: schedule.tasks.get(t.id)?.durationMinutes, start: schedule.tasks.get(t.id)?.start, finish: schedule.tasks.get(t.id)?.finish, phase: t.phase,
    })).sort((a, b) => a.name.localeCompare(b.name)),
    links: Object.values(p.links).map((l) => `${name(l.predecessorId)} ${l.type}${String(l.lagMinutes)} ${name(l.successorId)}`).sort(),
    people: Object.values(p.assignments).map((a) => `${name(a.taskId)}: ${p.resources[a.resourceId]?.name ?? '?'} ${String(a.units)}`).sort(),
  };
}

describe('CSV round trip', () => {
  it("Plotline's own export (every column) re-imports with the same outline, durations, links, people, phases and dates", () => {
    const plan = builtPlan();
    const text = exportTasksCsv(plan, { columns: CSV_COLUMNS });
    const back = importCsv(text, ctx(), { planName: 'Round trip' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toEqual([]);
    expect(back.value.warnings).toEqual([]);
    expect(facts(back.value.plan)).toEqual(facts(plan));
    // Hand-worked: API 3d from Mon 2 Mar; Deploy SS+1d: Tue 3 – Wed 4; Go live FS+2d: Fri 6 17:00.
    expect(facts(back.value.plan).tasks.find((t) => t.name === 'Go live')).toMatchObject({ start: '2026-03-06T17:00', phase: 'closure' });
    expect(facts(back.value.plan).tasks.find((t) => t.name === 'API')).toMatchObject({ parent: 'Build', phase: null });
  });

  it('writes durations and lags to the minute, so a re-import keeps every date (7 h, 9 h, a 0d milestone)', () => {
    const c = testContext('h');
    let p = blankPlan('Hours');
    for (const [name, durationMinutes] of [['Workshop', 420], ['Review', 540], ['Sign-off', 0]] as const) {
      p = runOk(insertTask, p, { name, fields: { durationMinutes, kind: durationMinutes === 0 ? 'milestone' : 'task' } }, c).plan;
    }
    const link = (from: string, to: string, lagMinutes: number, lagIsElapsed = false) => {
      p = runOk(addLink, p, { predecessorId: taskByName(p, from).id, successorId: taskByName(p, to).id, type: 'FS', lagMinutes, lagIsElapsed }, c).plan;
    };
    link('Workshop', 'Review', 0);
    link('Review', 'Sign-off', 0);
    const text = exportTasksCsv(p, { columns: CSV_COLUMNS });
    // The grid shows Review as "1.13d" (two decimals), which reads back as 542 minutes.
    expect(text).toMatch(/\r\n2,Review,1,task,[^,]*,[^,]*,9h,/);
    const back = importCsv(text, ctx(), { planName: 'Hours' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toEqual([]);
    expect(facts(back.value.plan)).toEqual(facts(p));
    // Hand-worked, 9:00-17:00 days: Workshop Mon 9:00-16:00; Review 16:00 to Tue 17:00; Sign-off Tue 17:00.
    expect(facts(back.value.plan).tasks.find((t) => t.name === 'Sign-off')).toMatchObject({ start: '2026-03-03T17:00', finish: '2026-03-03T17:00' });

    // Lags too (working and elapsed), and a 7-hour-day project, whose "1d" the import would read as 8 h.
    link('Workshop', 'Sign-off', 545);
    p = runOk(insertTask, p, { name: 'Wrap-up', fields: { durationMinutes: 90 } }, c).plan;
    link('Workshop', 'Wrap-up', 1900, true);
    const sevenHourDays: Plan = { ...p, project: { ...p.project, minutesPerDay: 420, minutesPerWeek: 2100 } };
    for (const plan of [p, sevenHourDays]) {
      const again = importCsv(exportTasksCsv(plan, { columns: CSV_COLUMNS }), ctx(), { planName: 'Hours' });
      if (!again.ok) throw new Error(again.error.message);
      expect(facts(again.value.plan).links).toEqual(facts(plan).links);
      expect(facts(again.value.plan).tasks.map((t) => [t.name, t.duration, t.start, t.finish])).toEqual(facts(plan).tasks.map((t) => [t.name, t.duration, t.start, t.finish]));
    }
    expect(exportTasksCsv(sevenHourDays, { columns: ['name', 'duration', 'predecessors'] })).toContain('\r\nWorkshop,7h,\r\nReview,9h,1\r\nSign-off,0d,2;1FS+545m\r\nWrap-up,1.5h,1FS+1900em\r\n');
  });

  it("auto-maps every column of Plotline's header (Cost and Remaining cost are computed, so export only)", () => {
    const header = parseCsv(exportTasksCsv(builtPlan(), { columns: CSV_COLUMNS }));
    if (!header.ok) throw new Error(header.error.message);
    expect(Object.keys(guessMapping(header.value.rows[0] ?? [])).sort()).toEqual(
      ['deadline', 'duration', 'milestone', 'name', 'notes', 'outlineLevel', 'percentComplete', 'phase', 'predecessors', 'priority', 'resources', 'start', 'finish', 'status', 'boardOrder', 'wbs', 'actualStart', 'actualFinish', 'tags',
        'fixedCost', 'fixedCostAccrual', 'actualCost', 'actualWork', 'budget', 'baselineCost'].sort(),
    );
  });

  it('writes each task\'s board column as Status and reads it back into the column of that name, whatever its case', () => {
    const c = testContext('b');
    let p = builtPlan();
    const column = (plan: Plan, id: string): string => plan.columns[plan.tasks[id]?.statusId ?? '']?.name ?? '?';
    const columnId = (name: string) => Object.values(p.columns).find((col) => col.name === name)!.id;
    p = runOk(moveCard, p, { id: taskByName(p, 'Deploy').id, columnId: columnId('To do'), placement: { at: 'top' } }, c).plan;
    p = runOk(moveCard, p, { id: taskByName(p, 'Go live').id, columnId: columnId('Review'), placement: { at: 'top' } }, c).plan;
    const text = exportTasksCsv(p, { columns: ['name', 'status'] });
    expect(text).toContain('\r\nDeploy,To do\r\nGo live,Review\r\n');
    const back = importCsv(exportTasksCsv(p, { columns: CSV_COLUMNS }), ctx(), { planName: 'Round trip' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings).toEqual([]);
    const columns = (plan: Plan) => Object.values(plan.tasks).map((t) => `${t.name}: ${column(plan, t.id)}`).sort();
    expect(columns(back.value.plan)).toEqual(columns(p));
    expect(columns(back.value.plan)).toContain('Deploy: To do');
    expect(columns(back.value.plan)).toContain('Go live: Review');

    const typed = importCsv('Name,Status\nDesign,IN PROGRESS\nBuild, to do \nTest,\n', ctx());
    if (!typed.ok) throw new Error(typed.error.message);
    expect(typed.value.warnings).toEqual([]);
    expect(columns(typed.value.plan)).toEqual(['Build: To do', 'Design: In progress', 'Test: Backlog']);
  });

  it('puts a task whose Status names no board column in the first column, with a warning naming its row and value', () => {
    const back = importCsv('Name,% Complete,Status\nDesign,40,Blocked\nBuild,0,Done\nShip,100,Closed\n', ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings).toEqual([
      "row 2, column 3 (Status): 'Blocked' is not a board column (Backlog, To do, In progress, Review, Done); the task is in 'Backlog'.",
    ]);
    const p = back.value.plan;
    const column = (name: string): string => p.columns[taskByName(p, name).statusId]?.name ?? '?';
    expect(column('Design')).toBe('Backlog');
    expect(column('Build')).toBe('Done');
    // Jira's word for a finished issue: done, as its progress (100 %) says.
    expect(column('Ship')).toBe('Done');
  });

  it("reads Excel's semicolon-separated export with a BOM and decimal commas", () => {
    const text = '\uFEFFName;Duration;% Complete;Predecessors;Resource names\r\nDesign;2d;50,5;;Ana[50%]\r\nBuild;3d;0;1FS+1d;Ana;Raj\r\n';
    const back = importCsv(text, ctx());
    if (!back.ok) throw new Error(back.error.message);
    const p = back.value.plan;
    expect(taskByName(p, 'Design')).toMatchObject({ durationMinutes: 960, percentComplete: 50.5 });
    expect(facts(p).links).toEqual(['Design FS480 Build']);
    // "Ana;Raj" in one cell is quoted by Excel; unquoted it splits into cells, so Build gets Ana only.
    expect(facts(p).people).toEqual(['Build: Ana 1', 'Design: Ana 0.5']);
  });

  it('reads a Jira issue export: key, parent, status, assignee, estimate in seconds and due date', () => {
    const text = [
      'Summary,Issue key,Issue id,Status,Assignee,Original estimate,Due date,Parent',
      'Payments epic,PAY-1,10001,In Progress,,,,',
      'Card vault,PAY-2,10002,Done,Ana Lopez,57600,12/Mar/26 5:00 PM,PAY-1',
      'Refunds,PAY-3,10003,To Do,Raj,28800,,PAY-1',
    ].join('\n');
    const back = importCsv(text, ctx());
    if (!back.ok) throw new Error(back.error.message);
    const p = back.value.plan;
    expect(facts(p).tasks.map((t) => [t.name, t.parent])).toEqual([['Card vault', 'Payments epic'], ['Payments epic', null], ['Refunds', 'Payments epic']]);
    expect(taskByName(p, 'Card vault')).toMatchObject({ durationMinutes: 960, percentComplete: 100, deadline: '2026-03-12T17:00' });
    expect(taskByName(p, 'Refunds')).toMatchObject({ durationMinutes: 480, percentComplete: 0 });
    expect(facts(p).people).toEqual(['Card vault: Ana Lopez 1', 'Refunds: Raj 1']);
  });

  it('names the row of a predecessor that is not in the file, and imports the rest', () => {
    const back = importCsv('Name,Duration,Predecessors\nDesign,1d,\nBuild,2d,7FS\nTest,1d,2;x1\n', ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings).toEqual([
      "row 3, column 3 (Predecessors): '7' is not a row of this file; the link from it is left out.",
      "row 4, column 3 (Predecessors): 'x1' is not a row of this file; the link from it is left out.",
    ]);
    expect(facts(back.value.plan).links).toEqual(['Build FS0 Test']);
    expect(Object.keys(back.value.plan.tasks)).toHaveLength(3);
  });

  it('says a predecessor names a row skipped for its error, not a row the file lacks', () => {
    const back = importCsv('Name,Duration,Start,Predecessors\nDesign,1d,2026-03-02,\nBuild,2d,2026-02-30,1\nTest,1d,,2;1\n', ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toEqual(["row 3, column 3 (Start): '2026-02-30' is not a real date: there is no such day in the calendar."]);
    expect(back.value.warnings).toContain('row 4, column 4 (Predecessors): task 2 (row 3) was skipped for its error above; the link from it is left out.');
    expect(facts(back.value.plan).links).toEqual(['Design FS0 Test']);
  });

  it('says so too where an ID column names the skipped row, and still names an ID the file lacks as missing', () => {
    const back = importCsv('ID,Name,Duration,Start,Predecessors\nD-1,Design,1d,2026-03-02,\nB-7,Build,2d,2026-02-30,D-1\nT-3,Test,1d,,B-7;X9;D-1\n', ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toEqual(["row 3, column 4 (Start): '2026-02-30' is not a real date: there is no such day in the calendar."]);
    expect(back.value.warnings).toEqual([
      '1 row(s) were skipped because of errors.',
      'row 4, column 5 (Predecessors): task B-7 (row 3) was skipped for its error above; the link from it is left out.',
      "row 4, column 5 (Predecessors): 'X9' is not a row of this file; the link from it is left out.",
    ]);
    expect(facts(back.value.plan).links).toEqual(['Design FS0 Test']);
  });

  it('refuses an unknown phase with its row, and keeps the other rows', () => {
    const back = importCsv('Name,Phase\nDesign,Planning\nBuild,Later\n', ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toEqual(["row 3, column 2 (Phase): 'Later' is not a phase (initiation, planning, execution, monitoring, closure)"]);
    expect(taskByName(back.value.plan, 'Design').phase).toBe('planning');
  });
});

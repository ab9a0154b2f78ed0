/** Text pasted from Excel into the task grid: rows updated and added, through the import gate. */
import { describe, expect, it } from 'vitest';
import { addResource, insertTask, pasteRows, pasteTable, readPastedTable, runCommand, setPredecessors, type PasteField, type PlanFragment } from '../../../../renderer/domain/commands';
import { outlineRows, personShortNames, type LocalDateTime, type Plan, type ResourceId } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

function plan(): Plan {
  let p = blankPlan();
  for (const name of ['Kickoff', 'Design']) p = runOk(insertTask, p, { name }, testContext(`t${name}`)).plan;
  return runOk(addResource, p, { id: 'r-ana' as ResourceId, fields: { name: 'Ana Lopez' } }).plan;
}

const FIELDS: PasteField[] = ['name', 'duration', 'start', 'finish', 'predecessors', 'assignees'];
const read = (p: Plan, text: string, startRow = 0, fields: readonly (PasteField | null)[] = FIELDS) =>
  readPastedTable(p, text, { fields, startRow, localeOrder: 'mdy', scheduled: (id) => scheduleProject(p).tasks.get(id) ?? null });

function paste(p: Plan, text: string, startRow = 0): Plan {
  const rows = read(p, text, startRow);
  if (!rows.ok) throw new Error(`${rows.error.where ?? ''}: ${rows.error.message}`);
  return runOk(pasteTable, p, { rows: rows.value }, testContext('p')).plan;
}

const names = (p: Plan): string[] => outlineRows(p.tasks).map((r) => r.task.name);

describe('pasting spreadsheet rows into the task grid', () => {
  it('updates the rows under the cursor and adds the rest below, as one undoable edit', () => {
    const before = plan();
    // Excel's clipboard: tab-separated, CRLF, a trailing line break.
    const after = paste(before, 'Kick-off\t2d\r\nDesign\t5d\t\t\t1\r\nBuild\t1w\t\t\t2FS+1d\tAna\r\nLaunch\t0d\t\t\t3\r\n');
    expect(names(after)).toEqual(['Kick-off', 'Design', 'Build', 'Launch']);
    const build = taskByName(after, 'Build');
    expect(build.durationMinutes).toBe(2400);
    expect(taskByName(after, 'Design').durationMinutes).toBe(2400);
    const links = Object.values(after.links).map((l) => `${after.tasks[l.predecessorId]?.name ?? ''}>${after.tasks[l.successorId]?.name ?? ''} ${l.type}${String(l.lagMinutes)}`).sort();
    expect(links).toEqual(['Build>Launch FS0', 'Design>Build FS480', 'Kick-off>Design FS0']);
    expect(Object.values(after.assignments).map((a) => `${a.resourceId}@${after.tasks[a.taskId]?.name ?? ''}`)).toEqual(['r-ana@Build']);
  });

  it('records the scheduled start as the actual start of a row pasted with progress, as typing it would', () => {
    const before = plan();
    const rows = read(before, 'Kickoff\t40\r\nDesign\t0\r\n', 0, ['name', 'percent']);
    if (!rows.ok) throw new Error(rows.error.message);
    const after = runOk(pasteTable, before, { rows: rows.value }, testContext('p')).plan;
    const kickoff = taskByName(after, 'Kickoff');
    expect([kickoff.percentComplete, kickoff.actualStart]).toEqual([40, scheduleProject(before).tasks.get(kickoff.id)?.start]);
    expect(taskByName(after, 'Design').actualStart).toBeNull();
    // A paste that also moves tasks (a start on the row, a duration on an earlier one) records no date read before it.
    for (const [text, fields] of [['Kickoff\t03/16/2026\t40', ['name', 'start', 'percent']], ['Kickoff\t5d\t\r\nDesign\t\t40', ['name', 'duration', 'percent']]] as const) {
      const moved = read(before, text, 0, fields);
      if (!moved.ok) throw new Error(moved.error.message);
      const pasted = runOk(pasteTable, before, { rows: moved.value }, testContext('p')).plan;
      expect(Object.values(pasted.tasks).map((t) => t.actualStart)).toEqual([null, null]);
    }
  });

  it('keeps quoted multi-line cells whole and reads a header row to place the columns', () => {
    const text = 'Notes\tTask name\tDuration\r\n"Two lines,\r\nwith ""quotes"""\tReview\t4h\r\n';
    const after = paste(plan(), text, 2);
    const review = taskByName(after, 'Review');
    expect(review.notes).toBe('Two lines,\r\nwith "quotes"');
    expect(review.durationMinutes).toBe(240);
  });

  it('reads dates in the locale form or ISO, day first when the pasted data says so', () => {
    const p = plan();
    const dayFirst = paste(p, 'Design\t\t16/03/2026\t20/03/2026', 1);
    // Mon 16 – Fri 20 March 2026: five working days, and the start becomes Start no earlier than.
    expect(taskByName(dayFirst, 'Design')).toMatchObject({ durationMinutes: 2400, constraint: { type: 'SNET', date: '2026-03-16T09:00' } });
    const iso = paste(p, 'Design\t\t2026-03-16', 1);
    expect(taskByName(iso, 'Design').constraint).toEqual({ type: 'SNET', date: '2026-03-16T09:00' as LocalDateTime });
  });

  it('names the pasted row and column of a bad cell, and pastes nothing', () => {
    const bad = read(plan(), 'A\t2d\r\nB\t5x');
    expect(bad.ok || bad.error).toEqual({ message: "'5x' is not a duration. Try 3d, 4h, 2w, or 2ed for elapsed days.", where: 'pasted row 2, column 2 (Duration)' });
    const long = read(plan(), 'A\t2d\r\nB\t9999w');
    expect(long.ok || long.error).toEqual({ message: "'9999w' is too long: a duration can be at most 4,383 working weeks.", where: 'pasted row 2, column 2 (Duration)' });
    const lag = read(plan(), 'A\t2d\r\nB\t2d\t\t\t1FS+9999w');
    expect(lag.ok || lag.error.message).toBe("'1FS+9999w' has too long a lag: a lag can be at most 4,383 working weeks, ahead or back.");
    const late = read(plan(), 'A\t2d\t\t2150-01-01');
    expect(late.ok || late.error.message).toMatch(/^'2150-01-01' is too late: a task can last at most 21,915 working days, so from its start on \d{4}-\d\d-\d\d it can finish on \d{4}-\d\d-\d\d at the latest\.$/);
    const year = read(plan(), 'A\t2d\t\t2999-01-01');
    expect(year.ok || year.error).toEqual({ message: "'2999-01-01' is outside the years Plotline plans: 1900 to 2200.", where: 'pasted row 1, column 4 (Finish)' });
    const date = read(plan(), 'A\t2d\t2026-02-30');
    expect(date.ok || date.error).toEqual({ message: "'2026-02-30' is not a real date: there is no such day in the calendar.", where: 'pasted row 1, column 3 (Start)' });
    const nameless = read(plan(), 'Kickoff\r\nDesign\r\n\t3d', 0);
    expect(nameless.ok || nameless.error.where).toBe('pasted row 3');
    const stranger = read(plan(), 'A\t\t\t\t\tZoe');
    expect(stranger.ok || stranger.error.message).toBe("'Zoe' is not on the team: add them in the Team view first.");
  });

  it('reads a pasted first name two people share as neither: it names both; the name the table shows them by is read', () => {
    let p = plan();
    for (const [id, name] of [['r-ps', 'Paul Smith'], ['r-pt', 'Paul Tran']] as const) p = runOk(addResource, p, { id: id as ResourceId, fields: { name } }).plan;
    const shared = read(p, 'A\t\t\t\t\tPaul');
    expect(shared.ok || shared.error.message).toBe("'Paul' could be Paul Smith or Paul Tran: paste the full name.");
    const shown = read(p, 'A\t\t\t\t\tPaul T.; Ana');
    expect(shown.ok && shown.value[0]?.people).toEqual(['r-pt', 'r-ana']);
  });

  it('shows each person by first name, with the last name\'s initial when two share it, and the full name when even that is shared', () => {
    const names = ['Paul Smith', 'Paul Stone', 'Paul Tran', 'Ana Lopez', 'Li', 'Jo Park', 'Jo Pike'];
    const team: Record<string, { id: string; name: string }> = Object.fromEntries(names.map((name, i) => [`p${String(i)}`, { id: `p${String(i)}`, name }]));
    expect([...personShortNames(team).values()]).toEqual(['Paul Smith', 'Paul Stone', 'Paul T.', 'Ana', 'Li', 'Jo Park', 'Jo Pike']);
  });

  it('refuses a paste whose links would loop, leaving the plan as it was', () => {
    const p = plan();
    const kickoff = taskByName(p, 'Kickoff').id;
    const design = taskByName(p, 'Design').id;
    const linked = runOk(setPredecessors, p, { taskId: design, predecessors: [{ predecessorId: kickoff, type: 'FS', lagMinutes: 0, lagIsElapsed: false }] }, testContext('l')).plan;
    const rows = read(linked, 'Kickoff\t\t\t\t2');
    expect(rows.ok).toBe(true);
    const out = runCommand(pasteTable, linked, { rows: rows.ok ? rows.value : [] }, testContext('q'));
    expect(out.ok).toBe(false);
  });
});

describe("Plotline's own row paste goes through the import gate", () => {
  it('refuses a fragment the gate refuses (a duration past the bounds), naming it', () => {
    const fragment: PlanFragment = {
      tasks: [{ parent: null, statusName: null, fields: { ...taskByName(plan(), 'Kickoff'), durationMinutes: Number.MAX_SAFE_INTEGER } }],
      links: [], assignments: [],
    };
    const out = runCommand(pasteRows, plan(), { fragment, beforeId: null }, testContext('g'));
    expect(out.ok).toBe(false);
    expect(out.ok || out.error.message).toMatch(/^The pasted tasks /);
    const fine = runCommand(pasteRows, plan(), { fragment: { ...fragment, tasks: [{ ...fragment.tasks[0]!, fields: { ...fragment.tasks[0]!.fields, durationMinutes: 480 } }] }, beforeId: null }, testContext('h'));
    expect(fine.ok).toBe(true);
    expect(names(fine.ok ? fine.value.plan : plan())).toEqual(['Kickoff', 'Design', 'Kickoff']);
  });
});

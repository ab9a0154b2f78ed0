/**
 * GanttProject export (formats/gantt-project/gan-writer.ts): write -> read gives the same plan for
 * every field a .gan holds (outline, dates, durations, milestones, progress, priorities, links with
 * types and lags, people, allocations, holidays, vacations, custom fields, notes, baselines); what
 * it cannot hold is named in the warnings; every corpus .gan reads -> writes -> reads the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGanttProject, importGanttProject } from '../../../../renderer/domain/formats';
import { parseXml } from '../../../../renderer/domain/formats/xml/xml-parser';
import {
  CUSTOM_FIELDS_KEY, customFieldDefinitions, customValueOf, emptyPlan, newTask, outlineRows, sequentialIds,
  type AssignmentId, type BaselineId, type CalendarId, type LinkId, type Plan, type ResourceId, type Task, type TaskId,
} from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { d, dt } from './sample-plan';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const corpus = path.join(process.env.PLOTLINE_INTEROP_DIR ?? path.resolve(repoRoot, '../shared/fixtures/interop'), 'gan');
const NOW = '2026-03-01T12:00:00.000Z';

function read(text: string): { plan: Plan; warnings: readonly string[] } {
  const result = importGanttProject(text, { newId: sequentialIds('r'), now: NOW });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A plan that uses every field a .gan file holds, on whole working days. */
function ganPlan(): Plan {
  const base = emptyPlan({ name: 'Bridge & "tunnel" <phase 1>', start: dt('2026-03-02T09:00'), now: NOW, newId: sequentialIds('id') });
  const column = Object.values(base.columns)[0]!.id;
  const t = (id: string, fields: Partial<Task>): Task =>
    newTask({ id: id as TaskId, name: id, parentId: null, rank: 'V', start: dt('2026-03-02T09:00'), finish: dt('2026-03-02T17:00'), statusId: column, boardRank: 'V', ...fields });
  const tasks = [
    t('t1', { name: 'Design', kind: 'summary', rank: 'F', notes: 'Scope: <all> & "more"\nsecond line' }),
    t('t2', { name: '=HYPERLINK("http://x")', parentId: 't1' as TaskId, rank: 'F', durationMinutes: 960, percentComplete: 50, priority: 700 }),
    t('t3', { name: 'Review ✍ Müller', parentId: 't1' as TaskId, rank: 'V', durationMinutes: 480, priority: 100, extra: { [CUSTOM_FIELDS_KEY]: { tpc0: true, tpc1: 8, tpc2: '2026-03-09', tpc3: 'Team "A" & <B>' } } }),
    t('t4', { name: 'Launch', kind: 'milestone', rank: 'k', durationMinutes: 0, priority: 900 }),
    t('t5', { name: 'Build', rank: 'p', durationMinutes: 2400, start: dt('2026-03-16T09:00'), constraint: { type: 'SNET', date: dt('2026-03-16T09:00') } }),
  ];
  const cal = base.project.calendarId;
  const away = 'cal-away' as CalendarId;
  return {
    ...base,
    project: {
      ...base.project, description: 'A plan for GanttProject',
      extra: { [CUSTOM_FIELDS_KEY]: [
        { id: 'tpc0', name: 'Is done', type: 'boolean', defaultValue: false }, { id: 'tpc1', name: 'Points', type: 'integer', defaultValue: null },
        { id: 'tpc2', name: 'Signed off', type: 'date', defaultValue: null }, { id: 'tpc3', name: 'Team', type: 'text', defaultValue: 'Core' },
      ] },
    },
    tasks: Object.fromEntries(tasks.map((x) => [x.id, x])),
    links: {
      l1: { id: 'l1' as LinkId, predecessorId: 't2' as TaskId, successorId: 't3' as TaskId, type: 'FS', lagMinutes: 480, lagIsElapsed: false },
      l2: { id: 'l2' as LinkId, predecessorId: 't3' as TaskId, successorId: 't4' as TaskId, type: 'FF', lagMinutes: 0, lagIsElapsed: false },
      l3: { id: 'l3' as LinkId, predecessorId: 't2' as TaskId, successorId: 't5' as TaskId, type: 'SS', lagMinutes: 960, lagIsElapsed: false },
    },
    calendars: {
      [cal]: { ...base.calendars[cal]!, exceptions: [
        { name: 'Founders & "day"', from: d('2026-03-06'), to: d('2026-03-06'), isWorking: false, intervals: [], recurrence: null },
        { name: 'New Year', from: d('2026-01-01'), to: d('2076-12-31'), isWorking: false, intervals: [], recurrence: { kind: 'yearly-date', month: 1, day: 1 } },
      ] },
      [away]: { id: away, name: 'Ada (vacations)', baseCalendarId: cal, workWeek: null, exceptions: [
        { name: 'Vacation', from: d('2026-03-10'), to: d('2026-03-12'), isWorking: false, intervals: [], recurrence: null },
      ] },
    },
    resources: {
      p1: { id: 'p1' as ResourceId, name: 'Ada <Lovelace>', initials: '', role: 'Project manager', email: 'ada@example.com', type: 'work', maxUnits: 1, costPerHour: 50, overtimeCostPerHour: 0, costPerUse: 0, calendarId: away, extra: { phone: '+44 1' } },
      p2: { id: 'p2' as ResourceId, name: 'Bo', initials: '', role: 'Welder', email: '', type: 'work', maxUnits: 1, costPerHour: 0, overtimeCostPerHour: 0, costPerUse: 0, calendarId: null },
    },
    assignments: {
      a1: { id: 'a1' as AssignmentId, taskId: 't2' as TaskId, resourceId: 'p1' as ResourceId, units: 1, workMinutes: null },
      a2: { id: 'a2' as AssignmentId, taskId: 't3' as TaskId, resourceId: 'p2' as ResourceId, units: 0.5, workMinutes: null },
    },
    baselines: {
      b0: { id: 'b0' as BaselineId, number: 0, name: 'Signed plan', savedAt: NOW, tasks: { t2: { start: dt('2026-03-02T09:00'), finish: dt('2026-03-03T17:00'), durationMinutes: 960, workMinutes: 0, cost: 0 } } },
    },
  };
}

/** What a .gan holds of a plan, by task name, with the engine's dates (names, not ids, survive a file). */
function ganView(plan: Plan) {
  const schedule = scheduleProject(plan);
  const byId = new Map(Object.values(plan.tasks).map((t) => [t.id, t.name]));
  const people = new Map(Object.values(plan.resources).map((r) => [r.id, r.name]));
  const fields = customFieldDefinitions(plan.project);
  return {
    tasks: outlineRows(plan.tasks).map(({ task: t, depth }) => ({
      name: t.name, depth, kind: t.kind === 'summary' ? 'task' : t.kind, notes: t.notes, percentComplete: t.percentComplete, priority: t.priority,
      start: schedule.tasks.get(t.id)?.start, finish: schedule.tasks.get(t.id)?.finish, durationMinutes: schedule.tasks.get(t.id)?.durationMinutes,
      custom: Object.fromEntries(fields.map((f) => [f.name, customValueOf(t, f)])),
    })),
    links: Object.values(plan.links).map((l) => `${byId.get(l.predecessorId) ?? '?'} ${l.type}+${String(l.lagMinutes)} ${byId.get(l.successorId) ?? '?'}`).sort(),
    fields: fields.map(({ id: _id, ...f }) => f),
    people: Object.values(plan.resources).map((r) => ({
      name: r.name, role: r.role, email: r.email, costPerHour: r.costPerHour, phone: r.extra?.phone,
      daysOff: r.calendarId === null ? [] : plan.calendars[r.calendarId]?.exceptions.map((e) => [e.from, e.to]),
    })),
    allocations: Object.values(plan.assignments).map((a) => `${byId.get(a.taskId) ?? '?'}:${people.get(a.resourceId) ?? '?'}@${String(a.units)}`).sort(),
    holidays: plan.calendars[plan.project.calendarId]?.exceptions.map((e) => [e.name, e.from, e.recurrence?.kind ?? 'once']),
    week: plan.calendars[plan.project.calendarId]?.workWeek?.map((day) => day.length > 0),
    baselines: Object.values(plan.baselines).map((b) => ({ name: b.name, tasks: Object.entries(b.tasks).map(([id, row]) => [byId.get(id as TaskId), row.start, row.finish, row.durationMinutes]) })),
  };
}

describe('GanttProject export: write -> read', () => {
  const plan = ganPlan();
  const written = exportGanttProject(plan, { now: NOW });
  const back = read(written.text);

  it('reads back the same tasks, dates, links, people, allocations, calendars, custom fields, notes and baselines', () => {
    const expected = ganView(plan);
    // Hand-checked anchors: Spec 2 days from Mon 2 March (to Tue 3); Review after it + 1 day lag on Thu 5;
    // Build no earlier than Mon 16 (its SS + 2 days from Spec would allow Wed 4).
    expect(expected.tasks.find((t) => t.name === 'Review ✍ Müller')).toMatchObject({ start: '2026-03-05T09:00', finish: '2026-03-05T17:00' });
    expect(expected.tasks.find((t) => t.name === 'Build')).toMatchObject({ start: '2026-03-16T09:00', finish: '2026-03-20T17:00' });
    // Launch (FF after Review) falls at Thu 5 17:00; GanttProject shows such a milestone on the next
    // working day (Fri 6 is a holiday), the same working instant, and that is the date the file keeps.
    const launch = { start: '2026-03-09T09:00', finish: '2026-03-09T09:00' };
    expect(ganView(back.plan)).toEqual({
      ...expected,
      tasks: expected.tasks.map((t) => (t.name === 'Launch' ? { ...t, ...launch } : t)),
      // The reader's yearly holidays run from the plan's first year; a one-off keeps its date.
      holidays: [['Founders & "day"', '2026-03-06', 'once'], ['New Year', '2026-01-01', 'yearly-date']],
    });
  });

  it('reads back the project description as written, lines and indents kept', () => {
    expect(back.plan.project.description).toBe('A plan for GanttProject');
    const description = '  Ship <v2> & retire v1\n    indented second line  ';
    expect(read(exportGanttProject({ ...plan, project: { ...plan.project, description } }, { now: NOW }).text).plan.project.description).toBe(description);
  });

  it('reads back a fixed cost on a task without people, as the manual cost it wrote, with no warning', () => {
    const staffed = new Set(Object.values(plan.assignments).map((a) => a.taskId));
    const parents = new Set(Object.values(plan.tasks).map((t) => t.parentId));
    const leaf = Object.values(plan.tasks).find((t) => t.kind === 'task' && !staffed.has(t.id) && !parents.has(t.id));
    if (!leaf) throw new Error('the sample has no task without people');
    const priced = { ...plan, tasks: { ...plan.tasks, [leaf.id]: { ...leaf, fixedCost: 1500.5 } } };
    const again = read(exportGanttProject(priced, { now: NOW }).text);
    expect(Object.values(again.plan.tasks).find((t) => t.name === leaf.name)?.fixedCost).toBe(1500.5);
    expect(again.warnings.join(' ')).not.toMatch(/cost/i);
  });

  it('does not write a fixed cost on a task with people (GanttProject would take it as their whole cost), and says so', () => {
    const staffedId = Object.values(plan.assignments)[0]?.taskId;
    const staffed = staffedId === undefined ? undefined : plan.tasks[staffedId];
    if (!staffed) throw new Error('the sample has no task with people');
    const priced = { ...plan, tasks: { ...plan.tasks, [staffed.id]: { ...staffed, fixedCost: 500 } } };
    const out = exportGanttProject(priced, { now: NOW });
    expect(out.text).not.toContain('cost-manual-value');
    expect(out.warnings).toContain("not written to .gan: 1 fixed cost(s) on summaries or tasks with people (GanttProject's manual cost would replace the cost of their people).");
  });

  it('writes milestones, progress, link codes and lags, custom columns and allocations as GanttProject does', () => {
    const text = written.text;
    expect(text).toMatch(/<task id="\d+" name="Launch" meeting="true" start="2026-03-09" duration="0" complete="0" priority="4"/);
    expect(text).toMatch(/<depend id="\d+" type="2" difference="1" hardness="Strong"\/>/);
    expect(text).toMatch(/<depend id="\d+" type="1" difference="2" hardness="Strong"\/>/);
    expect(text).toContain('<taskproperty id="tpc0" name="Is done" type="custom" valuetype="boolean" defaultvalue="false"/>');
    expect(text).toContain('<customproperty taskproperty-id="tpc3" value="Team &quot;A&quot; &amp; &lt;B&gt;"/>');
    expect(text).toMatch(/<allocation task-id="\d+" resource-id="1" function="Default:0" responsible="false" load="50"\/>/);
    expect(text).toContain('<vacation start="2026-03-10" end="2026-03-12" resourceid="0"/>');
    expect(text).toContain('<date month="1" date="1" type="HOLIDAY">New Year</date>');
  });

  it('escapes every name and value: the file is well-formed XML and no text becomes markup', () => {
    expect(parseXml(written.text).ok).toBe(true);
    expect(written.text).toContain('name="Bridge &amp; &quot;tunnel&quot; &lt;phase 1&gt;"');
    expect(written.text).toContain('<notes>Scope: &lt;all&gt; &amp; "more"\nsecond line</notes>');
    expect(written.text).not.toContain('<all>');
    // GanttProject evaluates no formulas in names; the text is kept exactly as typed.
    expect(back.plan.tasks[Object.keys(back.plan.tasks).find((id) => back.plan.tasks[id]?.name.startsWith('='))!]?.name).toBe('=HYPERLINK("http://x")');
  });

  it('warns about nothing for a plan .gan holds whole', () => {
    expect(written.warnings).toEqual([]);
  });
});

describe('GanttProject export warnings', () => {
  it('names what .gan cannot hold, with counts', () => {
    const plan = ganPlan();
    const t2 = plan.tasks.t2!;
    const lossy: Plan = {
      ...plan,
      tasks: { ...plan.tasks, t2: { ...t2, durationMinutes: 600, deadline: dt('2026-03-20T17:00'), schedulingMode: 'manual', priority: 650, tags: ['x'] } },
      links: { ...plan.links, l1: { ...plan.links.l1!, lagMinutes: 240, lagIsElapsed: true } },
      resources: { ...plan.resources, p2: { ...plan.resources.p2!, type: 'material' } },
    };
    expect(exportGanttProject(lossy, { now: NOW }).warnings).toEqual([
      'not written to .gan: 1 task(s) start or last part of a working day; GanttProject counts whole days, so they were written rounded to days.',
      'not written to .gan: 1 manually scheduled task(s) (GanttProject schedules every task from its start and links).',
      'not written to .gan: 1 deadline(s).',
      "not written to .gan: 1 priorit(ies) rounded to GanttProject's five levels.",
      'not written to .gan: 1 task(s) with tags, a phase, a budget or a three-point estimate.',
      'not written to .gan: 1 link lag(s) not in whole working days, written rounded to days.',
      'not written to .gan: 1 person/resource setting(s) (material or cost type, max units, overtime, per-use cost, rate changes).',
    ]);
  });
});

describe('GanttProject corpus: read -> write -> read', () => {
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.gan')).sort() : [];
  if (files.length === 0) {
    it.skip(`no .gan corpus at ${corpus} (a fresh clone without ../shared)`, () => undefined);
    return;
  }
  it.each(files)('%s keeps its tasks, dates, links and custom fields', (file) => {
    const first = read(readFileSync(path.join(corpus, file), 'utf8')).plan;
    const again = read(exportGanttProject(first, { now: NOW }).text).plan;
    expect(ganView(again)).toEqual(ganView(first));
  });
});

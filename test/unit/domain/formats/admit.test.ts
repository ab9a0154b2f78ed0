/**
 * The import gate (admitPlan): one test per invariant with the smallest plan that breaks it,
 * then the smallest file of each format that breaks one, refused or repaired with where.
 */
import { describe, expect, it } from 'vitest';
import {
  admitForCaller, admitPlan, checkPlan, importCsv, importGanttProject, importIcalHolidays, importMspdi, importPlanFile, parsePlotline, serializePlanAsStored, MAX_OUTLINE_DEPTH,
} from '../../../../renderer/domain/formats';
import {
  emptyPlan, newTask, outlineRows, sequentialIds, type CalendarId, type Link, type LinkId, type LocalDateTime, type Plan, type Task, type TaskId,
} from '../../../../renderer/domain/model';

import { formatPath } from '../../../../renderer/domain/formats/validate';
import { samplePlan } from './sample-plan';

const dt = (s: string): LocalDateTime => s as LocalDateTime;
const NOW = '2026-03-01T12:00:00.000Z';
const ctx = () => ({ newId: sequentialIds('f'), now: NOW });

function planOf(tasks: readonly Partial<Task>[], links: readonly Partial<Link>[] = []): Plan {
  const base = emptyPlan({ name: 'P', start: dt('2026-03-02T09:00'), now: NOW, newId: sequentialIds('p') });
  const column = Object.values(base.columns)[0]!.id;
  const made = tasks.map((t, i) => newTask({
    id: `t${String(i + 1)}` as TaskId, name: `T${String(i + 1)}`, parentId: null, rank: 'V', start: dt('2026-03-02T09:00'),
    finish: dt('2026-03-02T17:00'), statusId: column, boardRank: 'V', ...t,
  }));
  const linked = links.map((l, i): Link => ({
    id: `l${String(i + 1)}` as LinkId, predecessorId: 't1' as TaskId, successorId: 't2' as TaskId, type: 'FS', lagMinutes: 0, lagIsElapsed: false, ...l,
  }));
  return { ...base, tasks: Object.fromEntries(made.map((t) => [t.id, t])), links: Object.fromEntries(linked.map((l) => [l.id, l])) };
}

function admitted(plan: unknown) {
  const result = admitPlan(plan, 'plotline');
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  const rows = outlineRows(result.value.plan.tasks);
  expect(rows).toHaveLength(Object.keys(result.value.plan.tasks).length);
  return result.value;
}

function refused(plan: unknown) {
  const result = admitPlan(plan, 'plotline');
  if (result.ok) throw new Error('admitted');
  return result.error;
}

describe('admitPlan: structural invariants', () => {
  it('every parent exists: a missing parent is repaired to the top level with a named warning', () => {
    const out = admitted(planOf([{ parentId: 'gone' as TaskId }, { parentId: 'gone' as TaskId }, {}]));
    expect(out.plan.tasks.t1?.parentId).toBeNull();
    expect(out.warnings).toContain("2 tasks had a missing parent and were placed at the top level ('T1', 'T2').");
  });
  it('no parent cycle: a task that is its own parent goes to the top level', () => {
    const out = admitted(planOf([{ parentId: 't1' as TaskId }]));
    expect(out.plan.tasks.t1?.parentId).toBeNull();
    expect(out.warnings.join(' ')).toMatch(/1 task was under its own subtask/);
  });
  it('no task under its own descendant: a summary under its child is cut once, and every task shows', () => {
    const out = admitted(planOf([{ parentId: 't2' as TaskId, kind: 'summary' }, { parentId: 't1' as TaskId }]));
    const parents = [out.plan.tasks.t1?.parentId, out.plan.tasks.t2?.parentId];
    expect(parents.filter((p) => p === null)).toHaveLength(1);
  });
  it('summaries are exactly the tasks with children', () => {
    const out = admitted(planOf([{ kind: 'summary' }, {}, { parentId: 't2' as TaskId }]));
    expect(out.plan.tasks.t1?.kind).toBe('task');
    expect(out.plan.tasks.t2?.kind).toBe('summary');
  });
  it('links join existing tasks: a link to a missing task, a self link and a repeated link are removed', () => {
    const out = admitted(planOf([{}, {}], [{ successorId: 'gone' as TaskId }, { successorId: 't1' as TaskId }, {}, {}]));
    expect(Object.keys(out.plan.links)).toEqual(['l3']);
    expect(out.warnings.join(' ')).toMatch(/3 links to missing tasks, to themselves or repeating other links were removed/);
  });
  it('no duplicate ids: an id that does not match its key is refused with its path', () => {
    const plan = planOf([{}]);
    const error = refused({ ...plan, tasks: { t1: { ...plan.tasks.t1, id: 't9' } } });
    expect(error.where).toBe("tasks['t1'].id");
  });
  it('calendars resolve: a missing task calendar falls back to the project calendar', () => {
    const out = admitted(planOf([{ calendarId: 'gone' as CalendarId }]));
    expect(out.plan.tasks.t1?.calendarId).toBeNull();
  });
  it('calendars resolve: a missing project calendar is replaced; no calendar at all is refused', () => {
    const plan = planOf([{}]);
    const out = admitted({ ...plan, project: { ...plan.project, calendarId: 'gone' } });
    expect(Object.hasOwn(out.plan.calendars, out.plan.project.calendarId)).toBe(true);
    expect(refused({ ...plan, calendars: {} }).where).toBe('project.calendarId');
  });
  it('calendars resolve: a base-calendar loop is cut', () => {
    const plan = planOf([{}]);
    const cal = Object.values(plan.calendars)[0]!;
    const out = admitted({ ...plan, calendars: { [cal.id]: { ...cal, baseCalendarId: cal.id } } });
    expect(Object.values(out.plan.calendars)[0]?.baseCalendarId).toBeNull();
  });
  it(`the outline is at most ${String(MAX_OUTLINE_DEPTH)} levels deep; a 100,000-level outline is refused with where`, () => {
    const deep = Array.from({ length: 100_000 }, (_, i) => ({ parentId: i === 0 ? null : (`t${String(i)}` as TaskId) }));
    const error = refused(planOf(deep));
    expect(error.where).toMatch(/^tasks\['t\d+'\]\.parentId$/);
    admitted(planOf(deep.slice(0, MAX_OUTLINE_DEPTH + 1)));
  });
});

describe('admitPlan: numbers finite and within their documented bounds', () => {
  const cases: [string, (p: Plan) => unknown, string][] = [
    ['a date before 1900', (p) => ({ ...p, tasks: { t1: { ...p.tasks.t1, start: '1850-01-01T09:00' } } }), "tasks['t1'].start"],
    ['a date after 2200', (p) => ({ ...p, tasks: { t1: { ...p.tasks.t1, deadline: '2300-01-01T09:00' } } }), "tasks['t1'].deadline"],
    ['year 0000 in the project start', (p) => ({ ...p, project: { ...p.project, start: '0000-01-01T09:00' } }), 'project.start'],
    ['an enormous duration', (p) => ({ ...p, tasks: { t1: { ...p.tasks.t1, durationMinutes: 1e12 } } }), "tasks['t1'].durationMinutes"],
    ['an enormous lag', (p) => ({ ...p, links: { l1: { ...p.links.l1, lagMinutes: -1e9 } } }), "links['l1'].lagMinutes"],
    ['a non-finite number', (p) => ({ ...p, links: { l1: { ...p.links.l1, lagMinutes: Number.POSITIVE_INFINITY } } }), "links['l1'].lagMinutes"],
  ];
  for (const [what, edit, where] of cases) {
    it(`${what} is refused with its path`, () => {
      expect(refused(edit(planOf([{}, {}], [{}]))).where).toBe(where);
    });
  }
  it('units and rates out of bounds are refused with their path', () => {
    const plan = planOf([{}]);
    const resource = { id: 'r1', name: 'R', initials: 'R', role: '', email: '', type: 'work', maxUnits: 1, costPerHour: 1e15, overtimeCostPerHour: 0, costPerUse: 0, calendarId: null };
    expect(refused({ ...plan, resources: { r1: resource } }).where).toBe("resources['r1'].costPerHour");
    const assignment = { id: 'a1', taskId: 't1', resourceId: 'r1', units: 5000, workMinutes: null };
    expect(refused({ ...plan, resources: { r1: { ...resource, costPerHour: 10 } }, assignments: { a1: assignment } }).where).toBe("assignments['a1'].units");
  });
});

describe('admitPlan: every bounded field of every entity kind', () => {
  // [path of the field from the plan, a value outside its bounds]; the sample has one of each entity kind.
  const fields: (readonly [path: readonly string[], value: unknown, field?: string])[] = [
    [['tasks', 't3', 'start'], '1850-01-01T09:00'], [['tasks', 't3', 'finish'], '2301-01-01T09:00'],
    [['tasks', 't3', 'constraint', 'date'], '1899-12-31T09:00'], [['tasks', 't2', 'deadline'], '2300-01-01T17:00'],
    [['tasks', 't2', 'actualStart'], '1800-03-02T09:00'], [['tasks', 't2', 'actualFinish'], '2500-03-02T09:00'],
    [['tasks', 't2', 'durationMinutes'], -1], [['tasks', 't2', 'levelingDelayMinutes'], 1e12],
    [['project', 'start'], '1066-10-14T09:00'], [['project', 'statusDate'], '2999-01-01'],
    [['links'], -1e9, 'lagMinutes'],
    [['resources'], 5000, 'maxUnits'], [['resources'], 1e15, 'costPerHour'], [['resources'], -1e15, 'overtimeCostPerHour'], [['resources'], Number.NaN, 'costPerUse'],
    [['assignments'], -1, 'units'], [['assignments'], 1e15, 'workMinutes'],
    [['baselines', '*', 'tasks'], '1850-01-01T09:00', 'start'], [['baselines', '*', 'tasks'], '2850-01-01T09:00', 'finish'],
    [['baselines', '*', 'tasks'], 1e12, 'durationMinutes'], [['baselines', '*', 'tasks'], -5, 'workMinutes'], [['baselines', '*', 'tasks'], 1e13, 'cost'],
    [['changes'], 1e12, 'scheduleImpactMinutes'], [['changes'], -1e13, 'costImpact'],
    [['risks'], '1500-01-01', 'raisedOn'], [['risks'], '2400-01-01', 'reviewOn'],
  ];

  /** The plan with the value set at `path` (a '*' or a record path ending before `field` takes its first entity); and the full path set. */
  function withValue(plan: Plan, path: readonly string[], value: unknown, field?: string): { plan: unknown; at: string[] } {
    const copy = JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
    const at: string[] = [];
    let holder: Record<string, unknown> = copy;
    const steps = field === undefined ? path : [...path, '*', field];
    steps.forEach((step, i) => {
      const key = step === '*' ? (Object.keys(holder)[0] as string) : step;
      at.push(key);
      if (i === steps.length - 1) holder[key] = value;
      else holder = holder[key] as Record<string, unknown>;
    });
    return { plan: copy, at };
  }

  for (const [path, value, field] of fields) {
    it(`a value outside the bounds of ${[...path, field ?? ''].join('.')} (${String(value)}) is refused with its path`, () => {
      const { plan, at } = withValue(samplePlan(), path, value, field);
      expect(refused(plan).where).toBe(formatPath(at));
    });
  }

  it('admits the sample plan, every field within its bounds', () => {
    admitted(samplePlan());
  });
});

describe('admitPlan: schedules once, and names tasks pushed to the horizon', () => {
  it('an admitted plan carries its schedule', () => {
    const out = admitted(planOf([{}, {}], [{}]));
    expect(out.schedule.tasks.size).toBe(2);
  });
  it('a chain of bounded lags that runs past 2200 is admitted with the tasks named in a horizon issue', () => {
    const lag = 10_000_000;
    const out = admitted(planOf([{ constraint: { type: 'SNET', date: dt('2190-01-02T09:00') } }, {}, {}], [{ lagMinutes: lag, lagIsElapsed: true }, { predecessorId: 't2' as TaskId, successorId: 't3' as TaskId, lagMinutes: lag, lagIsElapsed: true }]));
    const horizon = out.schedule.issues.find((i) => i.kind === 'horizon');
    expect(horizon?.taskIds).toContain('t3');
    expect(out.warnings.join(' ')).toMatch(/scheduling horizon/);
  });
});

describe('admitPlan: a loop among the links', () => {
  it('is admitted and said among the warnings, naming the link the schedule ignores', () => {
    const out = admitted(planOf([{}, {}], [{}, { predecessorId: 't2' as TaskId, successorId: 't1' as TaskId }]));
    expect(out.warnings).toContain("Tasks form a loop: #1 'T1' → #2 'T2' → #1 'T1'. The link from #2 'T2' to #1 'T1' is ignored until one of these links is removed.");
  });
});

describe('admitForCaller: a caller that schedules the plan itself', () => {
  const pastHorizon = (): Plan => planOf([{ constraint: { type: 'SNET', date: dt('2190-01-02T09:00') } }, {}, {}], [
    { lagMinutes: 10_000_000, lagIsElapsed: true }, { predecessorId: 't2' as TaskId, successorId: 't3' as TaskId, lagMinutes: 10_000_000, lagIsElapsed: true },
  ]);
  it('gets the same plan without a schedule or horizon warnings; otherwise the gate schedules as admitPlan does', () => {
    const byCaller = admitForCaller(pastHorizon(), 'plotline', {}, true);
    const gated = admitForCaller(pastHorizon(), 'plotline', {}, false);
    if (!byCaller.ok || !gated.ok) throw new Error('refused');
    expect(byCaller.value.schedule).toBeUndefined();
    expect(byCaller.value.warnings.join(' ')).not.toMatch(/scheduling horizon/);
    expect(byCaller.value.plan).toEqual(gated.value.plan);
    expect(gated.value.schedule?.issues.some((i) => i.kind === 'horizon')).toBe(true);
    expect(gated.value.warnings.join(' ')).toMatch(/scheduling horizon/);
  });
  it('still refuses a value out of bounds, with where', () => {
    const plan = planOf([{}]);
    const out = admitForCaller({ ...plan, tasks: { t1: { ...plan.tasks.t1!, finish: dt('0000-01-01T09:00') } } }, 'plotline', {}, true);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.where).toBe("tasks['t1'].finish");
  });
  it('.plotline and .gan readers skip the scheduling run when asked; MS Project XML keeps it only to price actuals that may be typed', () => {
    // A .plotline reader hands no schedule on either way: the horizon warning tells whether the gate scheduled.
    const text = serializePlanAsStored(pastHorizon(), { app: 'x', exported: NOW });
    const plotline = importPlanFile('p.plotline', text, { ...ctx(), scheduledByCaller: true });
    const gatedPlotline = importPlanFile('p.plotline', text, ctx());
    const gan = importGanttProject('<project name="x">\n<tasks>\n<task id="1" name="A" start="2026-03-02" duration="1"/>\n</tasks></project>', { ...ctx(), scheduledByCaller: true });
    const gatedGan = importGanttProject('<project name="x">\n<tasks>\n<task id="1" name="A" start="2026-03-02" duration="1"/>\n</tasks></project>', ctx());
    const xmlOf = (fields: string): string => `<Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task><UID>1</UID><ID>1</ID><Name>A</Name><Start>2026-03-02T08:00:00</Start><Finish>2026-03-02T17:00:00</Finish>${fields}</Task></Tasks></Project>`;
    // Not started: nothing to price, so no schedule when the caller schedules; the same plan as the gate's.
    const xml = importMspdi(xmlOf(''), { ...ctx(), scheduledByCaller: true });
    const gatedXml = importMspdi(xmlOf(''), ctx());
    // Half done with an actual cost in the file: priced at the gate's schedule, which is handed on.
    const startedXml = importMspdi(xmlOf('<PercentComplete>50</PercentComplete><ActualStart>2026-03-02T08:00:00</ActualStart><ActualCost>123400</ActualCost>'), { ...ctx(), scheduledByCaller: true });
    if (!plotline.ok || !gatedPlotline.ok || !gan.ok || !gatedGan.ok || !xml.ok || !gatedXml.ok || !startedXml.ok) throw new Error('refused');
    expect(plotline.value.warnings.join(' ')).not.toMatch(/scheduling horizon/);
    expect(gatedPlotline.value.warnings.join(' ')).toMatch(/scheduling horizon/);
    expect(plotline.value.plan).toEqual(gatedPlotline.value.plan);
    expect(gan.value.schedule).toBeUndefined();
    expect(gan.value.plan).toEqual(gatedGan.value.plan);
    expect(gatedGan.value.schedule?.tasks.size).toBe(1);
    expect(xml.value.schedule).toBeUndefined();
    expect(xml.value.plan).toEqual(gatedXml.value.plan);
    expect(gatedXml.value.schedule?.tasks.size).toBe(1);
    expect(startedXml.value.schedule?.tasks.size).toBe(1);
    // The file's 1,234.00 (MSPDI costs are in cents) is not what the plan computes with no rates: a typed actual, kept.
    expect(Object.values(startedXml.value.plan.tasks)[0]?.actualCost).toBe(1234);
  });
});

describe('the smallest file of each format that breaks an invariant', () => {
  // A row dated 1850 or lasting over 20 years no longer reaches the gate: the reader skips that row alone (csv.test.ts).
  it('CSV: a row whose WBS nests it over 100 levels deep is refused with its row and column', () => {
    const rows = Array.from({ length: MAX_OUTLINE_DEPTH + 2 }, (_, i) => `T${String(i + 1)},${Array.from({ length: i + 1 }, () => '1').join('.')},`);
    const result = importCsv(['Name,WBS,Outline level', ...rows].join('\n'), ctx());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.where).toBe("row 103, column 3 (Outline level) (tasks['f103'].parentId)");
  });
  it('MSPDI: a task dated 2300 is refused with the line and column of its <Task>', () => {
    const xml = '<Project xmlns="http://schemas.microsoft.com/project">\n<Tasks>\n  <Task><UID>1</UID><ID>1</ID><Name>A</Name><Start>2300-01-01T08:00:00</Start><Finish>2300-01-01T17:00:00</Finish></Task>\n</Tasks></Project>';
    const result = importMspdi(xml, ctx());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.where).toMatch(/^line 3, column 3 \(tasks\['f\d+'\]\.(start|finish)\)$/);
  });
  it('GanttProject: a task dated 0001 is refused with the line and column of its <task>', () => {
    const gan = '<project name="x">\n<tasks>\n<task id="1" name="A" start="0001-01-01" duration="1"/>\n</tasks></project>';
    const result = importGanttProject(gan, ctx());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.where).toMatch(/^line 3, column 1 /);
  });
  it('.plotline: year 0000 is refused with a JSON path', () => {
    const plan = planOf([{}]);
    const text = serializePlanAsStored({ ...plan, tasks: { t1: { ...plan.tasks.t1!, finish: dt('0000-01-01T09:00') } } }, { app: 'x', exported: NOW });
    const result = parsePlotline(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.where).toBe("tasks['t1'].finish");
  });
  it('.plotline: a parent loop is repaired with a warning and every task is on the outline', () => {
    const text = serializePlanAsStored(planOf([{ parentId: 't2' as TaskId }, { parentId: 't1' as TaskId }]), { app: 'x', exported: NOW });
    const result = parsePlotline(text);
    expect(result.ok && result.value.warnings.join(' ')).toMatch(/parent loop/);
  });
  it('.plotline: broken JSON is refused with line and column', () => {
    const result = parsePlotline('{\n  "format": "plotline",\n  "version": 1,\n  "project": {');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.where).toMatch(/^line 4:\d+$/);
  });
  it('iCalendar: an event dated 1850 is skipped with its line', () => {
    const ics = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Old\r\nDTSTART;VALUE=DATE:18500101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const result = importIcalHolidays(ics);
    expect(result.ok && result.value.exceptions).toEqual([]);
    expect(result.ok && result.value.warnings.join(' ')).toMatch(/line 5 .*outside 1900-2200/);
  });
});

describe('checkPlan (the gate without its scheduling run)', () => {
  it('parses only the entities that are not the admitted plan\'s own objects, and still repairs the whole structure', () => {
    const from = admitPlan(planOf([{}, {}], [{}]), 'plotline');
    if (!from.ok) throw new Error(from.error.message);
    const local = from.value.plan;
    const bad = { ...local.tasks.t2!, durationMinutes: -5 };
    const refusedNew = checkPlan({ ...local, tasks: { ...local.tasks, t2: bad } }, 'merge', { admittedFrom: local });
    expect(refusedNew.ok).toBe(false);
    if (!refusedNew.ok) expect(refusedNew.error.where).toContain("tasks['t2']");
    const farOff = { ...local.tasks.t2!, durationMinutes: 1e12 };
    const outOfBounds = checkPlan({ ...local, tasks: { ...local.tasks, t2: farOff } }, 'merge', { admittedFrom: local });
    expect(outOfBounds.ok).toBe(false);
    if (!outOfBounds.ok) expect(outOfBounds.error.where).toContain("tasks['t2']");
    // A link to a task the other side deleted is a structural repair, checked on the whole plan.
    const { t2: _gone, ...rest } = local.tasks;
    const repaired = checkPlan({ ...local, tasks: rest }, 'merge', { admittedFrom: local });
    if (!repaired.ok) throw new Error(repaired.error.message);
    expect(Object.keys(repaired.value.plan.links)).toEqual([]);
    expect(repaired.value.plan.tasks.t1).toEqual(local.tasks.t1);
    expect('schedule' in repaired.value).toBe(false);
  });
});

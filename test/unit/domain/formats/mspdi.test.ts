import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planWithScheduledDates } from '../../../../renderer/domain/schedule';
import { exportMspdi, importMspdi } from '../../../../renderer/domain/formats/msproject';
import type { ImportedPlan } from '../../../../renderer/domain/formats/import-context';
import { sequentialIds, type Plan, type Task } from '../../../../renderer/domain/model';
import { samplePlan } from './sample-plan';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const ctx = () => ({ newId: sequentialIds('m'), now: '2026-03-01T12:00:00.000Z' });

function load(text: string): ImportedPlan {
  const result = importMspdi(text, ctx());
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const byName = (plan: Plan, name: string): Task => {
  const task = Object.values(plan.tasks).find((t) => t.name === name);
  if (!task) throw new Error(`no task ${name}`);
  return task;
};

describe('MSPDI import (hand-written fixture)', () => {
  const { plan, warnings, summary } = load(readFileSync(path.join(repoRoot, 'test/fixtures/mspdi/features.xml'), 'utf8'));

  it('reads the project header, skipping the summary task and blank rows', () => {
    expect(plan.project).toMatchObject({ name: 'Fixture & friends', manager: 'Grace', currency: 'EUR', statusDate: '2026-03-04', defaultStartTime: '08:00' });
    expect(summary).toEqual({ tasks: 4, resources: 3, start: '2026-03-02T08:00', finish: '2026-03-06T17:00' });
    expect(warnings).toContain('1 blank task row(s) were skipped.');
    expect(warnings).toContain('Task fields Plotline does not import: Hyperlink (1).');
    expect(warnings.some((w) => w.includes('UID 99'))).toBe(true);
  });

  it('maps outline, durations, constraints, progress and notes', () => {
    const phase = byName(plan, 'Phase A');
    const design = byName(plan, 'Design');
    const build = byName(plan, 'Build (no Duration element)');
    expect(phase).toMatchObject({ kind: 'summary', parentId: null, notes: 'Summary <notes> & more' });
    expect(design).toMatchObject({
      parentId: phase.id, durationMinutes: 960, percentComplete: 50, priority: 700, actualStart: '2026-03-02T08:00',
      deadline: '2026-03-10T17:00', constraint: { type: 'SNET', date: '2026-03-02T08:00' }, extra: { mspdiDurationFormat: 39 },
    });
    // Duration derived from Start/Finish over the Standard week (8-12, 13-17): two 8-hour days.
    expect(build).toMatchObject({ durationMinutes: 960, schedulingMode: 'manual', constraint: { type: 'FNLT' }, levelingDelayMinutes: 480 });
    expect(build.calendarId).toBe(Object.values(plan.calendars).find((c) => c.name === 'Night crew')?.id);
    expect(byName(plan, 'Ship')).toMatchObject({ kind: 'milestone', durationMinutes: 0, constraint: { type: 'MFO' } });
    expect(design.rank < build.rank).toBe(true);
  });

  it('maps link types 0=FF 1=FS 2=SF 3=SS, lags in tenths of a minute and elapsed lag formats', () => {
    const name = (id: string) => plan.tasks[id]?.name;
    const links = Object.values(plan.links).map((l) => [name(l.predecessorId), name(l.successorId), l.type, l.lagMinutes, l.lagIsElapsed]);
    expect(links).toEqual([
      ['Design', 'Build (no Duration element)', 'FS', -480, false],
      ['Build (no Duration element)', 'Ship', 'FF', 2880, true],
      ['Design', 'Ship', 'SS', 480, false],
      ['Phase A', 'Ship', 'SF', 0, false],
    ]);
  });

  it('reads calendars: week days, legacy and recurring exceptions, derived weeks', () => {
    const standard = Object.values(plan.calendars).find((c) => c.name === 'Standard')!;
    const night = Object.values(plan.calendars).find((c) => c.name === 'Night crew')!;
    expect(standard.workWeek?.[1]).toEqual([{ startMinute: 480, endMinute: 720 }, { startMinute: 780, endMinute: 1020 }]);
    expect(standard.workWeek?.[0]).toEqual([]);
    expect(standard.exceptions).toEqual([{ name: '', from: '2026-04-06', to: '2026-04-06', isWorking: false, intervals: [], recurrence: null }]);
    expect(night.baseCalendarId).toBe(standard.id);
    expect(night.workWeek?.[6]).toEqual([{ startMinute: 1200, endMinute: 1440 }]);
    expect(night.workWeek?.[2]).toEqual(standard.workWeek?.[2]);
    expect(night.exceptions.map((e) => e.recurrence)).toEqual([
      { kind: 'yearly-date', month: 1, day: 1 },
      { kind: 'monthly-weekday', every: 1, week: 5, weekday: 5 },
      { kind: 'weekly', every: 2, weekdays: [1] },
    ]);
    expect(night.exceptions[1]?.intervals).toEqual([{ startMinute: 540, endMinute: 720 }]);
  });

  it('reads resources, assignments and baselines 0..10', () => {
    const resources = Object.values(plan.resources);
    expect(resources.map((r) => [r.name, r.type])).toEqual([['Grace Hopper', 'work'], ['Steel', 'material'], ['Travel', 'cost']]);
    expect(resources[0]).toMatchObject({ initials: 'GH', role: 'Engineering', email: 'grace@example.com', maxUnits: 0.5, costPerHour: 80, overtimeCostPerHour: 120, costPerUse: 10 });
    expect(Object.values(plan.assignments)).toMatchObject([{ units: 0.5, workMinutes: 480 }]);
    const baselines = Object.values(plan.baselines);
    expect(baselines.map((b) => b.number)).toEqual([0, 10]);
    expect(Object.values(baselines[0]!.tasks)).toEqual([{ start: '2026-03-02T08:00', finish: '2026-03-03T17:00', durationMinutes: 960, workMinutes: 480, cost: 400 }]);
  });

  it('maps UIDs to ids deterministically', () => {
    const again = load(readFileSync(path.join(repoRoot, 'test/fixtures/mspdi/features.xml'), 'utf8'));
    expect(again.plan).toEqual(plan);
  });

  it('refuses a DOCTYPE, a non-Project root and oversized files with clear messages', () => {
    const xxe = importMspdi('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project>&x;</Project>', ctx());
    expect(xxe.ok || xxe.error.message).toMatch(/line 1:22: DOCTYPE and ENTITY declarations are not allowed/);
    const other = importMspdi('<project/>', ctx());
    expect(other.ok || other.error.message).toMatch(/root element is <project>, not <Project>/);
    const big = importMspdi('<Project/>', { ...ctx(), maxChars: 5 });
    expect(big.ok || big.error.message).toMatch(/up to/);
  });
});

describe('MSPDI progress as the file states it', () => {
  const xmlOf = (fields: string): string => `<Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task><UID>1</UID><ID>1</ID><Name>A</Name><Start>2026-03-02T08:00:00</Start><Finish>2026-03-03T17:00:00</Finish>${fields}</Task></Tasks></Project>`;
  const progress = (fields: string): string => {
    const { plan } = load(xmlOf(fields));
    const task = byName(plan, 'A');
    return `${String(task.percentComplete)}% ${task.actualFinish ?? '-'} ${plan.columns[task.statusId]?.category ?? ''}`;
  };

  it('keeps the PercentComplete written beside an actual finish: MS Project writes both, and the file is not second-guessed', () => {
    const finished = '<ActualStart>2026-03-02T08:00:00</ActualStart><ActualFinish>2026-03-03T17:00:00</ActualFinish>';
    expect(progress(`<PercentComplete>100</PercentComplete>${finished}`)).toBe('100% 2026-03-03T17:00 done');
    expect(progress(`<PercentComplete>60</PercentComplete>${finished}`)).toBe('60% 2026-03-03T17:00 started');
  });

  it('infers no progress from an ActualFinish without PercentComplete: TaskJuggler writes each task\'s planned end there', () => {
    // As tj3_Tutorial.xml's 'Ship Product to Customer', a milestone not reached when the file was written.
    expect(progress('<ActualFinish>2026-03-03T17:00:00</ActualFinish>')).toMatch(/^0% /);
  });
});

describe('MSPDI project summary task (hand-written ProjectLibre-shaped fixture)', () => {
  const text = readFileSync(path.join(repoRoot, 'test/fixtures/mspdi/projectlibre-summary.xml'), 'utf8');
  const { plan, summary } = load(text);
  const idsOf = (xml: string) => [...xml.matchAll(/<Task>\s*<UID>(\d+)<\/UID>\s*<ID>(\d+)<\/ID>\s*<Name>([^<]*)</g)].map((m) => `${m[1] ?? ''}/${m[2] ?? ''} ${m[3] ?? ''}`);

  it('reads ID 0 at outline level 0 as the project, not a task, whatever its UID', () => {
    expect(summary.tasks).toBe(4);
    expect(Object.values(plan.tasks).map((t) => t.name)).not.toContain('Product #23 Development');
    expect(Object.values(plan.tasks).filter((t) => t.parentId === null).map((t) => t.name)).toEqual(['Begin project', 'Marketing']);
    expect(byName(plan, 'Research').parentId).toBe(byName(plan, 'Marketing').id);
  });

  it('names the project after its summary task (ProjectLibre leaves Title at its default), else after Title', () => {
    expect(plan.project).toMatchObject({ name: 'Product #23 Development', description: 'Project shelved due to test marketing results' });
    const untitled = load(text.replace(/<Task>\s*<UID>1<\/UID>[\s\S]*?<\/Task>/, '')).plan.project;
    expect(untitled).toMatchObject({ name: 'Project1', description: '' });
  });

  it('reads task notes as the author wrote them, without the one line break ProjectLibre ends every note with', () => {
    expect(byName(plan, 'Research').notes).toBe('Survey 40 customers\n\n    - two regions');
    // A blank last line the author typed stays: only the break ProjectLibre adds goes.
    expect(byName(plan, 'Test marketing').notes).toBe('  Two cities, ending in a blank line\n');
    expect(byName(plan, 'Begin project').notes).toBe('');
  });

  it('exports the author\'s UIDs and IDs unchanged, at the same outline levels', () => {
    const xml = exportMspdi(plan, { now: '2026-03-01T12:00:00.000Z' });
    // The project summary carries the project's name and notes; ProjectLibre's UID 1 is not kept for it.
    expect(idsOf(xml)).toEqual(['0/0 Product #23 Development', '2/1 Begin project', '3/2 Marketing', '4/3 Research', '5/4 Test marketing']);
    expect(xml).toMatch(/<Name>Begin project<\/Name>[\s\S]*?<OutlineLevel>1<\/OutlineLevel>/);
    expect(idsOf(exportMspdi(load(xml).plan, { now: '2026-03-01T12:00:00.000Z' }))).toEqual(idsOf(xml));
  });

  it('keeps a task at outline level 0 numbered from ID 1 (TaskJuggler starts its outline at 0)', () => {
    const tj = load(text.replace('<ID>0</ID>', '<ID>5</ID>'));
    expect(tj.summary.tasks).toBe(5);
    expect(byName(tj.plan, 'Product #23 Development').parentId).toBeNull();
  });
});

/** Compares an exported-then-imported plan with the original and lists every field that changed. */
function losses(before: Plan, after: Plan): string[] {
  const out: string[] = [];
  const check = (where: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(where);
  };
  const nameOf = (plan: Plan, id: string | null) => (id === null ? null : plan.tasks[id]?.name ?? plan.calendars[id]?.name ?? plan.resources[id]?.name);
  const fields = ['notes', 'kind', 'durationMinutes', 'schedulingMode', 'start', 'finish', 'constraint', 'deadline', 'percentComplete',
    'actualStart', 'actualFinish', 'priority', 'levelingDelayMinutes', 'durationIsElapsed', 'phase', 'tags'] as const;
  for (const t of Object.values(before.tasks)) {
    const u = Object.values(after.tasks).find((x) => x.name === t.name);
    if (!u) { out.push(`task '${t.name}'`); continue; }
    for (const f of fields) check(`task.${f}`, t[f], u[f]);
    check('task.parentId', nameOf(before, t.parentId), nameOf(after, u.parentId));
    check('task.calendarId', nameOf(before, t.calendarId), nameOf(after, u.calendarId));
  }
  const linkKey = (p: Plan, l: Plan['links'][string]) => `${String(nameOf(p, l.predecessorId))}>${String(nameOf(p, l.successorId))}:${l.type}:${String(l.lagMinutes)}:${String(l.lagIsElapsed)}`;
  check('links', Object.values(before.links).map((l) => linkKey(before, l)).sort(), Object.values(after.links).map((l) => linkKey(after, l)).sort());
  for (const c of Object.values(before.calendars)) {
    const d = Object.values(after.calendars).find((x) => x.name === c.name);
    check(`calendar '${c.name}'`, [c.workWeek, c.exceptions, nameOf(before, c.baseCalendarId)], d && [d.workWeek, d.exceptions, nameOf(after, d.baseCalendarId)]);
  }
  for (const r of Object.values(before.resources)) {
    const s = Object.values(after.resources).find((x) => x.name === r.name);
    check(`resource '${r.name}'`, { ...r, id: 0, calendarId: nameOf(before, r.calendarId) }, s && { ...s, id: 0, calendarId: nameOf(after, s.calendarId) });
  }
  const assignmentKey = (p: Plan) => Object.values(p.assignments).map((a) => [nameOf(p, a.taskId), nameOf(p, a.resourceId), a.units, a.workMinutes ?? Math.round((p.tasks[a.taskId]?.durationMinutes ?? 0) * a.units)]);
  check('assignments', assignmentKey(before), assignmentKey(after));
  const baselineKey = (p: Plan) => Object.values(p.baselines).map((b) => [b.number, b.name, Object.entries(b.tasks).map(([id, row]) => [nameOf(p, id), row])]);
  check('baselines', baselineKey(before), baselineKey(after));
  const projectFields = ['name', 'description', 'manager', 'start', 'statusDate', 'currency', 'minutesPerDay', 'minutesPerWeek', 'defaultStartTime', 'defaultFinishTime'] as const;
  for (const f of projectFields) check(`project.${f}`, before.project[f], after.project[f]);
  for (const c of ['risks', 'stakeholders', 'changes'] as const) if (Object.keys(before[c]).length > 0) check(c, before[c], after[c]);
  return out;
}

describe('MSPDI round trip', () => {
  it('preserves every supported field; the only losses are fields MSPDI has no place for', () => {
    const original = samplePlan();
    const plan: Plan = { ...original, tasks: { ...original.tasks, t3: { ...original.tasks.t3!, phase: 'execution', tags: ['api'], durationIsElapsed: true } } };
    const xml = exportMspdi(plan, { now: '2026-03-01T12:00:00.000Z' });
    const after = load(xml).plan;
    // The file carries the engine's dates (one source of dates), so compare with the scheduled plan.
    expect(losses(planWithScheduledDates(plan), after)).toEqual(['task.phase', 'task.tags', 'risks', 'stakeholders', 'changes']);
    // The elapsed task is written in elapsed days (ed); the others keep working days.
    expect(xml).toMatch(/<Name>Review<\/Name>[\s\S]*?<DurationFormat>8<\/DurationFormat>/);
    expect(xml).toMatch(/<Name>Launch<\/Name>[\s\S]*?<DurationFormat>7<\/DurationFormat>/);
  });

  it('writes the MSPDI namespace, Project children in XSD order and PT durations', () => {
    const xml = exportMspdi(samplePlan(), { now: '2026-03-01T12:00:00.000Z' });
    expect(xml).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
    const order = ['<SaveVersion>', '<Name>', '<Title>', '<Calendars>', '<Tasks>', '<Resources>', '<Assignments>'].map((tag) => xml.indexOf(tag));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(xml).toContain('<Duration>PT16H0M0S</Duration>');
    expect(xml).toContain('<Start>2026-03-02T09:00:00</Start>');
    expect(xml).toContain('<OutlineNumber>1.2</OutlineNumber>');
    expect(xml).toContain('<LinkLag>-2400</LinkLag>');
    expect(xml).toContain('<Name>Apollo &amp; "Gemini" &lt;launch&gt;</Name>');
  });

  it('writes the project description as the project summary task\'s Notes, escaped, and reads it back', () => {
    const original = samplePlan();
    const description = 'Ship <v2> & retire v1\nSecond line: budget < 10k';
    const plan: Plan = { ...original, project: { ...original.project, description } };
    const xml = exportMspdi(plan, { now: '2026-03-01T12:00:00.000Z' });
    expect(xml).toContain('<Tasks>\n    <Task>\n      <UID>0</UID>\n      <ID>0</ID>\n      <Name>Apollo &amp; "Gemini" &lt;launch&gt;</Name>');
    expect(xml).toMatch(/<OutlineLevel>0<\/OutlineLevel>[\s\S]*?<Summary>1<\/Summary>\s*<Notes>Ship &lt;v2&gt; &amp; retire v1\nSecond line: budget &lt; 10k<\/Notes>/);
    const back = load(xml);
    expect(back.plan.project.description).toBe(description);
    expect(back.summary.tasks).toBe(Object.keys(plan.tasks).length);
    expect(back.warnings).toEqual(load(exportMspdi(original, { now: '2026-03-01T12:00:00.000Z' })).warnings);
    // No description, no summary task: the file is as before.
    const blank = exportMspdi({ ...original, project: { ...original.project, description: '' } }, { now: '2026-03-01T12:00:00.000Z' });
    expect(blank).not.toContain('<UID>0</UID>');
  });

  it('reads the project description back as the author wrote it: leading and trailing spaces and indents kept', () => {
    const original = samplePlan();
    const description = '  Indented opening line  \n    - an indented bullet\n\nLast line ends in spaces   ';
    const back = load(exportMspdi({ ...original, project: { ...original.project, description } }, { now: '2026-03-01T12:00:00.000Z' }));
    expect(back.plan.project.description).toBe(description);
  });

  it('writes the status date at the default finish time, as MS Project does, and reads the same day back', () => {
    const original = samplePlan();
    const plan: Plan = { ...original, project: { ...original.project, statusDate: '2026-03-04' as never, defaultFinishTime: '16:30' } };
    const xml = exportMspdi(plan, { now: '2026-03-01T12:00:00.000Z' });
    // The end of Wed 4 March's working day, not its midnight (which MS Project reads as Tue 3 March's end).
    expect(xml).toContain('<StatusDate>2026-03-04T16:30:00</StatusDate>');
    expect(load(xml).plan.project.statusDate).toBe('2026-03-04');
  });
});

const PLANNER_XSL = '/usr/share/planner/stylesheets/msp2planner.xsl';
const PLANNER_CHECK = path.resolve(repoRoot, '../shared/tools/planner-check.sh');
const hasPlanner = existsSync(PLANNER_XSL) && existsSync(PLANNER_CHECK);

describe.skipIf(!hasPlanner)(`GNOME Planner accepts the export (skipped: needs ${PLANNER_XSL} and ../shared/tools/planner-check.sh; apt-get install planner xsltproc libxml2-utils)`, () => {
  it('passes planner-check', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'plotline-mspdi-')), 'export.xml');
    const plan = samplePlan();
    // With a description, the file has a project summary task at outline level 0, which Planner leaves out.
    writeFileSync(file, exportMspdi({ ...plan, project: { ...plan.project, description: 'Ship <v2> & retire v1\nSecond line' } }, { now: '2026-03-01T12:00:00.000Z' }));
    const output = execFileSync(PLANNER_CHECK, [file], { encoding: 'utf8' });
    expect(output).toMatch(/^OK tasks=4 predecessors=3 resources=2 allocations=1 NaN-attrs=0/);
  });

  it('passes planner-check with a budget (a budget resource on the project summary task, which Planner reads as a resource)', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'plotline-mspdi-')), 'budget.xml');
    const plan = samplePlan();
    writeFileSync(file, exportMspdi({ ...plan, project: { ...plan.project, budget: 25_000 } }, { now: '2026-03-01T12:00:00.000Z' }));
    const output = execFileSync(PLANNER_CHECK, [file], { encoding: 'utf8' });
    expect(output).toMatch(/^OK tasks=4 predecessors=3 resources=3 allocations=2 NaN-attrs=0/);
  });
});

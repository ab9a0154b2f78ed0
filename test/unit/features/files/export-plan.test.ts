import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { addLink, insertTask } from '../../../../renderer/domain/commands';
import { importCsv, importGanttProject, parseCsv, parsePlotline } from '../../../../renderer/domain/formats';
import { sequentialIds } from '../../../../renderer/domain/model';
import type { LocalDateTime, Plan } from '../../../../renderer/domain/model';
import {
  asNewProject, buildExport, buildPlotlineSave, buildTextExport, DEFAULT_CSV_COLUMNS, fileNameFor, localeDateFormatter,
} from '../../../../renderer/features/files/export-plan';
import { planWithScheduledDates } from '../../../../renderer/domain/schedule';
import { blankPlan, runOk, testContext } from '../../../support/plan-builder';

const at = (s: string): LocalDateTime => s as LocalDateTime;

function planWith(names: readonly string[]): Plan {
  let plan = blankPlan('Launch: "v2"');
  const ctx = testContext('t');
  for (const name of names) plan = runOk(insertTask, plan, { name }, ctx).plan;
  return plan;
}

describe('exports', () => {
  it('neutralises a CSV cell that starts with = and formats dates with the given formatter', () => {
    const plan = planWith(['=HYPERLINK("http://evil")', 'Build']);
    const ctx = { now: '2026-03-02T08:00:00.000Z', formatDate: (d: LocalDateTime) => `day ${d.slice(0, 10)}` };
    const request = buildExport(plan, { format: 'csv', columns: ['name', 'start'], localeDates: true }, ctx);
    expect(request.suggestedName).toBe('Launch v2.csv');
    const rows = parseCsv(String(request.data).replace(/^\uFEFF/, ''));
    expect(rows.ok && rows.value.rows[1]).toEqual(["'=HYPERLINK(\"http://evil\")", 'day 2026-03-02']);
    // Without the locale option, dates are ISO 8601, which re-imports.
    const iso = parseCsv(String(buildExport(plan, { format: 'csv', columns: ['name', 'start'] }, ctx).data).replace(/^\uFEFF/, ''));
    expect(iso.ok && iso.value.rows[2]).toEqual(['Build', '2026-03-02T09:00']);
  });

  it('writes MSPDI and iCalendar with milestones only, tasks only or both', () => {
    let plan = planWith(['Build']);
    plan = runOk(insertTask, plan, { name: 'Go live', fields: { kind: 'milestone' } }, testContext('m')).plan;
    const ctx = { now: '2026-03-02T08:00:00.000Z', formatDate: String };
    expect(String(buildExport(plan, { format: 'mspdi' }, ctx).data)).toContain('<Name>Build</Name>');
    const events = (milestones: boolean, tasks: boolean): string[] =>
      [...String(buildExport(plan, { format: 'ical', milestones, tasks }, ctx).data).matchAll(/SUMMARY:(.*)\r\n/g)].map((m) => m[1] ?? '');
    expect(events(true, false)).toEqual(['Go live']);
    expect(events(false, true)).toEqual(['Build']);
    expect(events(true, true)).toEqual(['Build', 'Go live']);
  });

  it('exports GanttProject (.gan) with its filter, the scheduled tasks, and what .gan could not hold', () => {
    let plan = planWith(['Design', 'Build']);
    const build = Object.values(plan.tasks).find((t) => t.name === 'Build')!;
    plan = { ...plan, tasks: { ...plan.tasks, [build.id]: { ...build, schedulingMode: 'manual' } } };
    const { request, warnings } = buildTextExport(plan, { format: 'gan' }, { now: '2026-03-02T08:00:00.000Z', formatDate: String });
    expect(request.suggestedName).toBe('Launch v2.gan');
    expect(request.filters).toEqual([{ name: 'GanttProject', extensions: ['gan'] }]);
    const back = importGanttProject(String(request.data), { newId: sequentialIds('g'), now: '2026-03-02T08:00:00.000Z' });
    expect(back.ok && Object.values(back.value.plan.tasks).map((t) => t.name).sort()).toEqual(['Build', 'Design']);
    expect(warnings).toEqual(['not written to .gan: 1 manually scheduled task(s) (GanttProject schedules every task from its start and links).']);
  });

  it('Save As writes a .plotline that reads back to the same plan, carrying its scheduled dates', () => {
    const plan = planWith(['Design', 'Build']);
    const saved = buildPlotlineSave(plan, '1.2.3', '2026-03-02T09:00:00.000Z');
    if (!saved.ok) throw new Error(saved.error.message);
    const request = saved.value;
    expect(request.suggestedName).toBe('Launch v2.plotline');
    const back = parsePlotline(String(request.data));
    expect(back.ok && back.value.plan).toEqual(planWithScheduledDates(plan));
    expect(String(request.data)).toContain('"app": "Plotline 1.2.3"');
  });

  it('gives an opened plan a fresh project id so it never overwrites one', () => {
    const plan = planWith(['Design']);
    const copy = asNewProject(plan, () => 'fresh', '2026-04-01T00:00:00.000Z', 'Copy');
    expect(copy.project).toMatchObject({ id: 'fresh', name: 'Copy', createdAt: '2026-04-01T00:00:00.000Z' });
    expect(copy.tasks).toBe(plan.tasks);
  });

  it('names files safely and formats dates in a locale without shifting the day', () => {
    expect(fileNameFor('a/b:c', 'mspdi')).toBe('a b c.xml');
    expect(fileNameFor('   ', 'ical')).toBe('Plan.ics');
    expect(localeDateFormatter('en-GB')(at('2026-03-02T09:00'))).toBe('02/03/2026, 09:00');
    // The year in full: the short style's '12/31/26' guesses the century on the way back in.
    expect(localeDateFormatter('en-US')(at('2026-12-31T17:30'))).toMatch(/^12\/31\/2026, 5:30\sPM$/);
    expect(localeDateFormatter('de-DE')(at('2027-03-01T09:00'))).toBe('01.03.2027, 09:00');
    expect(localeDateFormatter('th-TH')(at('2027-03-01T09:00'))).toBe('1/3/2027 09:00');
  });

  it("re-imports a CSV written with the locale's dates to the same starts and finishes", () => {
    let plan = blankPlan('Locale');
    const c = testContext('l');
    for (const [name, durationMinutes] of [['Workshop', 420], ['Review', 540], ['Sign-off', 0]] as const) {
      plan = runOk(insertTask, plan, { name, fields: { durationMinutes, kind: durationMinutes === 0 ? 'milestone' : 'task' } }, c).plan;
    }
    const ids = Object.values(plan.tasks).map((t) => t.id);
    plan = runOk(addLink, plan, { predecessorId: ids[0]!, successorId: ids[1]!, type: 'FS', lagMinutes: 0, lagIsElapsed: false }, c).plan;
    plan = runOk(addLink, plan, { predecessorId: ids[1]!, successorId: ids[2]!, type: 'FS', lagMinutes: 0, lagIsElapsed: false }, c).plan;
    const dates = (p: Plan) => Object.values(planWithScheduledDates(p).tasks).map((t) => [t.name, t.start, t.finish]);
    for (const [locale, dateOrder] of [['en-US', 'mdy'], ['en-GB', 'dmy'], ['de-DE', 'dmy']] as const) {
      const text = String(buildExport(plan, { format: 'csv', columns: DEFAULT_CSV_COLUMNS, localeDates: true }, { now: '2026-03-02T08:00:00.000Z', formatDate: localeDateFormatter(locale) }).data);
      if (locale === 'en-US') expect(text).toMatch(/"3\/2\/2026, 4:00\sPM","3\/3\/2026, 5:00\sPM"/);
      // Every day in this plan is 12 or less, so the file reads both ways: the mapping preview asks.
      const back = importCsv(text, { newId: sequentialIds('b'), now: '2026-03-02T08:00:00.000Z' }, { planName: 'Locale', dateOrder });
      if (!back.ok) throw new Error(`${locale}: ${back.error.message}`);
      expect(back.value.rowErrors).toEqual([]);
      expect(dates(back.value.plan)).toEqual(dates(plan));
    }
  });
});

describe('fixtures', () => {
  it('the native fixture is readable (sanity for the Save As round trip)', () => {
    expect(parsePlotline(readFileSync('test/fixtures/native/plotline-v1.plotline', 'utf8')).ok).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeIcalText, exportIcal, foldLine, importIcalHolidays, unfoldLines } from '../../../../renderer/domain/formats/ical';
import { samplePlan } from './sample-plan';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

describe('iCalendar export', () => {
  const text = exportIcal(samplePlan(), { now: '2026-03-01T12:34:56.000Z' });

  it('writes all-day VEVENTs for tasks and milestones with stable UIDs, DTSTAMP and CRLF', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(text).toContain('UID:t4@id2.plotline\r\nDTSTAMP:20260301T123456Z\r\nDTSTART;VALUE=DATE:20260305\r\nDTEND;VALUE=DATE:20260306\r\nSUMMARY:Launch');
    // Spec is half done on the status date (Tue 3 Mar), so its remaining day is scheduled on Wed 4: the event ends before Thu 5.
    expect(text).toContain('DTSTART;VALUE=DATE:20260302\r\nDTEND;VALUE=DATE:20260305\r\nSUMMARY:Spec ✍ Müller');
    expect(text).not.toMatch(/[^\r]\n/);
    expect(exportIcal(samplePlan(), { now: '2026-03-01T12:34:56.000Z' })).toBe(text);
    expect(exportIcal(samplePlan(), { now: '2026-03-01T00:00:00Z', includeTasks: false }).split('BEGIN:VEVENT')).toHaveLength(2);
  });

  it('escapes , ; \\ and newlines and folds at 75 octets without splitting UTF-8', () => {
    expect(escapeIcalText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(unfoldLines(folded)).toEqual([long]);
    const emoji = foldLine(`X:${'😀'.repeat(40)}`);
    expect(emoji.split('\r\n').every((l) => !/[\uD800-\uDBFF]$/.test(l))).toBe(true);
  });
});

describe('iCalendar holiday import', () => {
  it('reads all-day events, exclusive DTEND, folded SUMMARY, yearly rules', () => {
    const result = importIcalHolidays(readFileSync(path.join(repoRoot, 'test/fixtures/ics/holidays.ics'), 'utf8'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.exceptions).toEqual([
      { name: 'Easter Monday, observed', from: '2026-04-06', to: '2026-04-06', isWorking: false, intervals: [], recurrence: null },
      { name: 'Company shutdown', from: '2026-12-24', to: '2027-01-01', isWorking: false, intervals: [], recurrence: null },
      { name: 'New Year', from: '2026-01-01', to: '2030-01-01', isWorking: false, intervals: [], recurrence: { kind: 'yearly-date', month: 1, day: 1 } },
      { name: 'Team day', from: '2026-05-15', to: '2026-05-15', isWorking: false, intervals: [], recurrence: null },
    ]);
    expect(result.value.warnings).toEqual(["'Team day' repeats (FREQ=MONTHLY); only its first occurrence was imported."]);
  });

  it('refuses non-calendars', () => {
    expect(importIcalHolidays('hello').ok).toBe(false);
  });
});

describe('iCalendar import of a calendar Plotline exported', () => {
  it('says it is the plan\'s tasks, not holidays, and imports none of them as holidays', () => {
    const back = importIcalHolidays(exportIcal(samplePlan(), { now: '2026-03-01T00:00:00Z' }));
    expect(back.ok ? back.value.exceptions : back.error).toEqual({
      message: `This is Plotline's own calendar export of the tasks and milestones of “Apollo & "Gemini" <launch>” (3 events), not a holiday calendar: nothing was imported as holidays. `
        + 'To open the plan itself, open its .plotline or MS Project XML file; for holidays, import a holiday calendar (.ics) or use Add public holidays.',
    });
    const milestones = exportIcal(samplePlan(), { now: '2026-03-01T00:00:00Z', includeTasks: false }).replace(/X-WR-CALNAME:.*\r\n/, '');
    const refused = importIcalHolidays(milestones);
    expect(refused.ok || refused.error.message).toMatch(/^This is Plotline's own calendar export of a plan's tasks and milestones \(1 event\), not a holiday calendar/);
  });

  it('still reads a holiday calendar whose events look like tasks, when another tool wrote it', () => {
    const other = exportIcal(samplePlan(), { now: '2026-03-01T00:00:00Z' }).replace('PRODID:-//Plotline//Plotline//EN', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN');
    const back = importIcalHolidays(other);
    expect(back.ok && back.value.exceptions.map((e) => [e.name, e.from, e.to])).toEqual([
      ['Spec ✍ Müller', '2026-03-02', '2026-03-04'], ['Review', '2026-03-04', '2026-03-04'], ['Launch', '2026-03-05', '2026-03-05'],
    ]);
  });
});

/**
 * A CSV exported with "Dates in my locale's format" imports back under the same locale: the tasks'
 * starts, finishes, durations and % complete to the minute. The locales write their short date and
 * time in different orders, with their own words for AM and PM ("2027. 3. 1. 오전 9:00"), and
 * Arabic writes right-to-left marks, an Arabic comma and, on screen, Arabic-Indic digits
 * ("١‏/٣‏/٢٠٢٧، ٩:٠٠ ص").
 */
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../../renderer/domain/formats';
import { sequentialIds, type LocalDateTime, type Plan } from '../../../../renderer/domain/model';
import { buildExport, DEFAULT_CSV_COLUMNS, localeDateFormatter } from '../../../../renderer/features/files/export-plan';
import { localePlan, scheduledFacts } from '../../../support/locale-plan';

const NOW = '2026-03-02T08:00:00.000Z';
const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'ko-KR', 'ar-EG'] as const;

const facts = scheduledFacts;

function exported(plan: Plan, formatDate: (value: LocalDateTime) => string): string {
  return String(buildExport(plan, { format: 'csv', columns: DEFAULT_CSV_COLUMNS, localeDates: true }, { now: NOW, formatDate }).data);
}

function reimported(text: string, locale: string): Plan {
  const back = importCsv(text, { newId: sequentialIds('b'), now: NOW }, { planName: 'Locale', locale });
  if (!back.ok) throw new Error(`${locale}: ${back.error.message}`);
  expect(back.value.rowErrors, locale).toEqual([]);
  return back.value.plan;
}

describe("CSV with the locale's dates", () => {
  const plan = localePlan({ buildMinutes: 4800, buildPercentComplete: 25 });

  it.each(LOCALES)('%s: imports back to the same dates, durations and percent complete', (locale) => {
    const text = exported(plan, localeDateFormatter(locale));
    expect(facts(reimported(text, locale))).toEqual(facts(plan));
  });

  it('writes each locale its own way (what the round trips above read)', () => {
    const first = (locale: string): string => exported(plan, localeDateFormatter(locale)).split('\n')[1] ?? '';
    expect(first('ko-KR')).toMatch(/,2026\. 3\. 2\. (AM|오전) 9:00,/);
    expect(first('ar-EG')).toContain('2\u200f/3\u200f/2026\u060c 9:00 ص');
    expect(first('ja-JP')).toContain('2026/03/02 9:00');
  });

  it('reads Arabic-Indic digits, as ar-EG shows dates on screen and Excel may save them', () => {
    const arabic = new Intl.DateTimeFormat('ar-EG', { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' });
    const formatDate = (value: LocalDateTime): string => arabic.format(new Date(`${value}:00Z`));
    const text = exported(plan, formatDate);
    expect(text).toContain('٢‏/٣‏/٢٠٢٦، ٩:٠٠ ص');
    expect(facts(reimported(text, 'ar-EG'))).toEqual(facts(plan));
  });

  it("reads Korean as Chromium writes it ('오전', 'AM' in Node's newer ICU), and Arabic-Indic numbers and decimal separators", () => {
    const csv = [
      'Name,Start,Finish,Duration,% Complete',
      'Kickoff,"2027. 3. 1. 오전 9:00","2027. 3. 1. 오후 1:00",4h,50',
      'Plan,"2027. 3. 15. 오후 2:30","2027. 3. 16. 오전 10:30",1d,0',
    ].join('\n');
    const tasks = Object.values(reimported(csv, 'ko-KR').tasks).map((t) => [t.name, t.start, t.finish]);
    expect(tasks).toEqual([['Kickoff', '2027-03-01T09:00', '2027-03-01T13:00'], ['Plan', '2027-03-15T14:30', '2027-03-16T10:30']]);
    const arabic = 'Name,Start,Duration,% Complete\nDesign,"١٥‏/٣‏/٢٠٢٧، ٢:٣٠ م",١٫٥d,٥٠٪\n';
    const [design] = Object.values(reimported(arabic, 'ar-EG').tasks);
    expect([design?.start, design?.durationMinutes, design?.percentComplete]).toEqual(['2027-03-15T14:30', 720, 50]);
  });

  it("without the locale, refuses a time whose AM or PM it cannot read instead of moving it to 09:00", () => {
    const csv = 'Name,Start\nDesign,"15\u200f/3\u200f/2027\u060c 2:30 م"\n';
    const back = importCsv(csv, { newId: sequentialIds('b'), now: NOW }, { planName: 'Locale', dateOrder: 'dmy' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toEqual(["row 2, column 2 (Start): '15\u200f/3\u200f/2027\u060c 2:30 م' is not a date: write it as 2027-03-01 or 2027-03-01 09:00"]);
  });

  it('names the row, the column and the text of a date it still cannot read', () => {
    const csv = 'Name,Start\nKickoff,"2027. 3. 1. 오전 9:00"\nPlan,"3월 15일 저녁"\n';
    const back = importCsv(csv, { newId: sequentialIds('b'), now: NOW }, { planName: 'Locale', locale: 'ko-KR' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toHaveLength(1);
    expect(back.value.rowErrors[0]).toMatch(/^row 3, column 2 \(Start\): '3월 15일 저녁' is not a date/);
    expect(back.value.rowErrors[0]).toMatch(/2027\. 3\. 1\. (AM|오전) 9:00/);
  });
});

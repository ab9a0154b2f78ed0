/**
 * How a CSV file's dates read: ISO 8601 (what Plotline writes), Jira's "12/Mar/26 5:00 PM", the
 * locale's short date and time, and numeric dates in the order the file's own data shows (or the
 * person chose), with the messages for a date that does not read.
 */
import { fail, ok, type Result } from '../../model/result';
import { parseLocalDate, parseLocalDateTime, type LocalDateTime } from '../../model/time';
import { detectDateOrder, parseDateText } from '../date-text';
import { readLocaleDateTime, type LocaleDateTimeForm } from '../locale-date-time';
import { plainNumeralText } from '../numeral-text';
import type { CsvImportOptions } from './csv-import';
import type { CsvMapping } from './csv-mapping';

/** Text to a date as the file writes it, or null when it does not read as one. */
export type DateReader = (text: string) => LocalDateTime | null;

/** ISO 8601 (what Plotline writes), or Jira's "12/Mar/26 5:00 PM". */
export function isoDate(text: string): LocalDateTime | null {
  const t = text.trim().replace(' ', 'T');
  const date = parseLocalDate(t);
  return date !== null ? (`${date}T09:00` as LocalDateTime) : parseLocalDateTime(t) ?? jiraDate(text.trim());
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function jiraDate(text: string): LocalDateTime | null {
  const m = /^(\d{1,2})\/([A-Za-z]{3})\/(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})\s*([AP]M)?)?$/i.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1;
  const year = (m[3] ?? '').length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  let hour = m[4] === undefined ? 9 : Number(m[4]) % 12 + (m[6]?.toUpperCase() === 'PM' ? 12 : 0);
  if (m[4] !== undefined && m[6] === undefined) hour = Number(m[4]);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return parseLocalDateTime(`${String(year)}-${pad(month)}-${pad(Number(m[1]))}T${pad(hour)}:${m[5] ?? '00'}`);
}

const DATE_FIELDS = ['start', 'finish', 'deadline', 'actualStart', 'actualFinish'] as const;

/**
 * How the file writes numeric dates, from its own data (dd/mm/yyyy when a first part is above 12,
 * mm/dd/yyyy when a second is), over every mapped date column.
 */
export function csvDateOrder(rows: readonly (readonly string[])[], mapping: CsvMapping, hasHeader = true): ReturnType<typeof detectDateOrder> {
  const columns = DATE_FIELDS.map((f) => mapping[f]).filter((c): c is number => c !== undefined);
  const samples = rows.slice(hasHeader ? 1 : 0).flatMap((row) => columns.map((c) => row[c] ?? ''));
  return detectDateOrder(samples);
}

/**
 * ISO and Jira dates, then the locale's short date and time, then numeric dates in the given order,
 * keeping a time of day when written.
 */
function dateReader(order: 'dmy' | 'mdy' | null, form: LocaleDateTimeForm | null): DateReader {
  return (text) => {
    const iso = isoDate(text);
    if (iso !== null) return iso;
    const local = form === null ? null : readLocaleDateTime(text, form, order ?? undefined);
    if (local !== null || order === null) return local;
    const read = parseDateText(text, order);
    if (!read.ok) return null;
    const plain = plainNumeralText(text).trim();
    const time = /(\d{1,2}):(\d{2})(?::\d{2})?\s*([AP]M)?$/i.exec(plain);
    // A time this reader cannot place ("9:00 ص" without the locale) is refused rather than read as 09:00.
    if (time === null && plain.includes(':')) return null;
    const hour = time ? Number(time[1]) % (time[3] ? 12 : 24) + (time[3]?.toUpperCase() === 'PM' ? 12 : 0) : 9;
    return parseLocalDateTime(`${read.date}T${String(hour).padStart(2, '0')}:${time?.[2] ?? '00'}`);
  };
}

/**
 * The refusal of a file whose numeric dates read either way (02/03/2026) when nobody said which:
 * the app's mapping preview asks the person; the command line's callers recognise it by this text
 * and point to --locale.
 */
export const DATE_ORDER_UNKNOWN = 'Dates such as 02/03/2026 can be read as 2 March or as February 3: choose how this file writes dates.';

/** The date reader for these rows, or why the file's dates cannot be read without asking. */
export function datesOf(
  rows: readonly (readonly string[])[], mapping: CsvMapping, options: CsvImportOptions, form: LocaleDateTimeForm | null,
): Result<DateReader> {
  if (options.parseDate) return ok(options.parseDate);
  const found = csvDateOrder(rows, mapping, options.hasHeader !== false);
  if (found === 'mixed') return fail('Some dates are written day first (e.g. 25/03/2026) and others month first (e.g. 03/25/2026): correct the file so every date is written the same way.', 'dates');
  if (found === 'ambiguous' && options.dateOrder === undefined) {
    return fail(DATE_ORDER_UNKNOWN, 'dates');
  }
  return ok(dateReader(found === 'dmy' || found === 'mdy' ? found : options.dateOrder ?? null, form));
}

/** What a date the import cannot read should look like, for its message. */
export function dateHint(options: CsvImportOptions, form: LocaleDateTimeForm | null): string {
  if (options.parseDate) return '';
  return form === null
    ? ': write it as 2027-03-01 or 2027-03-01 09:00'
    : `: write it as 2027-03-01 09:00, or as ${form.locale} writes dates (${form.example})`;
}

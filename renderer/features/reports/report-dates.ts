/**
 * The report's days as the app writes days on every screen (shared/format.ts formatDate, the
 * person's locale): "Wed, Jan 6, 27" in the report's sentences, headings and tables, on screen and
 * in every file exported from here, and the same without its weekday beside a milestone on the
 * timeline, where the labels sit side by side.
 */
import type { LocalDate } from '../../domain/model';
import type { ReportDates } from '../../domain/report';
import { formatDate, formatDateWithoutWeekday } from '../shared/format';

export const APP_REPORT_DATES: ReportDates = { day: formatDate, short: (date: LocalDate) => formatDateWithoutWeekday(date) };

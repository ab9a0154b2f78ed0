/**
 * The report's days as the app writes days on every screen (shared/format.ts formatDate, the
 * person's locale): "Wed, Jan 6, 27" in the report's sentences, headings and tables, on screen and
 * in every file exported from here, and the same without its weekday beside a milestone on the
 * timeline, where the labels sit side by side.
 */
import type { LocalDate } from '../../domain/model';
import type { ReportDates } from '../../domain/report';
import { formatDate, formatDateParts } from '../shared/format';

/** formatDate's text with the weekday and the separator beside it left out ("Jan 6, 27"). */
function withoutWeekday(date: LocalDate): string {
  const parts = formatDateParts(date);
  const at = parts.findIndex((p) => p.type === 'weekday');
  if (at < 0) return formatDate(date);
  const separator = at === 0 ? at + 1 : at - 1;
  return parts.filter((_, i) => i !== at && i !== separator).map((p) => p.value).join('').trim();
}

export const APP_REPORT_DATES: ReportDates = { day: formatDate, short: withoutWeekday };

/**
 * iCalendar export (RFC 5545): each milestone and each non-summary task becomes an all-day
 * VEVENT (DTSTART;VALUE=DATE on the start day, DTEND the day after the finish: DTEND is
 * exclusive). UIDs derive from task and project ids so re-exports update the same events;
 * DTSTAMP comes from the injected clock.
 */
import { outlineRows } from '../../model/outline';
import type { Plan } from '../../model/plan';
import { addDays, dateOf } from '../../model/time';
import { planWithScheduledDates, type KnownSchedule } from '../../schedule/scheduled-plan';
import { icalText, icalValue } from '../escape';
import { foldLine, PLOTLINE_PRODID } from './ical-text';

export interface IcalExportOptions {
  /** ISO timestamp for DTSTAMP. */
  readonly now: string;
  /** Default true; false exports milestones only. */
  readonly includeTasks?: boolean;
  readonly productId?: string;
  /** The engine's schedule of this plan, when the caller has it; otherwise the plan is scheduled here. */
  readonly schedule?: KnownSchedule;
}

const compactDate = (date: string): string => date.replace(/-/g, '');

/** '2026-03-01T12:00:00.000Z' -> '20260301T120000Z' (UTC, as DTSTAMP requires). */
export function icalTimestamp(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):?(\d{2})?/.exec(iso);
  return m ? `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}T${m[4] ?? ''}${m[5] ?? ''}${m[6] ?? '00'}Z` : '19700101T000000Z';
}

/** The calendar as text with CRLF line endings and folded lines. */
export function exportIcal(stored: Plan, options: IcalExportOptions): string {
  const plan = planWithScheduledDates(stored, options.schedule);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${(options.productId ?? PLOTLINE_PRODID).replace(/[\u0000-\u001f]/g, '')}`, 'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${icalText(plan.project.name)}`];
  const stamp = icalTimestamp(options.now);
  for (const row of outlineRows(plan.tasks)) {
    const t = row.task;
    const isMilestone = t.kind === 'milestone';
    if (row.hasChildren || (!isMilestone && options.includeTasks === false)) continue;
    const start = dateOf(t.start);
    const end = addDays(isMilestone || dateOf(t.finish) < start ? start : dateOf(t.finish), 1);
    lines.push('BEGIN:VEVENT', `UID:${icalValue(t.id)}@${icalValue(plan.project.id)}.plotline`, `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(start)}`, `DTEND;VALUE=DATE:${compactDate(end)}`, `SUMMARY:${icalText(t.name)}`);
    if (t.notes !== '') lines.push(`DESCRIPTION:${icalText(t.notes)}`);
    if (isMilestone) lines.push('CATEGORIES:Milestone');
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

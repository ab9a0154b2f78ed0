/**
 * The communication plan's dates: when an entry is next due after it was issued, what is due in
 * the status date's week and what is overdue. Dates are civil dates (no time zone); a "week" is
 * Monday to Sunday (ISO 8601).
 */
import { civilFromDays, dayOfLocalDate, daysFromCivil, daysInMonth, localDateOfDay } from '../calendar/civil';
import type { Plan } from '../model/plan';
import type { CommunicationEntry, CommunicationFrequency } from '../model/stakeholders';
import type { LocalDate } from '../model/time';

/**
 * The same day one month on, kept within the month: Jan 31 -> Feb 28 (29 in a leap year). A
 * date on the last day of its month stays on month ends (Feb 28 -> Mar 31), since "the last day
 * of the month" is what such a date usually means.
 */
export function addMonth(date: LocalDate): LocalDate {
  const c = civilFromDays(dayOfLocalDate(date));
  const year = c.month === 12 ? c.year + 1 : c.year;
  const month = c.month === 12 ? 1 : c.month + 1;
  const isMonthEnd = c.day === daysInMonth(c.year, c.month);
  const day = isMonthEnd ? daysInMonth(year, month) : Math.min(c.day, daysInMonth(year, month));
  return localDateOfDay(daysFromCivil(year, month, day));
}

/** One period after `date` for a calendar frequency. */
function advance(date: LocalDate, frequency: 'weekly' | 'fortnightly' | 'monthly'): LocalDate {
  if (frequency === 'monthly') return addMonth(date);
  return localDateOfDay(dayOfLocalDate(date) + (frequency === 'weekly' ? 7 : 14));
}

/** The first milestone finishing after `after` that is not complete: a per-milestone update's next date. */
export function nextMilestoneDate(plan: Plan, after: LocalDate): LocalDate | null {
  let best: LocalDate | null = null;
  for (const t of Object.values(plan.tasks)) {
    if (t.kind !== 'milestone' || t.percentComplete >= 100) continue;
    const finish = t.finish.slice(0, 10) as LocalDate;
    if (finish > after && (best === null || finish < best)) best = finish;
  }
  return best;
}

/**
 * When an entry is next due once it was issued on `issuedOn`. Calendar frequencies step from the
 * date it was due (so the cadence holds when it goes out a day early or late) until past the
 * issue date (so periods missed while overdue are not all due at once); without a due date they
 * step from the issue date. 'once' is then done (null); 'per-milestone' waits for the next milestone.
 */
export function nextDueAfterIssue(
  plan: Plan, entry: Pick<CommunicationEntry, 'frequency' | 'nextDueOn'>, issuedOn: LocalDate,
): LocalDate | null {
  const frequency: CommunicationFrequency = entry.frequency;
  switch (frequency) {
    case 'once': return null;
    case 'per-milestone': return nextMilestoneDate(plan, issuedOn);
    case 'weekly': case 'fortnightly': case 'monthly': {
      let next = advance(entry.nextDueOn ?? issuedOn, frequency);
      while (next <= issuedOn) next = advance(next, frequency);
      return next;
    }
    default: {
      const never: never = frequency;
      return never;
    }
  }
}

/** Monday..Sunday of the week holding `date`. */
export function weekOf(date: LocalDate): { readonly from: LocalDate; readonly to: LocalDate } {
  const day = dayOfLocalDate(date);
  // Day 0 (1970-01-01) was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const monday = day - (((day + 3) % 7) + 7) % 7;
  return { from: localDateOfDay(monday), to: localDateOfDay(monday + 6) };
}

export function isCommunicationOverdue(entry: Pick<CommunicationEntry, 'nextDueOn'>, asOf: LocalDate): boolean {
  return entry.nextDueOn !== null && entry.nextDueOn < asOf;
}

/**
 * What needs sending in the week of `asOf` (the status date): entries due that week, and overdue
 * ones from before it, soonest first.
 */
export function dueThisWeek(plan: Plan, asOf: LocalDate): readonly CommunicationEntry[] {
  const week = weekOf(asOf);
  return Object.values(plan.communications)
    // Anything due before this week's Monday is before the status date too, so overdue: kept.
    .filter((e) => e.nextDueOn !== null && e.nextDueOn <= week.to)
    .sort((a, b) => ((a.nextDueOn ?? '') < (b.nextDueOn ?? '') ? -1 : (a.nextDueOn ?? '') > (b.nextDueOn ?? '') ? 1 : a.what.localeCompare(b.what)));
}

/**
 * The communication plan's status-report entries that issuing a report at `asOf` fulfils: those
 * whose "what" names a status report and that are due in the week of `asOf` or overdue. Issuing
 * the report marks them sent and moves each to its next date.
 */
export function statusReportEntriesDue(plan: Plan, asOf: LocalDate): readonly CommunicationEntry[] {
  return dueThisWeek(plan, asOf).filter((e) => /status\s+report/i.test(e.what));
}

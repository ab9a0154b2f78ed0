/**
 * A month of days as a grid (WAI-ARIA date picker pattern): arrows move a day or a week,
 * PageUp/PageDown a month (with Shift a year), Home/End the week's ends, Enter or Space picks the
 * focused day; Escape is the popover's (it cancels). One day is a Tab stop at a time.
 */
import { useEffect, useRef, useState } from 'react';
import { addMonths, calendarKeyMove, monthWeeks, type IsoDate } from './calendar-month';
import './date-picker.css';

interface Props {
  /** The chosen date ('' = none). */
  readonly value: IsoDate;
  /** The day focused first (the typed or chosen date, else today). */
  readonly initialFocus: IsoDate;
  readonly onPick: (date: IsoDate) => void;
  /** Moves keyboard focus to the focused day on mount and on each move (false while typing in a cell). */
  readonly hasFocus: boolean;
  readonly today: IsoDate;
}

const monthTitle = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayLabel = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekdayShort = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
const utc = (date: IsoDate): Date => new Date(`${date}T00:00:00Z`);
// 2024-01-01 was a Monday: the header's weekday names in the person's language.
const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6].map((i) => weekdayShort.format(utc(`2024-01-0${String(i + 1)}`)));

export function CalendarMonth({ value, initialFocus, onPick, hasFocus, today }: Props) {
  const [focused, setFocused] = useState(initialFocus);
  const grid = useRef<HTMLTableElement>(null);
  useEffect(() => setFocused(initialFocus), [initialFocus]);
  useEffect(() => {
    if (hasFocus) grid.current?.querySelector<HTMLElement>(`[data-date="${focused}"]`)?.focus({ preventScroll: true });
  }, [focused, hasFocus]);
  const weeks = monthWeeks(focused);
  const month = focused.slice(0, 7);
  return (
    <div className="calendar-month">
      <div className="calendar-head">
        <button type="button" className="button icon" aria-label="Previous month" tabIndex={-1} onClick={() => setFocused(addMonths(focused, -1))}>‹</button>
        <strong aria-live="polite">{monthTitle.format(utc(focused))}</strong>
        <button type="button" className="button icon" aria-label="Next month" tabIndex={-1} onClick={() => setFocused(addMonths(focused, 1))}>›</button>
      </div>
      <table ref={grid} role="grid" aria-label={monthTitle.format(utc(focused))}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            e.stopPropagation();
            onPick(focused);
            return;
          }
          const next = calendarKeyMove(focused, e.key, e.shiftKey);
          if (next === null) return;
          e.preventDefault();
          e.stopPropagation();
          setFocused(next);
        }}>
        <thead><tr>{WEEKDAYS.map((d) => <th key={d} scope="col" abbr={d}>{d.slice(0, 2)}</th>)}</tr></thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => (
                <td key={day} role="gridcell" aria-selected={day === value}>
                  <button type="button" data-date={day} tabIndex={day === focused ? 0 : -1} aria-label={dayLabel.format(utc(day))}
                    className={`calendar-day${day.slice(0, 7) === month ? '' : ' is-outside'}${day === value ? ' is-chosen' : ''}${day === today ? ' is-today' : ''}${day === focused ? ' is-focused' : ''}`}
                    onClick={() => onPick(day)}>
                    {Number(day.slice(8))}
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A date field for dialogs and forms: type the date (ISO or the person's numeric or month-name
 * form; typing stays the primary path) or open the calendar with its button or Alt+↓. The value
 * passed on is 'YYYY-MM-DD', '' (empty; refused unless `isOptional`), or, while the text is not a date, the
 * text as typed: a form's OK then refuses it (every form checks its dates) instead of using the
 * last good date the person typed past ("2026-02-3" on the way to "2026-02-30"). Such text is
 * also refused here with a message naming the field, and its Enter does not submit the form.
 * Typed text is never rewritten while typing: putting "2026-02-03" back into the box would make
 * the next digit typed part of another date.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { parseLocalDate } from '../domain/model';
import { CalendarMonth } from './CalendarMonth';
import { readTypedDate, todayIso } from './locale-date';
import { Popover } from './Popover';
import './date-picker.css';

export interface DateFieldProps {
  readonly label: string;
  readonly value: string;
  /** Every change as typed (a form's draft; its OK checks the dates). */
  readonly onChange?: (value: string) => void;
  /**
   * For a field that edits the plan as it is left: called on leaving it (blur, Enter, a pick in the
   * calendar) with a date, or '' when `isOptional`, that differs from `value`. Never with text that
   * is not a date nor with the days passed through on the way to one ("2026-02-3"), so one date
   * typed is one edit, and an impossible one keeps the stored date (the field says why).
   */
  readonly onCommit?: (value: string) => void;
  readonly disabled?: boolean;
  /** Empty text clears the date (else it is refused). */
  readonly isOptional?: boolean;
  /**
   * With `isOptional`, what an emptied field shows once left: the date an empty value stands for
   * (the Cost view's status date, none stored, is today's), rather than a blank box.
   */
  readonly emptyShows?: string;
  readonly title?: string;
  readonly describedBy?: string;
  /**
   * The label is kept for assistive technology and the field's messages but not shown: in a table
   * row whose column header already says what the date is ("From"), a caption over each box repeats it.
   */
  readonly isLabelHidden?: boolean;
  /**
   * The form has refused its OK over this field's text: the field says why now, though it was never
   * left (drawn again on its tab's return, or never typed in). A form leaves a date's problem to its
   * field (isRefusedDate), so the problem is said once, here.
   */
  readonly isChecked?: boolean;
  /** Added to the field's own classes: a register's table cell sizes it to the cell (`date-cell`). */
  readonly className?: string;
}

export function DateField({ label, value, onChange, onCommit, disabled = false, isOptional = true, emptyShows, title, describedBy, isLabelHidden = false, isChecked = false, className }: DateFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [isOpen, setOpen] = useState(false);
  // Alt+↓ with the calendar open (focus back in the text after it hid with its row scrolled away) puts focus in it again.
  const [calendarTurn, setCalendarTurn] = useState(0);
  const box = useRef<HTMLSpanElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // The value this field last passed on: when it comes back as the prop it is the field's own
  // echo, and only a value set from outside (a reset, another field) replaces the typed text.
  const passedOn = useRef(value);
  useEffect(() => {
    if (value === passedOn.current) return;
    passedOn.current = value;
    setText(value);
    setError(null);
  }, [value]);
  const problemOf = (typed: string): string | null => {
    if (typed.trim() === '') return isOptional ? null : `${label}: a date is needed here.`;
    const date = readTypedDate(typed);
    return date.ok ? null : `${label}: ${date.message}`;
  };
  // Said as the form is refused (and on being drawn again refused), not by an effect after it.
  const [wasChecked, setWasChecked] = useState(false);
  if (isChecked !== wasChecked) {
    setWasChecked(isChecked);
    if (isChecked) setError(problemOf(text));
  }
  /** `isDate`: `next` is a date ('' when optional), not text being typed; `isFinal`: the person is done typing. */
  const passOn = (next: string, isDate: boolean, isFinal: boolean): void => {
    if (onCommit) {
      // Once per date: Enter commits, and a table that then moves on to the next row leaves the field again.
      if (!isDate || !isFinal || next === passedOn.current) return;
      passedOn.current = next;
      if (next !== value) onCommit(next);
      return;
    }
    passedOn.current = next;
    if (next !== value) onChange?.(next);
  };

  /** Reads the typed text; passed on at once so a form's OK sees it without a blur. False when it is not a date. */
  const read = (typed: string, isFinal: boolean): boolean => {
    if (typed.trim() === '') {
      if (isOptional) {
        setError(null);
        passOn('', true, isFinal);
        if (isFinal && emptyShows !== undefined) setText(emptyShows);
        return true;
      }
      // Passed on as text that is not a date: a form (or the report) does not go on with the last date typed past.
      passOn('', false, isFinal);
      if (isFinal) setError(problemOf(typed));
      return false;
    }
    const date = readTypedDate(typed);
    if (date.ok) {
      setError(null);
      passOn(date.date, true, isFinal);
      // The same day in the one spelling Plotline writes, once the person is done typing.
      if (isFinal) setText(date.date);
      return true;
    }
    passOn(typed, false, isFinal);
    if (isFinal) setError(problemOf(typed));
    return false;
  };
  /**
   * Esc in a field that edits the plan as it is left: the stored date comes back and leaving commits
   * nothing, as Esc does in the registers' other fields. Handled (so a table's or view's Esc waits)
   * only while there is typing to undo; a second Esc is theirs.
   */
  const restore = (): boolean => {
    if (!onCommit || (text === value && error === null)) return false;
    setText(value);
    setError(null);
    passedOn.current = value;
    return true;
  };
  const pick = (date: string): void => {
    setOpen(false);
    setText(date);
    setError(null);
    passOn(date, true, true);
    input.current?.focus();
  };
  const shown = readTypedDate(text);
  // Read when the calendar opens (the row exists by then), so Floating UI follows its scrolling ancestors.
  const anchor = useMemo(() => ({
    getBoundingClientRect: () => box.current?.getBoundingClientRect() ?? new DOMRect(),
    get contextElement(): Element | undefined { return box.current ?? undefined; },
  }), []);
  return (
    <div className={['field date-field', className].filter(Boolean).join(' ')} title={title}>
      <label htmlFor={id} id={`${id}-label`} className={isLabelHidden ? 'visually-hidden' : undefined}>{label}</label>
      <span className="date-field-row" ref={box}>
        <input ref={input} id={id} className="text-input" type="text" inputMode="numeric" autoComplete="off" placeholder="YYYY-MM-DD"
          value={text} disabled={disabled} aria-invalid={error !== null} aria-describedby={[describedBy, error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
          onChange={(e) => { setText(e.currentTarget.value); read(e.currentTarget.value, false); }}
          onBlur={() => read(text, true)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && e.altKey) { e.preventDefault(); setOpen(true); setCalendarTurn((n) => n + 1); }
            if (e.key === 'Escape' && restore()) { e.preventDefault(); return; }
            // A form must not submit the last good date past a refused one.
            if (e.key === 'Enter' && !read(text, true)) e.preventDefault();
          }} />
        {/* Named apart from the field, so the field alone answers to its label; the label describes it. */}
        <button type="button" className="button icon date-button" aria-label="Open calendar" aria-describedby={`${id}-label`} aria-haspopup="dialog" aria-expanded={isOpen}
          disabled={disabled} onClick={() => setOpen((o) => !o)}>
          <CalendarGlyph />
        </button>
      </span>
      {error ? <span id={`${id}-error`} className="field-error" role="alert">{error}</span> : null}
      {isOpen && box.current ? (
        // A virtual anchor on the row: focus goes back to what opened the calendar (the field or its button).
        <Popover anchor={anchor} label={`Calendar: ${label}`} className="date-picker" autoFocus={false} onClose={() => setOpen(false)}>
          <CalendarMonth key={calendarTurn} value={value} initialFocus={shown.ok ? shown.date : parseLocalDate(value) ?? todayIso()} today={todayIso()} hasFocus onPick={pick} />
        </Popover>
      ) : null}
    </div>
  );
}

/**
 * Whether a value a DateField passed on is one its field refuses and says why: text that is not a
 * date, or '' where a date is needed. A form refuses such a value without a message of its own (and
 * sets the field's isChecked): a second message under the field's said the same thing again.
 */
export function isRefusedDate(value: string, isOptional: boolean): boolean {
  return value.trim() === '' ? !isOptional : !readTypedDate(value).ok;
}

export function CalendarGlyph() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
      <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" fill="none" />
    </svg>
  );
}

/**
 * A date field for dialogs and forms: type the date (ISO or the person's numeric or month-name
 * form; typing stays the primary path) or open the calendar with its button or Alt+↓. The value
 * is 'YYYY-MM-DD' or '' (empty, when `isOptional`). A date that does not exist (2026-02-30) or text
 * that is not a date is refused with a message naming the field; the last good value is kept.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CalendarMonth } from './CalendarMonth';
import { readTypedDate, todayIso } from './locale-date';
import { Popover } from './Popover';
import './date-picker.css';

export interface DateFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly disabled?: boolean;
  /** Empty text clears the date (else it is refused). */
  readonly isOptional?: boolean;
  readonly title?: string;
  readonly describedBy?: string;
}

export function DateField({ label, value, onChange, disabled = false, isOptional = true, title, describedBy }: DateFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [isOpen, setOpen] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => { setText(value); setError(null); }, [value]);

  /** Reads the typed text; a good date is passed on at once so a form's OK sees it without a blur. */
  const read = (typed: string, isFinal: boolean): void => {
    if (typed.trim() === '') {
      if (isOptional) { setError(null); onChange(''); }
      else if (isFinal) setError(`${label}: a date is needed here.`);
      return;
    }
    const date = readTypedDate(typed);
    if (date.ok) {
      setError(null);
      if (date.date !== value) onChange(date.date);
      if (isFinal) setText(date.date);
    } else if (isFinal) setError(`${label}: ${date.message}`);
  };
  const pick = (date: string): void => {
    setOpen(false);
    setText(date);
    setError(null);
    onChange(date);
    input.current?.focus();
  };
  const shown = readTypedDate(text);
  // Read when the calendar opens (the row exists by then), so Floating UI follows its scrolling ancestors.
  const anchor = useMemo(() => ({
    getBoundingClientRect: () => box.current?.getBoundingClientRect() ?? new DOMRect(),
    get contextElement(): Element | undefined { return box.current ?? undefined; },
  }), []);
  return (
    <div className="field date-field" title={title}>
      <label htmlFor={id} id={`${id}-label`}>{label}</label>
      <span className="date-field-row" ref={box}>
        <input ref={input} id={id} className="text-input" type="text" inputMode="numeric" autoComplete="off" placeholder="YYYY-MM-DD"
          value={text} disabled={disabled} aria-invalid={error !== null} aria-describedby={[describedBy, error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
          onChange={(e) => { setText(e.currentTarget.value); read(e.currentTarget.value, false); }}
          onBlur={() => read(text, true)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && e.altKey) { e.preventDefault(); setOpen(true); }
            if (e.key === 'Enter') read(text, true);
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
          <CalendarMonth value={value} initialFocus={shown.ok ? shown.date : value || todayIso()} today={todayIso()} hasFocus onPick={pick} />
        </Popover>
      ) : null}
    </div>
  );
}

export function CalendarGlyph() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
      <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" fill="none" />
    </svg>
  );
}

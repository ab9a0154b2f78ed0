/**
 * A field an amount is typed into (a budget, a rate, a cost impact). Enter or leaving the field
 * commits; Esc puts the stored value back. When the owner refuses what was typed (`onCommit`
 * returns false, having said why), the text stays in the field, selected and marked invalid, and
 * the focus comes back to it for correction; leaving it again unchanged gives up and shows the
 * stored value (as Excel's Cancel), so a refused amount never sits in a field looking saved and
 * one refusal is said once. It is never remounted to show a new value, so an undo or an edit
 * elsewhere shows unless the person is typing.
 */
import { useLayoutEffect, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';

type AmountInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onBlur' | 'onChange' | 'onFocus' | 'onKeyDown'> & {
  /** The stored value as shown when the field is not being typed in ("$25,000" or "25000"). */
  readonly value: string;
  /** The stored value as text to edit, when it differs from how it is shown ("25000" for "$25,000"). */
  readonly editValue?: string;
  /** Called with the typed text when it differs from the stored value; false = refused (the owner said why). */
  readonly onCommit: (text: string) => boolean;
};

export function AmountInput({ value, editValue, onCommit, className, ...attributes }: AmountInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [isRefused, setRefused] = useState(false);
  // Set while the focus is being given back after a refusal, so that focus does not reset the draft.
  const refocusing = useRef(false);
  // The text last refused: leaving the field again with it unchanged gives up and puts the stored value back.
  const refused = useRef<string | null>(null);
  // A field shown formatted ("$12,000") is given its text to edit ("12000") by the render that
  // focus starts; setting a focused input's value drops its selection, so the text is selected
  // again after that render. Without it a click and "1200" typed into "$0" stored 12,000.
  const selectAfterRender = useRef<HTMLInputElement | null>(null);
  useLayoutEffect(() => {
    const input = selectAfterRender.current;
    selectAfterRender.current = null;
    if (input && document.activeElement === input) input.select();
  });
  const editable = editValue ?? value;
  const commit = (input: HTMLInputElement, movingTo: EventTarget | null): void => {
    if (draft === null) return;
    if (draft === editable || draft === refused.current || onCommit(draft)) {
      setDraft(null);
      setRefused(false);
      refused.current = null;
      return;
    }
    setRefused(true);
    refused.current = draft;
    refocusing.current = true;
    takeFocusBackAfter(input, movingTo, () => { refocusing.current = false; });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') {
      e.preventDefault();
      e.currentTarget.blur();
    } else if (e.key === 'Escape' && draft !== null) {
      e.stopPropagation();
      setDraft(null);
      setRefused(false);
      refused.current = null;
    }
  };
  return (
    <input {...attributes} className={[className, isRefused ? 'is-refused' : ''].filter(Boolean).join(' ') || undefined} aria-invalid={isRefused || undefined}
      value={draft ?? value}
      onFocus={(e) => {
        if (!refocusing.current && draft === null && editable !== value) selectAfterRender.current = e.currentTarget;
        if (!refocusing.current && draft === null) setDraft(editable);
        e.currentTarget.select();
      }}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={(e) => commit(e.currentTarget, e.relatedTarget)}
      onKeyDown={onKeyDown} />
  );
}

/**
 * Gives the focus back to a refused field once the blur (Tab, a click elsewhere) has finished
 * moving it: as the field it went to receives it, in the same step, or, when it went to no field,
 * on the next task, and then only if nothing has moved it since. A timer alone ran late when
 * drawing the refusal's notice kept the page busy, after a key pressed next (F6 to the notice)
 * had already moved the focus on, and took it from there.
 */
function takeFocusBackAfter(input: HTMLInputElement, movingTo: EventTarget | null, done: () => void): void {
  let isDone = false;
  const giveBack = (): void => {
    if (isDone) return;
    isDone = true;
    if (movingTo instanceof HTMLElement) movingTo.removeEventListener('focus', giveBack);
    done();
    const active = document.activeElement;
    const isUnmoved = active === null || active === document.body || active === movingTo;
    if (!input.isConnected || !isUnmoved) return;
    input.focus();
    input.select();
  };
  if (movingTo instanceof HTMLElement) movingTo.addEventListener('focus', giveBack, { once: true });
  // The fallback, and the only path when the focus went to no field (a click on the page).
  setTimeout(giveBack, 0);
}

/**
 * A list that does something with the option chosen in it and then shows its prompt again ("Link
 * an affected task…", "+ risk"). Chosen means clicked in the open list, or stepped to with the
 * arrow keys (or a typed first letter) and then Enter, as in a menu.
 *
 * A closed <select> in Chromium fires `change` at every arrow-key step. Acting on `change` alone
 * linked every option a keyboard passed on the way down (and the list, reset to its prompt after
 * each link, started again from the top, so the second option could not be reached without
 * linking the first). While the keyboard steps, the option is only shown; Enter acts on it, and
 * leaving the list (Tab, Esc, a click elsewhere) drops it.
 */
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** Keys that step a closed list's choice without opening it. */
const STEP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

export interface ActionPickerProps {
  readonly label: string;
  /** The first option, chosen by nothing: what the list is for. */
  readonly prompt: string;
  /** The options after the prompt (each an <option> with a non-empty value). */
  readonly children: ReactNode;
  readonly onPick: (value: string) => void;
  readonly className?: string;
}

export function ActionPicker({ label, prompt, children, onPick, className }: ActionPickerProps) {
  const [shown, setShown] = useState('');
  const stepping = useRef(false);
  const pick = (value: string): void => {
    setShown('');
    stepping.current = false;
    if (value !== '') onPick(value);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLSelectElement>): void => {
    if ((e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) || e.key === ' ' || e.key === 'F4') {
      stepping.current = false; // opens the list: a choice there is made by Enter or a click, and is acted on
      return;
    }
    if (STEP_KEYS.has(e.key) || (e.key.length === 1 && !e.ctrlKey && !e.metaKey && e.key !== ' ')) stepping.current = true;
    else if (e.key === 'Enter' && shown !== '') {
      // Enter acts here, not on the form or dialog around the list.
      e.preventDefault();
      e.stopPropagation();
      pick(shown);
    } else if (e.key === 'Escape' && shown !== '') {
      e.stopPropagation();
      setShown('');
      stepping.current = false;
    }
  };
  return (
    <select
      aria-label={label} className={className} value={shown} onKeyDown={onKeyDown}
      onChange={(e) => { if (stepping.current) setShown(e.target.value); else pick(e.target.value); }}
      onMouseDown={() => { stepping.current = false; }}
      onBlur={() => { setShown(''); stepping.current = false; }}
      title={shown === '' ? undefined : 'Enter to choose'}
    >
      <option value="">{prompt}</option>
      {children}
    </select>
  );
}

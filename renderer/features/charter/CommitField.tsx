/**
 * A text field that dispatches when left (blur or Enter) and only when its text changed; Esc,
 * and a refused edit (`onCommit` returning false), put the saved text back. A change made
 * elsewhere (an undo, another window) shows in the field at once unless the person is typing in
 * it (useValueUnlessTyping, as CommitInput): the field was keyed on the saved value, so another window's save
 * remounted it under the person's hands, and what they had typed and their focus were gone
 * (found by a helper). A long line also shows whole as the field's tooltip, where a narrow window cuts it off.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useValueUnlessTyping } from '../../components/use-value-unless-typing';

interface CommitFieldProps {
  readonly label: string;
  readonly value: string;
  /** False when the edit was refused (the notice says why). */
  readonly onCommit: (text: string) => boolean | void;
  readonly placeholder?: string;
  readonly className?: string;
  /** Several lines (Enter adds a line; the field commits when left). */
  readonly isMultiline?: boolean;
  readonly type?: 'text' | 'date' | 'number';
}

function onKeys(e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>, value: string, isMultiline: boolean): void {
  if (e.key === 'Escape') {
    e.currentTarget.value = value;
    e.currentTarget.blur();
  } else if (e.key === 'Enter' && !isMultiline) e.currentTarget.blur();
}

export function CommitField({ label, value, onCommit, placeholder, className, isMultiline = false, type = 'text' }: CommitFieldProps) {
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useValueUnlessTyping(field, value);
  const commit = (element: HTMLInputElement | HTMLTextAreaElement): void => {
    if (element.value !== value && onCommit(element.value) === false) element.value = value;
  };
  if (isMultiline) {
    return (
      <textarea ref={field} className={`text-input ${className ?? ''}`} aria-label={label} placeholder={placeholder} defaultValue={value} rows={3}
        onBlur={(e) => commit(e.target)} onKeyDown={(e) => onKeys(e, value, true)} />
    );
  }
  return (
    <input ref={field} className={`text-input ${className ?? ''}`} type={type} aria-label={label} placeholder={placeholder} defaultValue={value}
      title={type === 'text' && value.length > 40 ? value : undefined}
      onBlur={(e) => commit(e.target)} onKeyDown={(e) => onKeys(e, value, false)} />
  );
}

/** A line that adds an entry on Enter and clears itself when the entry went in. */
export function AddLine({ label, placeholder, onAdd }: { readonly label: string; readonly placeholder: string; readonly onAdd: (text: string) => boolean }) {
  return (
    <input className="text-input add-line" aria-label={label} placeholder={placeholder} onKeyDown={(e) => {
      if (e.key === 'Enter' && e.currentTarget.value.trim() && onAdd(e.currentTarget.value)) e.currentTarget.value = '';
    }} />
  );
}

/**
 * A text field that edits one value of the model: what is typed is committed on blur, and a change
 * made elsewhere (undo, another window, a rename that also sets the initials) shows in the field
 * unless the person is typing in it. It is never remounted to show a new value: remounting the
 * field that Tab just moved to would drop the focus, and the next keys would go nowhere.
 */
import { useLayoutEffect, useRef, type InputHTMLAttributes } from 'react';

type CommitInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onBlur' | 'onChange'> & {
  readonly value: string;
  /** Called on blur when the text differs from `value`. */
  readonly onCommit: (text: string) => void;
};

export function CommitInput({ value, onCommit, ...attributes }: CommitInputProps) {
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const element = input.current;
    if (element && element.ownerDocument.activeElement !== element) element.value = value;
  }, [value]);
  return <input ref={input} defaultValue={value} onBlur={(e) => { if (e.target.value !== value) onCommit(e.target.value); }} {...attributes} />;
}

/**
 * A text field that edits one value of the model: what is typed is committed on blur, and a change
 * made elsewhere (undo, another window, a rename that also sets the initials) shows in the field
 * unless the person is typing in it. It is never remounted to show a new value: remounting the
 * field that Tab just moved to would drop the focus, and the next keys would go nowhere.
 *
 * When the owner refuses what was typed (`onCommit` returns false, having said why), the text
 * stays in the field, marked invalid, so the person corrects it rather than typing it again, as
 * the stakeholder register keeps a refused e-mail address; leaving it with the stored value, or a
 * commit that is taken, clears the mark, and Esc puts the stored value back.
 */
import { useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { useValueUnlessTyping } from './use-value-unless-typing';

type CommitInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onBlur' | 'onChange'> & {
  readonly value: string;
  /** Called on blur when the text differs from `value`; false = refused (the owner said why). */
  readonly onCommit: (text: string) => boolean | void;
};

export function CommitInput({ value, onCommit, className, ...attributes }: CommitInputProps) {
  const input = useRef<HTMLInputElement>(null);
  const [isRefused, setRefused] = useState(false);
  useValueUnlessTyping(input, value);
  const onBlur = (text: string): void => setRefused(text !== value && onCommit(text) === false);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key !== 'Escape' || e.currentTarget.value === value) return;
    e.stopPropagation();
    e.currentTarget.value = value;
    setRefused(false);
  };
  return (
    <input ref={input} defaultValue={value} onBlur={(e) => onBlur(e.target.value)} onKeyDown={onKeyDown} {...attributes}
      className={[className, isRefused ? 'is-refused' : ''].filter(Boolean).join(' ') || undefined} aria-invalid={isRefused || undefined} />
  );
}

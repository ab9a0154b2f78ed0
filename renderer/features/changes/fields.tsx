/** Form fields of the change log that commit on blur or Enter (one command per edit, not per keystroke). */
import type { Ref } from 'react';
import type { ChangeFields } from '../../domain/commands';

/** False when the edit was refused (the notice says why). */
export type Update = (changes: ChangeFields) => boolean;

export function TextField({ label, value, onCommit, multiline, wide, list, inputRef }: {
  label: string; value: string; onCommit: (value: string) => boolean | void; multiline?: boolean; wide?: boolean; list?: string; inputRef?: Ref<HTMLInputElement>;
}) {
  // A refused edit (an empty title) puts the stored text back, so leaving the field does not refuse it again.
  const commit = (field: HTMLInputElement | HTMLTextAreaElement): void => {
    if (field.value !== value && onCommit(field.value) === false) field.value = value;
  };
  return (
    <label className={wide ? 'field wide' : 'field'}>{label}
      {multiline
        ? <textarea key={value} className="text-input" defaultValue={value} onBlur={(e) => commit(e.target)} />
        : <input key={value} ref={inputRef} className="text-input" defaultValue={value} list={list} onBlur={(e) => commit(e.target)}
          onKeyDown={(e) => { if (e.key === 'Enter') commit(e.currentTarget); }} />}
    </label>
  );
}

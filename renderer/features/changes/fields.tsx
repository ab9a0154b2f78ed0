/** Form fields of the change log that commit on blur or Enter (one command per edit, not per keystroke). */
import type { ChangeFields } from '../../domain/commands';

export type Update = (changes: ChangeFields) => void;

export function TextField({ label, value, onCommit, multiline, wide, list }: {
  label: string; value: string; onCommit: (value: string) => void; multiline?: boolean; wide?: boolean; list?: string;
}) {
  const commit = (next: string): void => { if (next !== value) onCommit(next); };
  return (
    <label className={wide ? 'field wide' : 'field'}>{label}
      {multiline
        ? <textarea key={value} className="text-input" defaultValue={value} onBlur={(e) => commit(e.target.value)} />
        : <input key={value} className="text-input" defaultValue={value} list={list} onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') commit(e.currentTarget.value); }} />}
    </label>
  );
}

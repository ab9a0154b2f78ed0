/** "+ Add column": a name and what the column means for progress (its category). */
import { useState, type FormEvent } from 'react';
import type { ColumnCategory } from '../../domain/model';
import { asColumnCategory, COLUMN_CATEGORIES } from './column-categories';

export function AddColumn({ onAdd }: { onAdd: (name: string, category: ColumnCategory) => boolean }) {
  const [isOpen, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [category, setCategory] = useState<ColumnCategory>('started');
  if (!isOpen) {
    return <button type="button" className="add-column" onClick={() => setOpen(true)}>+ Add column</button>;
  }
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (onAdd(name, category)) {
      setName('');
      setOpen(false);
    }
  };
  return (
    <form className="add-column add-column--form" onSubmit={submit} aria-label="Add column">
      <input autoFocus aria-label="Column name" placeholder="Column name" value={name} onChange={(e) => setName(e.target.value)} />
      <select aria-label="Column category" value={category} onChange={(e) => setCategory(asColumnCategory(e.target.value) ?? category)}>
        {COLUMN_CATEGORIES.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </select>
      <div className="column-menu__row">
        <button type="submit">Add</button>
        <button type="button" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}

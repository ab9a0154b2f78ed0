/** Quick add: a name field at the top of a column; Enter adds the card first in that column. */
import { useState, type KeyboardEvent } from 'react';

interface Props {
  readonly columnName: string;
  readonly onAdd: (name: string) => boolean;
  readonly onClose: () => void;
}

export function QuickAdd({ columnName, onAdd, onClose }: Props) {
  const [name, setName] = useState('');
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Escape') onClose();
    if (event.key !== 'Enter' || !name.trim()) return;
    // Stays open for the next card, as Linear's and Trello's quick add do.
    if (onAdd(name.trim())) setName('');
  };
  return (
    <div className="quick-add">
      <input
        autoFocus value={name} aria-label={`New card in '${columnName}'`} placeholder="Card name, Enter to add"
        onChange={(e) => setName(e.target.value)} onKeyDown={onKeyDown} onBlur={() => !name.trim() && onClose()}
      />
    </div>
  );
}

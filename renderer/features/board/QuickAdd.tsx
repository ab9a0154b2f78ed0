/** Quick add: a name field at the top of a column or lane cell; Enter adds the card first there. */
import { useState, type KeyboardEvent } from 'react';

interface Props {
  /** The field's accessible name: "New card in 'To do'". */
  readonly label: string;
  readonly onAdd: (name: string) => boolean;
  readonly onClose: () => void;
}

export function QuickAdd({ label, onAdd, onClose }: Props) {
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
        autoFocus value={name} aria-label={label} placeholder="Card name, Enter to add"
        onChange={(e) => setName(e.target.value)} onKeyDown={onKeyDown} onBlur={() => !name.trim() && onClose()}
      />
    </div>
  );
}

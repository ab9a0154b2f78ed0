/** Ctrl+F: find tasks by name and filter the table to them; Enter/F3 goes to the next, Esc closes. */
import { useEffect, useRef } from 'react';
import './tasks.css';

interface Props {
  readonly query: string;
  readonly matches: number;
  readonly onQuery: (query: string) => void;
  readonly onNext: (backwards: boolean) => void;
  readonly onClose: () => void;
}

export function FindBar({ query, matches, onQuery, onNext, onClose }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => { input.current?.focus(); input.current?.select(); }, []);
  return (
    <div className="find-bar" role="search" aria-label="Find tasks">
      <input ref={input} className="text-input" type="search" aria-label="Find tasks" placeholder="Find tasks by name" value={query}
        onChange={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); onClose(); }
          if (e.key === 'Enter' || e.key === 'F3') { e.preventDefault(); onNext(e.shiftKey); }
        }} />
      <span className="muted" aria-live="polite">{query ? `${String(matches)} ${matches === 1 ? 'match' : 'matches'}` : ''}</span>
      <button type="button" className="button" onClick={onClose}>Close</button>
    </div>
  );
}

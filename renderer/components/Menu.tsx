/**
 * A menu button's menu (WAI-ARIA menu button pattern) on the shared Popover: arrow keys move
 * between items and wrap, Home/End jump, Enter or Space choose, Escape or a press outside close,
 * and focus goes back to the button. `useMenuButton` wires the button.
 */
import { useCallback, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { Popover } from './Popover';

export type MenuEntry =
  | { readonly kind?: 'item'; readonly label: string; readonly onSelect: () => void; readonly disabled?: boolean; readonly title?: string }
  | { readonly kind: 'heading'; readonly label: string };

export interface MenuProps {
  readonly anchor: HTMLElement | null;
  readonly label: string;
  readonly entries: readonly MenuEntry[];
  readonly onClose: () => void;
  /** Which item takes focus on open: the first (Enter, Space, ArrowDown, click) or the last (ArrowUp). */
  readonly focusFirst?: 'first' | 'last';
  readonly className?: string;
}

/** The index focus moves to for a key, among `count` enabled items, or null for other keys. Pure. */
export function nextMenuIndex(key: string, at: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown': return at < 0 ? 0 : (at + 1) % count;
    case 'ArrowUp': return at < 0 ? count - 1 : (at - 1 + count) % count;
    case 'Home': return 0;
    case 'End': return count - 1;
    default: return null;
  }
}

function onMenuKey(e: KeyboardEvent<HTMLDivElement>): void {
  const items = Array.from(e.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)'));
  const next = nextMenuIndex(e.key, items.indexOf(document.activeElement as HTMLElement), items.length);
  if (next === null) return;
  e.preventDefault();
  e.stopPropagation();
  items[next]?.focus();
}

export function Menu({ anchor, label, entries, onClose, focusFirst = 'first', className }: MenuProps) {
  const enabled = entries.filter((e) => e.kind !== 'heading' && !e.disabled);
  const focusIndex = focusFirst === 'last' ? enabled.length - 1 : 0;
  return (
    <Popover anchor={anchor} label={label} role="menu" onClose={onClose} autoFocus={false} placement="bottom-start"
      className={`popover-menu${className ? ` ${className}` : ''}`} onKeyDown={onMenuKey}>
      {entries.map((entry, i) => (entry.kind === 'heading'
        ? <div key={`h${String(i)}`} className="menu-heading" role="presentation">{entry.label}</div>
        : (
          <button key={`${entry.label}-${String(i)}`} type="button" role="menuitem" className="menu-item" disabled={entry.disabled}
            title={entry.title} tabIndex={-1} autoFocus={enabled[focusIndex] === entry}
            onClick={() => { onClose(); entry.onSelect(); }}>
            {entry.label}
          </button>
        )))}
    </Popover>
  );
}

/**
 * Open state and the props of the button that opens a menu or popover: toggles on click, opens
 * from the keyboard with ArrowDown (first item) or ArrowUp (last), and knows its element so the
 * popover can anchor to it and give focus back. The element is taken from the event that opens
 * the popover: taken by a ref callback, it re-rendered every toolbar holding such a button once
 * more as it mounted, before the first paint (the Gantt's toolbar on every opening).
 */
export function useMenuButton(popup: 'menu' | 'dialog' = 'menu') {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const close = useCallback(() => setOpen(false), []);
  const buttonProps = {
    'aria-haspopup': popup,
    'aria-expanded': open !== false,
    onClick: (e: MouseEvent<HTMLElement>) => {
      setAnchor(e.currentTarget);
      setOpen((o) => (o ? false : 'first'));
    },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (popup !== 'menu' || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
      e.preventDefault();
      setAnchor(e.currentTarget);
      setOpen(e.key === 'ArrowUp' ? 'last' : 'first');
    },
  } as const;
  return { anchor, isOpen: open !== false, focusFirst: open === 'last' ? 'last' as const : 'first' as const, close, buttonProps };
}

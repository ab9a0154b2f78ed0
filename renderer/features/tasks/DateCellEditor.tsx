/**
 * The Start and Finish cells' editor: typing stays the primary path (the text input, with the
 * task table's Enter/Tab/Esc), and a calendar hangs below the cell (the shared Popover, flipped
 * above when the cell is near the bottom of the window). ↓ or Alt+↓ moves into the calendar:
 * arrows, PageUp/PageDown and Enter pick there; Esc in the calendar returns to the typed text.
 */
import { useMemo, useRef, useState } from 'react';
import { CalendarMonth } from '../../components/CalendarMonth';
import { readTypedDate, todayIso } from '../../components/locale-date';
import { Popover } from '../../components/Popover';
import { editorKeyExit as keyExit, type EditorExit } from './use-grid';

interface Props {
  readonly initialText: string;
  readonly seed: string | null;
  readonly label: string;
  readonly onCommit: (text: string, exit: EditorExit) => boolean;
  readonly onCancel: () => void;
}

export function DateCellEditor({ initialText, seed, label, onCommit, onCancel }: Props) {
  const [text, setText] = useState(seed ?? initialText);
  const [isRefused, setRefused] = useState(false);
  const [isPicking, setPicking] = useState(false);
  const [isShown, setShown] = useState(true);
  const [cell, setCell] = useState<HTMLElement | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const calendar = useRef<HTMLDivElement | null>(null);
  const isClosed = useRef(false);
  const finish = (value: string, exit: EditorExit): void => {
    if (isClosed.current) return;
    // Closed before the commit runs: it moves focus to the grid, and the blur raised inside it must
    // not commit the text again (a weekend start, shown as the Monday it moved to, differs from the
    // text and was dispatched twice: two undo steps for one edit).
    isClosed.current = true;
    const accepted = onCommit(value, exit);
    isClosed.current = accepted;
    setRefused(!accepted);
  };
  const typed = readTypedDate(text);
  const backToText = (): void => { setPicking(false); input.current?.focus(); };
  // Hangs from the cell but gives focus back to the text (what had it when the calendar opened).
  const anchor = useMemo(() => (cell ? { getBoundingClientRect: () => cell.getBoundingClientRect(), contextElement: cell } : null), [cell]);
  return (
    <>
      <input
        ref={(el) => { input.current = el; setCell(el?.parentElement ?? null); }}
        className="cell-input"
        aria-label={label}
        aria-invalid={isRefused}
        aria-haspopup="dialog"
        type="text"
        value={text}
        autoFocus
        // Focus back in the text (Esc in the calendar, or the calendar hidden with its cell scrolled away) ends picking: ↓ goes back in.
        onFocus={(e) => { setPicking(false); if (seed === null) e.currentTarget.select(); else e.currentTarget.setSelectionRange(text.length, text.length); }}
        onChange={(e) => { setText(e.currentTarget.value); setRefused(false); }}
        // Moving into the calendar is not leaving the cell.
        onBlur={(e) => { if (!isRefused && !calendar.current?.contains(e.relatedTarget)) finish(text, 'stay'); }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'ArrowDown' && isShown) { e.preventDefault(); setPicking(true); return; }
          if (e.key === 'ArrowDown' && e.altKey) { e.preventDefault(); setShown(true); setPicking(true); return; }
          const exit = keyExit(e);
          if (!exit) return;
          e.preventDefault();
          if (exit === 'cancel') { isClosed.current = true; onCancel(); } else finish(text, exit);
        }}
      />
      {anchor && isShown ? (
        <Popover anchor={anchor} className="date-picker" label={`Calendar for ${label}`} autoFocus={false}
          onClose={(reason) => {
            if (reason === 'escape') backToText();
            else if (isPicking) finish(text, 'stay');
            else setShown(false);
          }}>
          {/* The grid underneath must not see the calendar's keys; Escape is the popover's. */}
          <div ref={calendar} onKeyDown={(e) => { if (e.key !== 'Escape') e.stopPropagation(); }}>
            <CalendarMonth value={initialText} initialFocus={typed.ok ? typed.date : initialText || todayIso()} today={todayIso()} hasFocus={isPicking}
              onPick={(date) => { setText(date); finish(date, 'here'); }} />
          </div>
        </Popover>
      ) : null}
    </>
  );
}

/**
 * An entry grid's keyboard focus while no cell is being edited (see use-grid.ts): a text field
 * that takes what a dead key or an input method composes. It is invisible until a composition
 * starts; then it is laid over the active cell, so the person sees the "¨" or the "にほん" they are
 * composing where the text will go, and the IME's word list opens beside that cell.
 *
 * A text field always matches :focus-visible, so the grid's focus ring is drawn from how the
 * focus came instead (data-focus-by on the grid): by a key (Tab into the grid, an arrow), as the
 * grid element's own :focus-visible did, and not after a click on a cell.
 */
import { useCallback, useEffect, useState, type CSSProperties, type FocusEvent, type RefObject } from 'react';
import type { TypeAhead } from './use-grid';

const CLASS_NAME = 'grid-type-ahead';

/** Whether `element` is an entry grid's type-ahead field (the grid's focus, not a text field for Ctrl+Z). */
export function isGridTypeAhead(element: Element): boolean {
  return element.classList.contains(CLASS_NAME);
}

interface Props {
  readonly typeAhead: TypeAhead;
  /** The active cell, as a screen reader names the field, row then column ("Design review, Duration"). */
  readonly label: string;
  /** The grid element: the active cell is found in it by its aria-selected gridcell. */
  readonly grid: RefObject<HTMLElement | null>;
}

export function GridTypeAhead({ typeAhead, label, grid }: Props) {
  const { ref, isComposing, onCompositionStart, onCompositionEnd, onInput } = typeAhead;
  const [over, setOver] = useState<CSSProperties | null>(null);
  // Fixed over the active cell's box, read at each composed key, so a window resized or a grid
  // scrolled while composing still finds it.
  const activeCell = useCallback(() => grid.current?.querySelector<HTMLElement>('[role="gridcell"][aria-selected="true"]') ?? null, [grid]);
  const place = useCallback((): void => {
    const box = activeCell()?.getBoundingClientRect();
    setOver(box ? { top: box.top, left: box.left, width: box.width, height: box.height } : null);
  }, [activeCell]);
  // The cell's box can change between composed keys: a window resized re-fits the task name's
  // width (column-layout.ts fitNameColumn) a frame later. The field follows it then.
  useEffect(() => {
    const cell = isComposing ? activeCell() : null;
    if (!cell || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(place);
    observer.observe(cell);
    window.addEventListener('resize', place);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', place);
    };
  }, [isComposing, activeCell, place]);
  useEffect(() => {
    const el = grid.current;
    if (!el) return undefined;
    const byPointer = (): void => { el.dataset['focusBy'] = 'pointer'; };
    const byKey = (): void => { el.dataset['focusBy'] = 'keyboard'; };
    el.addEventListener('pointerdown', byPointer, true);
    el.addEventListener('keydown', byKey, true);
    return () => {
      el.removeEventListener('pointerdown', byPointer, true);
      el.removeEventListener('keydown', byKey, true);
    };
  }, [grid]);
  // Focus from outside the grid without a press in it (Tab, Shift+Tab) is keyboard focus.
  const onFocus = (e: FocusEvent): void => {
    const el = grid.current;
    if (el && !(e.relatedTarget instanceof Node && el.contains(e.relatedTarget)) && el.dataset['focusBy'] !== 'pointer') el.dataset['focusBy'] = 'keyboard';
  };
  return (
    <textarea
      ref={ref}
      className={`${CLASS_NAME}${isComposing ? ' is-composing' : ''}`}
      style={isComposing && over ? over : undefined}
      aria-label={label}
      rows={1}
      autoComplete="off"
      autoCorrect="off"
      autoCapitalize="off"
      spellCheck={false}
      onFocus={onFocus}
      onBlur={(e) => { const el = grid.current; if (el && !(e.relatedTarget instanceof Node && el.contains(e.relatedTarget))) delete el.dataset['focusBy']; }}
      onCompositionStart={(e) => { place(); onCompositionStart(e); }}
      onCompositionUpdate={place}
      onCompositionEnd={onCompositionEnd}
      onInput={onInput}
    />
  );
}

/**
 * A modal dialog: focus moves in on open, Esc closes, Ctrl+Enter (Cmd+Enter on a Mac) runs its
 * main action when it has one, and focus returns to where it was.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useScrollEdges } from './use-scroll-edges';

export interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  /** What Esc does, when it is not simply onClose (an editor that cancels what was being typed). */
  readonly onEscape?: () => void;
  /**
   * The dialog's main action (Save, OK), run by Ctrl+Enter or Cmd+Enter from any field: in a
   * multi-line field Enter starts a new line, so the person needs another key to finish.
   */
  readonly onSubmit?: () => void;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly width?: number;
}

/**
 * The keys every dialog's onKeyDown below answers, as the keyboard shortcut sheet lists them (in
 * the grid tables' spelling). Project settings and Task information pass an onSubmit.
 */
export const DIALOG_KEYS: readonly { readonly keys: string; readonly label: string }[] = [
  { keys: 'Escape', label: 'Close the dialog, as Cancel does' },
  { keys: 'Ctrl+Enter', label: 'Save Project settings or Task information from any field (Enter in a multi-line field starts a new line)' },
];

/**
 * The modal dialogs open now, the newest last, for what must keep clear of the one on top (the
 * shell's notices). Kept here, beside the only thing that opens them, rather than in a store: the
 * boxes are DOM elements, not state a plan or a view setting holds.
 */
let openModals: readonly HTMLElement[] = [];
const modalListeners = new Set<() => void>();

function setOpenModals(next: readonly HTMLElement[]): void {
  openModals = next;
  for (const listener of modalListeners) listener();
}

function subscribeToModals(listener: () => void): () => void {
  modalListeners.add(listener);
  return () => { modalListeners.delete(listener); };
}

/** The box of the modal dialog on top now, read outside React's render (when a notice is raised). */
export function topModalNow(): HTMLElement | null {
  return openModals.at(-1) ?? null;
}

/** The box of the modal dialog on top (the one the keyboard is in), or null when none is open. */
export function useTopModal(): HTMLElement | null {
  return useSyncExternalStore(subscribeToModals, () => openModals.at(-1) ?? null, () => null);
}

/**
 * Puts the keyboard back on a modal dialog that lost it to nothing. Chromium makes a scrolling
 * body focusable, and drops the focus to the page when the window grows until the body no longer
 * scrolls: Esc and Ctrl+Enter, answered by the dialog, then did nothing (a tester's report). Only
 * for the dialog on top, still open, and when the focus really went to the page (a window that
 * loses the focus to another app keeps its active element).
 */
function keepFocusIn(box: HTMLElement): void {
  setTimeout(() => {
    const active = document.activeElement;
    if (box.isConnected && topModalNow() === box && (active === null || active === document.body)) box.focus({ preventScroll: true });
  }, 0);
}

export function Dialog({ title, onClose, onEscape, onSubmit, children, footer, width }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  const { hasMoreAbove, hasMoreBelow } = useScrollEdges(body);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    // A dialog that only asks to go ahead (a file's summary before it opens) marks its main button
    // data-autofocus, so Enter does what the dialog is for; else the first field or button.
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)')
      ?? ref.current?.querySelector<HTMLElement>('input, select, textarea, button:not([data-close])');
    (first ?? ref.current)?.focus();
    return () => previous?.focus({ preventScroll: true });
  }, []);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    setOpenModals([...openModals, box]);
    return () => setOpenModals(openModals.filter((open) => open !== box));
  }, []);
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div
        ref={ref}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        style={width ? { width: `min(${String(width)}px, calc(100vw - 32px))` } : undefined}
        onBlur={(e) => { if (e.relatedTarget === null) keepFocusIn(e.currentTarget); }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            (onEscape ?? onClose)();
          } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && onSubmit && !e.nativeEvent.isComposing) {
            // Also keeps a form's own Enter submit from running the action a second time.
            e.preventDefault();
            e.stopPropagation();
            onSubmit();
          }
        }}
      >
        <header><h2 id={titleId}>{title}</h2></header>
        {/* A body taller than the window scrolls, faded at the edge where there is more (app.css). */}
        <div ref={setBody} className="dialog-body" data-more-above={hasMoreAbove ? '' : undefined} data-more-below={hasMoreBelow ? '' : undefined}>{children}</div>
        {footer ? <footer>{footer}</footer> : null}
      </div>
    </div>
  );
}

/** Asks before something destructive; the confirm button says what will happen. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel }: {
  title: string; message: ReactNode; confirmLabel: string; onConfirm: () => void; onCancel: () => void;
}) {
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      footer={<>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
        <button type="button" className="button danger" onClick={onConfirm}>{confirmLabel}</button>
      </>}
    >
      <p style={{ margin: 0 }}>{message}</p>
    </Dialog>
  );
}

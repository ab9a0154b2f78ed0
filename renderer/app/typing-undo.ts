/**
 * Whether Ctrl+Z in a field undoes the typing in it or the plan's last edit. It undoes the typing
 * only while the field holds text the person typed. A field with nothing typed since it got the
 * focus (Tab just moved there from the rate they changed), or whose typing the app has already
 * taken (Enter on "New decision" records it and empties the field), has no typing of its own to
 * undo: there the browser's undo did nothing, and the plan's edit could only be undone with the
 * mouse. Choices (selects, checkboxes) are never typing: their change is the plan's edit.
 */
import { isGridTypeAhead } from '../features/tasks/GridTypeAhead';

interface FieldTyping {
  /** The field's text as the person last typed it; null when nothing was typed since it got the focus. */
  lastTyped: string | null;
}

const typingByField = new WeakMap<EventTarget, FieldTyping>();

const CHOICE_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Follows focus and typing in `doc` so `hasTypingToUndo` can tell; returns the clean-up. */
export function trackTyping(doc: Document): () => void {
  const onFocus = (e: FocusEvent): void => { if (e.target) typingByField.set(e.target, { lastTyped: null }); };
  const onInput = (e: Event): void => {
    const field = e.target;
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) typingByField.set(field, { lastTyped: field.value });
  };
  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('input', onInput, true);
  return () => {
    doc.removeEventListener('focusin', onFocus, true);
    doc.removeEventListener('input', onInput, true);
  };
}

/** True when Ctrl+Z (and redo) at `target` belongs to the field's own typing, not to the plan. */
export function hasTypingToUndo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || isGridTypeAhead(target)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement && CHOICE_INPUTS.has(target.type)) return false;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return false;
  // A field focused before tracking began is taken to hold typing: the browser's undo, as before.
  const typing = typingByField.get(target);
  if (!typing) return true;
  return typing.lastTyped !== null && typing.lastTyped === target.value;
}

/**
 * Every field in the app commits what was typed when it is left (blur: Tab, Enter, a click
 * elsewhere), each by its own rules. A reload (Ctrl+R, F5, the app restarting) or the window
 * closing does not leave the field, so what was typed and not yet left went with the page. Leaving
 * the focused field for it, by blurring it, runs that field's own commit: one path, so a value the
 * field refuses (an impossible date, a negative rate) is refused as on Tab, not stored, and a taken
 * value is dispatched, whose write is sent to IndexedDB inside the dispatch, before the page goes.
 */

/** Leaves the focused field, committing what was typed in it the way leaving it always does. */
export function commitFocusedField(page: Pick<Document, 'activeElement' | 'body'>): void {
  const focused = page.activeElement;
  // Only an HTML control holds typed text; the body holding the focus means no field does.
  if (focused instanceof HTMLElement && focused !== page.body) focused.blur();
}

/**
 * Commits the focused field when the page is about to go. Chromium and Electron fire beforeunload
 * and then pagehide on a reload and on a window closing; the first one leaves the field, and the
 * second finds nothing focused. visibilitychange is not used: a window only hidden keeps its page,
 * and the browser already blurs the field when its window loses the focus. Returns the unsubscribe.
 */
export function commitFocusedFieldWhenPageGoes(
  page: Pick<Document, 'activeElement' | 'body'>,
  view: Pick<Window, 'addEventListener' | 'removeEventListener'>,
): () => void {
  const commit = (): void => commitFocusedField(page);
  view.addEventListener('beforeunload', commit);
  view.addEventListener('pagehide', commit);
  return () => {
    view.removeEventListener('beforeunload', commit);
    view.removeEventListener('pagehide', commit);
  };
}

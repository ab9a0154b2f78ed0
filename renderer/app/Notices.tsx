/**
 * Transient messages (refused edits, failed writes, "Project deleted — Undo"). They keep clear of
 * what the person works on: of an open modal dialog's box (notice-rules.ts says which show over
 * it), and of the focused cell or field. A long one shows three lines and More. F6 takes the
 * keyboard to the newest notice and back; Esc on a notice dismisses it.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { topModalNow, useTopModal } from '../components/Dialog';
import { useSession, useSessionStore, useUi, useUiStore, type Notice } from '../store';
import { noticesToShow, noticeTimeoutMs } from './notice-rules';
import { useNoticePlacement } from './use-notice-placement';

/** `viewArea`: the app's view area, under the top bar and banners, which the notices keep clear of. */
export function Notices({ viewArea }: { viewArea: RefObject<HTMLElement | null> }) {
  const notices = useUi((s) => s.notices);
  const ui = useUiStore();
  const problem = useSession((s) => s.lastProblem);
  const session = useSessionStore();

  // A refusal is about the edit just tried: once an edit goes through (a new step to undo), the
  // person has moved on or corrected it, and "'abc' is not a duration" must not sit over the
  // corrected cell. Sticky notices (data not saved) stay until dismissed.
  // Only notices shown before that step go: one raised with it (the same event) is about it, and stays.
  const lastStep = useSession((s) => s.history.undo[s.history.undo.length - 1]);
  const seenStep = useRef(lastStep);
  const shownBefore = useRef<ReadonlySet<number>>(new Set());
  useEffect(() => {
    const earlier = shownBefore.current;
    shownBefore.current = new Set(notices.map((n) => n.id));
    if (lastStep === seenStep.current) return;
    seenStep.current = lastStep;
    if (lastStep === undefined) return;
    for (const n of notices) if (n.tone === 'error' && n.sticky !== true && earlier.has(n.id)) ui.getState().dismiss(n.id);
  }, [lastStep, notices, ui]);

  // A refused edit becomes a notice, so every view reports refusals the same way.
  useEffect(() => {
    if (!problem) return;
    ui.getState().notify({ tone: 'error', message: problem.where ? `${problem.where}: ${problem.message}` : problem.message });
    session.getState().clearProblem();
  }, [problem, ui, session]);

  const topModal = useTopModal();
  // Where each notice was raised, noted when it is first drawn: in the modal dialog on top then,
  // unless the focus was outside it. Noted during the render that first draws it, because that
  // render decides whether it shows over the dialog; the same notice gives the same answer again.
  const origins = useRef(new Map<number, HTMLElement | null>());
  for (const n of notices) if (!origins.current.has(n.id)) origins.current.set(n.id, raisedIn());
  for (const id of origins.current.keys()) if (!notices.some((n) => n.id === id)) origins.current.delete(id);
  const { shown } = noticesToShow(notices, (id) => origins.current.get(id) ?? null, topModal);

  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [stack, setStack] = useState<HTMLDivElement | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const dismiss = useCallback((id: number) => {
    const hadFocus = stack?.contains(document.activeElement) ?? false;
    ui.getState().dismiss(id);
    if (hadFocus) (returnFocus.current?.isConnected === true ? returnFocus.current : topModalNow())?.focus({ preventScroll: true });
  }, [stack, ui]);
  // A notice opened to be read whole stays until dismissed.
  useNoticeTimers(shown.filter((n) => !expanded.has(n.id)), dismiss);
  useFocusKey(stack, returnFocus);
  const { place, style } = useNoticePlacement(stack, topModal, shown.length, viewArea);

  return (
    <div ref={setStack} className="notices" role="status" aria-live="polite" data-place={place} style={style}
      // A press on a notice's button leaves the focus where it is: a refused field that lost it
      // would give up the text the person typed, which the notice asks them to correct.
      onMouseDown={(e) => { if (e.target instanceof Element && e.target.closest('button')) e.preventDefault(); }}>
      {shown.map((n) => (
        <NoticeCard key={n.id} notice={n} isExpanded={expanded.has(n.id)}
          onExpand={() => setExpanded((ids) => new Set([...ids, n.id]))} onDismiss={() => dismiss(n.id)} />
      ))}
    </div>
  );
}

/** The modal dialog a notice raised now is about: the one on top, when the focus is in it or nowhere. */
function raisedIn(): HTMLElement | null {
  const modal = topModalNow();
  const active = document.activeElement;
  return modal !== null && (active === null || active === document.body || modal.contains(active)) ? modal : null;
}

/**
 * Each notice shown times out on its own clock from when it appeared: a later notice (or a
 * re-render) must not restart an earlier one's ("Baseline saved." stayed up while other notices
 * came and went). One that waits behind a dialog has its clock stopped, and a fresh one when it shows.
 */
function useNoticeTimers(timed: readonly Notice[], dismiss: (id: number) => void): void {
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const live = new Set(timed.map((n) => n.id));
    for (const [id, timer] of timers.current) {
      if (!live.has(id)) { clearTimeout(timer); timers.current.delete(id); }
    }
    for (const n of timed) {
      const ms = noticeTimeoutMs(n);
      if (ms === null || timers.current.has(n.id)) continue;
      timers.current.set(n.id, setTimeout(() => { timers.current.delete(n.id); dismiss(n.id); }, ms));
    }
  });
  useEffect(() => {
    const all = timers.current;
    return () => { for (const timer of all.values()) clearTimeout(timer); all.clear(); };
  }, []);
}

/**
 * F6 takes the keyboard to the newest notice's first button and, pressed there, back to where it
 * was (as F6 reaches Office's message bar): the notices are outside the dialog, which Tab stays near.
 */
function useFocusKey(stack: HTMLElement | null, returnFocus: { current: HTMLElement | null }): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'F6' || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || !stack) return;
      const active = document.activeElement;
      if (stack.contains(active)) {
        e.preventDefault();
        returnFocus.current?.focus({ preventScroll: true });
        return;
      }
      const newest = stack.querySelector<HTMLElement>('.notice:last-child button');
      if (!newest) return;
      e.preventDefault();
      returnFocus.current = active instanceof HTMLElement ? active : null;
      newest.focus({ preventScroll: true });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [stack, returnFocus]);
}

function NoticeCard({ notice, isExpanded, onExpand, onDismiss }: {
  notice: Notice; isExpanded: boolean; onExpand: () => void; onDismiss: () => void;
}) {
  const message = useRef<HTMLSpanElement>(null);
  const [isClamped, setClamped] = useState(false);
  useLayoutEffect(() => {
    const el = message.current;
    if (!el || isExpanded) return undefined;
    const measure = (): void => setClamped(el.scrollHeight > el.clientHeight + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const resized = new ResizeObserver(measure);
    resized.observe(el);
    return () => resized.disconnect();
  }, [notice.message, isExpanded]);
  return (
    <div className="notice" data-tone={notice.tone} role={notice.tone === 'error' ? 'alert' : undefined} data-expanded={isExpanded ? '' : undefined}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onDismiss();
      }}>
      <span ref={message} className="notice-message">{notice.message}</span>
      {isClamped && !isExpanded ? <button type="button" className="button" onClick={onExpand}>More</button> : null}
      {notice.action ? (
        <button type="button" className="button" onClick={() => { notice.action?.run(); onDismiss(); }}>{notice.action.label}</button>
      ) : null}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>×</button>
    </div>
  );
}

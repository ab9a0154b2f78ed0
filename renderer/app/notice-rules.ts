/**
 * Which notices a person sees while a modal dialog is open, where the stack goes so it covers
 * nothing they are working on, and how long each stays. Plain functions over boxes and ids, so the
 * rules are tested without a layout engine; Notices.tsx and use-notice-placement.ts measure.
 */
import type { Notice } from '../store';

/**
 * The notices to show now, and those that wait. With no modal dialog open, all show. With one
 * open, a notice about what the person just did in it (raised while it was on top) and every error
 * (a refused value, data not saved) show above its backdrop; the rest ("Exported …" from before it
 * opened) wait, their clocks stopped, and show again when it closes: a person who opened Export
 * again needs its buttons, not the last export's news.
 */
export function noticesToShow<Box>(
  notices: readonly Notice[], originOf: (id: number) => Box | null, topModal: Box | null,
): { readonly shown: readonly Notice[]; readonly waiting: readonly Notice[] } {
  if (topModal === null) return { shown: notices, waiting: [] };
  const shown: Notice[] = [];
  const waiting: Notice[] = [];
  for (const n of notices) (n.tone === 'error' || originOf(n.id) === topModal ? shown : waiting).push(n);
  return { shown, waiting };
}

/** The keys the notices answer (Notices.tsx), as the keyboard shortcut sheet lists them. */
export const NOTICE_KEYS: readonly { readonly keys: string; readonly label: string }[] = [
  { keys: 'F6', label: 'Go to the newest notice; again, back to where you were' },
  { keys: 'Escape', label: 'Dismiss the notice you are on' },
];

/** Reading time a notice needs, in ms per character (about 200 words a minute). */
const READING_MS_PER_CHAR = 50;

/**
 * How long a notice stays before it goes by itself, in ms; null for one that stays until dismissed.
 * A short success ("Pasted 50 rows.", "Baseline saved.") goes after 4 s, off the rows and sections
 * the person turns to next; a longer one gets its reading time, up to 10 s. An error or a notice
 * with an action (Undo a deletion) stays at least 6 s, as all did before.
 */
export function noticeTimeoutMs(notice: Pick<Notice, 'tone' | 'message' | 'action' | 'sticky'>): number | null {
  if (notice.sticky === true) return null;
  const reading = notice.message.length * READING_MS_PER_CHAR;
  const least = notice.tone === 'error' || notice.action !== undefined ? 6000 : 4000;
  return Math.min(10_000, Math.max(least, reading));
}

export interface Box { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number }

export const STACK_EDGES = ['bottom', 'bottom-end', 'top'] as const;
/**
 * Where the stack sits with no modal dialog open: bottom centre, the bottom right corner, or top
 * centre, which is under the app's top bar and banners rather than at the window's top edge.
 */
export type StackEdge = (typeof STACK_EDGES)[number];

/** Space kept between the stack and the window's edges, in px (app.css .notices). */
export const STACK_MARGIN = 16;

/** Space between the top bar (or the banner under it) and a stack at the top, in px. */
export const UNDER_BARS_GAP = 8;

/**
 * The window the stack stands in, in px: its size, and where the view area starts under the top
 * bar and any banner (0 with none).
 */
export interface StackRoom { readonly viewWidth: number; readonly viewHeight: number; readonly barsBottom: number }

/**
 * How far down a stack at the top stands, in px. Under the bars, as a desktop app's message bar
 * sits under its ribbon (Office, MS Project) and Linear's toasts keep off its header: the project's
 * name, Saved and the File menu are what a person glances at to know where they are and that their
 * work is kept, and a notice over them (at the window's top edge it covered all three at 1024 px)
 * hides that just when something went wrong.
 */
export function stackTopAt(barsBottom: number): number {
  return Math.max(STACK_MARGIN, barsBottom + UNDER_BARS_GAP);
}

/** The box the stack (`width` × `height`) takes at `edge` of the window. */
export function stackBoxAt(edge: StackEdge, width: number, height: number, room: StackRoom): Box {
  const left = edge === 'bottom-end' ? room.viewWidth - STACK_MARGIN - width : (room.viewWidth - width) / 2;
  const top = edge === 'top' ? stackTopAt(room.barsBottom) : room.viewHeight - STACK_MARGIN - height;
  return { left, top, right: left + width, bottom: top + height };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The first edge where the stack does not cover the focused cell or field (the row a person just
 * pasted into, the field they are typing in); bottom centre when nothing small has the focus, or
 * when every edge would cover it.
 */
export function stackEdgeClearOf(focus: Box | null, width: number, height: number, room: StackRoom): StackEdge {
  if (focus === null) return 'bottom';
  return STACK_EDGES.find((edge) => !overlaps(stackBoxAt(edge, width, height, room), focus)) ?? 'bottom';
}

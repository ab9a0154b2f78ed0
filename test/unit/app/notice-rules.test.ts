/**
 * Which notices show over a modal dialog, how long each stays, and which window edge keeps the
 * stack off the focused cell: the rules Notices.tsx applies, on boxes worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { noticesToShow, noticeTimeoutMs, stackBoxAt, stackEdgeClearOf, stackTopAt } from '../../../renderer/app/notice-rules';
import type { Notice } from '../../../renderer/store';

const exported: Notice = { id: 1, tone: 'info', message: 'Exported “Plan.xml”.' };
const refused: Notice = { id: 2, tone: 'error', message: "Duration of 'Survey' (row 1): 'soon' is not a duration." };
const pasted: Notice = { id: 3, tone: 'info', message: 'Pasted 50 rows.' };

describe('noticesToShow', () => {
  it('shows every notice when no dialog is open', () => {
    expect(noticesToShow([exported, refused], () => null, null)).toEqual({ shown: [exported, refused], waiting: [] });
  });

  it('shows over a dialog the notices raised in it and every error; the rest wait', () => {
    const exportDialog = { name: 'Export' };
    const origins = new Map<number, object | null>([[1, null], [2, null], [3, exportDialog]]);
    const { shown, waiting } = noticesToShow([exported, refused, pasted], (id) => origins.get(id) ?? null, exportDialog);
    expect(shown).toEqual([refused, pasted]);
    expect(waiting).toEqual([exported]);
  });

  it('lets a notice raised in an earlier dialog wait behind the next one', () => {
    const first = { name: 'Export' };
    const second = { name: 'Export' };
    expect(noticesToShow([exported], () => first, second).waiting).toEqual([exported]);
  });
});

describe('noticeTimeoutMs', () => {
  it('lets a short success go after 4 s and gives a long one its reading time, up to 10 s', () => {
    expect(noticeTimeoutMs(pasted)).toBe(4000);
    expect(noticeTimeoutMs({ tone: 'info', message: 'x'.repeat(150) })).toBe(7500);
    expect(noticeTimeoutMs({ tone: 'info', message: 'x'.repeat(400) })).toBe(10_000);
  });

  it('keeps an error or a notice with an action at least 6 s, and a sticky one until dismissed', () => {
    expect(noticeTimeoutMs(refused)).toBe(6000);
    expect(noticeTimeoutMs({ tone: 'info', message: 'Project deleted.', action: { label: 'Undo', run: () => undefined } })).toBe(6000);
    expect(noticeTimeoutMs({ tone: 'error', message: 'Could not save.', sticky: true })).toBeNull();
  });
});

describe('stackEdgeClearOf', () => {
  // A 400 × 50 stack in a 1024 × 768 window whose top bar ends at y 50: bottom centre is x 312–712, y 702–752.
  const room = { viewWidth: 1024, viewHeight: 768, barsBottom: 50 };
  it('puts the stack at the bottom centre when it covers nothing focused', () => {
    expect(stackBoxAt('bottom', 400, 50, room)).toEqual({ left: 312, top: 702, right: 712, bottom: 752 });
    expect(stackEdgeClearOf(null, 400, 50, room)).toBe('bottom');
    expect(stackEdgeClearOf({ left: 300, top: 600, right: 420, bottom: 630 }, 400, 50, room)).toBe('bottom');
  });

  it('moves it to the bottom right corner off a focused cell at the bottom centre, and to the top off one under both', () => {
    const pastedInto = { left: 360, top: 710, right: 480, bottom: 740 };
    expect(stackEdgeClearOf(pastedInto, 400, 50, room)).toBe('bottom-end');
    const wideCell = { left: 300, top: 710, right: 1000, bottom: 740 };
    expect(stackEdgeClearOf(wideCell, 400, 50, room)).toBe('top');
  });

  it('stands a stack at the top 8 px under the top bar and banners, not over them', () => {
    expect(stackTopAt(50)).toBe(58);
    expect(stackBoxAt('top', 400, 50, room)).toEqual({ left: 312, top: 58, right: 712, bottom: 108 });
    // Two banners under the bar push it down with them; with no bar it keeps the window's margin.
    expect(stackBoxAt('top', 400, 50, { ...room, barsBottom: 130 }).top).toBe(138);
    expect(stackTopAt(0)).toBe(16);
  });

  it('keeps to the bottom when the top, under the bars, would cover the focused field too', () => {
    const tallField = { left: 300, top: 80, right: 1000, bottom: 740 };
    expect(stackEdgeClearOf(tallField, 400, 50, room)).toBe('bottom');
    // The same field starting below where the stack stands at the top leaves the top to it.
    expect(stackEdgeClearOf({ ...tallField, top: 110 }, 400, 50, room)).toBe('top');
  });
});

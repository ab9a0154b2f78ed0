/**
 * A toolbar's or bar's layout as a person sees it: how many lines its items take, and where a
 * refused date's message sits against its field, the bar's controls and the window.
 */
import type { Locator } from 'playwright-core';

export interface Box { readonly top: number; readonly left: number; readonly right: number; readonly bottom: number }

/** The tops of a toolbar's items (its children shown), rounded: one line has one distinct top. */
export async function lineTops(toolbar: Locator): Promise<number[]> {
  const boxes = await toolbar.evaluate((el) => [...el.children].filter((c) => c.getBoundingClientRect().width > 0)
    .map((c) => { const r = c.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; }));
  // Items of one line overlap vertically; a wrapped item starts below every item of the line above.
  const lines: { top: number; bottom: number }[] = [];
  for (const box of boxes.sort((a, b) => a.top - b.top)) {
    const line = lines.find((l) => box.top < l.bottom && box.bottom > l.top);
    if (line) { line.top = Math.min(line.top, box.top); line.bottom = Math.max(line.bottom, box.bottom); } else lines.push({ ...box });
  }
  return lines.map((l) => Math.round(l.top));
}

export interface DateMessagePlace {
  /** The message's words; '' when the field shows none. */
  readonly text: string;
  readonly message: Box | null;
  /** The date field: its caption, box and calendar button. */
  readonly field: Box;
  readonly bar: Box;
  /** The bar's controls (buttons, fields, lists) the message's box meets, by name. */
  readonly covers: readonly string[];
  readonly isInWindow: boolean;
}

/** Where the message of the date field labelled `label` in `bar` is, beside the field and the bar. */
export async function dateMessagePlace(bar: Locator, label: string): Promise<DateMessagePlace> {
  const barElement = await bar.elementHandle();
  return bar.getByLabel(label, { exact: true }).evaluate((input, container) => {
    const boxOf = (el: Element): { top: number; left: number; right: number; bottom: number } => {
      const r = el.getBoundingClientRect();
      return { top: r.top, left: r.left, right: r.right, bottom: r.bottom };
    };
    const field = input.closest('.date-field') ?? input;
    const message = field.querySelector('[role="alert"]');
    if (!container) throw new Error('bar not found');
    const box = message ? boxOf(message) : null;
    const meets = (other: DOMRect): boolean => box !== null && box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
    const controls = [...container.querySelectorAll('button, input, select')].filter((el) => el.getClientRects().length > 0);
    const covers = controls.filter((el) => meets(el.getBoundingClientRect()))
      .map((el) => el.getAttribute('aria-label') ?? (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null) ?? el.textContent ?? '');
    const isInWindow = box !== null && box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight;
    return { text: message?.textContent ?? '', message: box, field: boxOf(field), bar: boxOf(container), covers, isInWindow };
  }, barElement);
}

/**
 * How a toolbar's controls fit the window, as a person reads them: which line each control is on,
 * and what breaks a group or leaves the window. `groups` are the controls (by name) that belong
 * together, as the toolbar's page model knows them (Budget with its reserves).
 */
export interface ToolbarFit {
  /** The controls' names, line by line, top to bottom. */
  readonly lines: readonly (readonly string[])[];
  /** Controls whose caption is not beside or just above the control's box ("Budget" ending one line, its field the next). */
  readonly labelsAway: readonly string[];
  /** Groups whose controls are on more than one line, as "A + B + C". */
  readonly groupsSplit: readonly string[];
  /** Controls alone on a line whose caption or group is on the line before. */
  readonly loneStarts: readonly string[];
  /** Controls whose right edge is past the window's (viewport) width. */
  readonly pastWindow: readonly string[];
  /** Captions and button texts cut short (their text wider than their box). */
  readonly cutText: readonly string[];
}

/** The fit of `toolbar`'s shown controls (buttons, fields, lists) at the window's present size. */
export async function toolbarFit(toolbar: Locator, groups: readonly (readonly string[])[]): Promise<ToolbarFit> {
  return toolbar.evaluate((bar, groupNames) => {
    type Rect = { top: number; bottom: number; left: number; right: number };
    const controls = [...bar.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), select, [role="button"], [tabindex]:not([tabindex="-1"])')]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('[role="dialog"], [popover]'));
    /** A caption's own words: the label's text outside the control (and outside any other control in it). */
    const captionOf = (el: HTMLElement): Rect | null => {
      const label = (el as HTMLInputElement).labels?.[0];
      if (!label) return null;
      const rects: DOMRect[] = [];
      const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || node.parentElement?.closest('button, input, select, option')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        rects.push(...range.getClientRects());
      }
      if (rects.length === 0) return null;
      return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)), left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)) };
    };
    const nameOf = (el: HTMLElement): string => el.getAttribute('aria-label')
      ?? (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? el.textContent?.trim() ?? '';
    const items = controls.map((el) => ({ el, name: nameOf(el), box: el.getBoundingClientRect(), caption: captionOf(el) }));
    // Controls of one line overlap vertically; a wrapped control starts below every control of the line above.
    const lines: { top: number; bottom: number; names: string[]; lefts: number[] }[] = [];
    for (const item of [...items].sort((a, b) => a.box.top - b.box.top)) {
      const line = lines.find((l) => item.box.top < l.bottom && item.box.bottom > l.top);
      if (line) { line.top = Math.min(line.top, item.box.top); line.bottom = Math.max(line.bottom, item.box.bottom); line.names.push(item.name); line.lefts.push(item.box.left); }
      else lines.push({ top: item.box.top, bottom: item.box.bottom, names: [item.name], lefts: [item.box.left] });
    }
    const lineOf = (name: string): number => lines.findIndex((l) => l.names.includes(name));
    // Beside (overlapping vertically, a small gap across) or just above (overlapping across, a small gap down).
    const isWith = (caption: Rect, box: Rect): boolean => {
      const across = Math.max(box.left - caption.right, caption.left - box.right);
      const down = Math.max(box.top - caption.bottom, caption.top - box.bottom);
      return (down < 0 && across <= 12) || (across < 0 && down <= 12 && caption.bottom <= box.top + 1);
    };
    const labelsAway = items.filter((i) => i.caption && !isWith(i.caption, i.box)).map((i) => i.name);
    const groupsSplit = groupNames.filter((g) => new Set(g.map(lineOf).filter((n) => n >= 0)).size > 1).map((g) => g.join(' + '));
    const loneStarts = lines.flatMap((line, index) => {
      const [only] = line.names;
      if (index === 0 || line.names.length !== 1 || only === undefined) return [];
      const fellows = groupNames.find((g) => g.includes(only))?.filter((n) => n !== only) ?? [];
      const item = items.find((i) => i.name === only);
      const before = lines[index - 1];
      const isCaptionBefore = item?.caption && before ? item.caption.top < before.bottom && item.caption.bottom > before.top : false;
      return fellows.some((n) => lineOf(n) === index - 1) || isCaptionBefore ? [only] : [];
    });
    const pastWindow = items.filter((i) => i.box.right > window.innerWidth + 0.5).map((i) => i.name);
    const texts = [...bar.querySelectorAll<HTMLElement>('label, button')].filter((el) => el.getClientRects().length > 0);
    const cutText = texts.filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible').map((el) => el.textContent?.trim() ?? '');
    return { lines: lines.map((l) => l.names.map((_, k) => k).sort((a, b) => (l.lefts[a] ?? 0) - (l.lefts[b] ?? 0)).map((k) => l.names[k] ?? '')), labelsAway, groupsSplit, loneStarts, pastWindow, cutText };
  }, groups);
}

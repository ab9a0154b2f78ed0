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

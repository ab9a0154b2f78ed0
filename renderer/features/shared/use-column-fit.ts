/**
 * Auto-fit for a table column of text fields (column-fit.ts): the fields' values measured in the
 * fields' own font, the column's width from them. A field cannot grow to its text by itself (an
 * input's width comes from the column), so the Team table's names and roles were cut ("Margaret
 * Hamil") in a column sized by a fixed minimum.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { fitColumnWidth, isTooWideForColumn, type ColumnFitLimits } from './column-fit';
import { textWidth } from './text-width';

export interface ColumnFit {
  /** The fields' width that shows the widest value whole, within the limits, px. */
  readonly widthPx: number;
  /** True for a value too long for the column's widest width: it shows cut, so its tooltip shows it whole. */
  readonly isCut: (value: string) => boolean;
}

interface FieldMetrics { readonly font: string; readonly fontSizePx: number; readonly chromePx: number }

/** The font and the room around the text of the first field matching `selector` in `container`. */
function readMetrics(container: HTMLElement | null, selector: string): FieldMetrics | null {
  const field = container?.querySelector<HTMLElement>(selector);
  if (!field) return null;
  const style = getComputedStyle(field);
  const px = (value: string): number => Number.parseFloat(value) || 0;
  // One pixel more for the caret, which Chromium adds to the text's scroll width when it is at the end.
  const chromePx = px(style.paddingLeft) + px(style.paddingRight) + px(style.borderLeftWidth) + px(style.borderRightWidth) + 1;
  return { font: style.font, fontSizePx: px(style.fontSize), chromePx };
}

/**
 * The fitted width of the fields matching `selector` inside `container`, holding `values`; limits
 * in em of the fields' font size. Null until such a field is drawn (an empty table).
 */
export function useColumnFit(container: RefObject<HTMLElement | null>, selector: string, values: readonly string[],
  limitsEm: { readonly min: number; readonly max: number }): ColumnFit | null {
  const [metrics, setMetrics] = useState<FieldMetrics | null>(null);
  const hasFields = values.length > 0;
  useLayoutEffect(() => {
    if (!hasFields) return;
    const reread = (): void => {
      const read = readMetrics(container.current, selector);
      if (read) setMetrics((was) => (was?.font === read.font && was.chromePx === read.chromePx ? was : read));
    };
    reread();
    // Read again when the window is resized: a width's rules (a breakpoint's padding or font) change
    // what the same text needs, and a fit read once at the first size kept it at the other.
    const el = container.current;
    if (!el) return;
    const observer = new ResizeObserver(reread);
    observer.observe(el);
    return () => observer.disconnect();
  }, [container, selector, hasFields]);
  if (!metrics) return null;
  const limits: ColumnFitLimits = { minPx: limitsEm.min * metrics.fontSizePx, maxPx: limitsEm.max * metrics.fontSizePx, chromePx: metrics.chromePx };
  return {
    widthPx: fitColumnWidth(values.map((value) => textWidth(metrics.font, value)), limits),
    isCut: (value) => isTooWideForColumn(textWidth(metrics.font, value), limits),
  };
}

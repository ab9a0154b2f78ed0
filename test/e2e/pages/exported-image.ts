/**
 * An exported Gantt SVG opened in a browser tab of its own, as a person opens the file: the boxes
 * its texts and bars are drawn in (real text metrics, not the export's estimates), in image px.
 */
import type { Page } from 'playwright-core';

export interface DrawnBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface DrawnText extends DrawnBox {
  readonly text: string;
  readonly fill: string | null;
  /** Drawn in the names column on the left (the rest are in the chart). */
  readonly isInNamesColumn: boolean;
}

export interface DrawnGantt {
  readonly width: number;
  readonly height: number;
  /** Where the chart starts: the names column's right edge. */
  readonly chartLeft: number;
  readonly texts: readonly DrawnText[];
  /** Task bars (rounded rects, not their progress) and milestone diamonds, top to bottom. */
  readonly bars: readonly DrawnBox[];
}

export async function drawnGantt(page: Page, svg: string): Promise<DrawnGantt> {
  const viewer = await page.context().newPage();
  try {
    await viewer.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    return await viewer.evaluate(() => {
      const root = document.querySelector('svg');
      if (!root) throw new Error('no SVG in the file');
      const origin = root.getBoundingClientRect();
      const box = (el: Element): { left: number; right: number; top: number; bottom: number } => {
        const r = el.getBoundingClientRect();
        return { left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top };
      };
      // The names column: the first nested viewport at x = 0 below the header.
      const names = [...root.querySelectorAll(':scope > svg')].find((s) => s.getAttribute('x') === '0' && s.getAttribute('y') !== '0');
      const chart = [...root.querySelectorAll(':scope > svg')].find((s) => s.getAttribute('x') !== '0');
      const bars = [...root.querySelectorAll('rect[rx="3"]:not([fill-opacity]), polygon')].map(box).sort((a, b) => a.top - b.top);
      return {
        width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')), chartLeft: Number(chart?.getAttribute('x')),
        texts: [...root.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', fill: t.getAttribute('fill'), isInNamesColumn: names?.contains(t) ?? false, ...box(t) })),
        bars,
      };
    });
  } finally {
    await viewer.close();
  }
}

/**
 * What a chart wrote on its canvas, and where: a canvas keeps no text a page can read, so the
 * page's own fillText is watched from before the chart draws (and after each reload), and every
 * text it draws is kept on its canvas with the box its letters cover. Nothing of the app is asked:
 * this is the text as painted, where a person reads it. A canvas cleared whole starts a new list,
 * so the list is always the last picture drawn.
 */
import type { Locator, Page } from 'playwright-core';

/** A text drawn on a canvas and the box its letters cover, in CSS px from the canvas's top left. */
export interface DrawnText {
  readonly text: string;
  /** The x it was drawn at (its alignment point): the lines of one multi-line label share it. */
  readonly anchorX: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Installed in the page: keeps each canvas's drawn texts on the canvas as `drawnText`. */
function watchCanvasText(): void {
  type Entry = { text: string; anchorX: number; left: number; right: number; top: number; bottom: number };
  type Watched = HTMLCanvasElement & { drawnText?: Entry[] };
  const proto = CanvasRenderingContext2D.prototype as CanvasRenderingContext2D & { textWatched?: boolean };
  if (proto.textWatched) return;
  proto.textWatched = true;
  const fillText = proto.fillText;
  const clearRect = proto.clearRect;
  proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number): void {
    const canvas = this.canvas as Watched;
    const m = this.measureText(text);
    const t = this.getTransform();
    // Canvas pixels to CSS pixels: a canvas is drawn at the device's pixel ratio.
    const css = canvas.clientWidth > 0 ? canvas.clientWidth / canvas.width : 1;
    const px = (v: number, along: 'x' | 'y'): number => Math.round((along === 'x' ? t.a * v + t.e : t.d * v + t.f) * css * 10) / 10;
    (canvas.drawnText ??= []).push({
      text, anchorX: px(x, 'x'),
      left: px(x - m.actualBoundingBoxLeft, 'x'), right: px(x + m.actualBoundingBoxRight, 'x'),
      top: px(y - m.actualBoundingBoxAscent, 'y'), bottom: px(y + m.actualBoundingBoxDescent, 'y'),
    });
    if (maxWidth === undefined) fillText.call(this, text, x, y);
    else fillText.call(this, text, x, y, maxWidth);
  };
  proto.clearRect = function (this: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
    const canvas = this.canvas as Watched;
    if (x <= 0 && y <= 0 && x + w >= canvas.width && y + h >= canvas.height) canvas.drawnText = [];
    clearRect.call(this, x, y, w, h);
  };
}

/** Watches what canvases draw, in the page now and in every page loaded after (a reload). */
export async function watchDrawnText(page: Page): Promise<void> {
  await page.context().addInitScript(watchCanvasText);
  await page.evaluate(watchCanvasText);
}

/** The texts a canvas drew in its last picture, in drawing order (watchDrawnText first). */
export function drawnText(canvas: Locator): Promise<DrawnText[]> {
  return canvas.evaluate((el) => [...((el as HTMLCanvasElement & { drawnText?: DrawnText[] }).drawnText ?? [])]);
}

/**
 * Labels drawn below `belowY` (CSS px from the canvas's top), left to right: the lines drawn at one
 * x make one label ("Jan 4\n2027"), its box around all of them. An axis's tick labels under a plot.
 */
export async function drawnLabelsBelow(canvas: Locator, belowY: number): Promise<DrawnText[]> {
  const below = (await drawnText(canvas)).filter((t) => t.top >= belowY);
  const byX = new Map<number, DrawnText>();
  for (const line of below) {
    const label = byX.get(line.anchorX);
    byX.set(line.anchorX, label === undefined ? line : {
      text: `${label.text}\n${line.text}`, anchorX: line.anchorX,
      left: Math.min(label.left, line.left), right: Math.max(label.right, line.right),
      top: Math.min(label.top, line.top), bottom: Math.max(label.bottom, line.bottom),
    });
  }
  return [...byX.values()].sort((a, b) => a.left - b.left);
}

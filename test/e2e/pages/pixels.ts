import type { Page } from 'playwright-core';

/** The colour on screen at (x, y), decoded by the page from a one-pixel screenshot. */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return page.evaluate(async (bytes) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(1, 1);
    const ctx = canvas.getContext('2d');
    ctx?.drawImage(bitmap, 0, 0);
    const data = ctx?.getImageData(0, 0, 1, 1).data ?? new Uint8ClampedArray(4);
    return [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0] as [number, number, number];
  }, [...png]);
}

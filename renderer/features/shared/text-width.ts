let measureContext: CanvasRenderingContext2D | null = null;
const textWidths = new Map<string, number>();

/** Text width on a canvas, cached per (font, text): no layout, unlike getBBox(). */
export function textWidth(font: string, text: string): number {
  const key = `${font}|${text}`;
  let width = textWidths.get(key);
  if (width === undefined) {
    measureContext ??= document.createElement('canvas').getContext('2d');
    if (!measureContext) return 0;
    measureContext.font = font;
    width = measureContext.measureText(text).width;
    if (textWidths.size > 20_000) textWidths.clear();
    textWidths.set(key, width);
  }
  return width;
}

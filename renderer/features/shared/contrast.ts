/**
 * WCAG 2.x contrast between two sRGB colours (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio;
 * relative luminance as the spec defines it), and the text colour that reads on a fill: a phase's
 * colour may be any the plan file carries, so its chips choose their text by measuring it.
 */

/** The sRGB channels (0–255) of a colour written #rgb, #rrggbb or rgb(r, g, b); null for any other form (a name, hsl(), var()). */
export function parseRgb(colour: string): readonly [number, number, number] | null {
  const text = colour.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text)?.[1];
  if (hex) {
    const digits = hex.length === 3 ? [...hex].map((d) => d + d).join('') : hex;
    const channel = (at: number): number => parseInt(digits.slice(at, at + 2), 16);
    return [channel(0), channel(2), channel(4)];
  }
  const rgb = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/i.exec(text);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** An sRGB channel (0–255) as linear light (0–1), as the spec's relative luminance takes it. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance, 0 for black to 1 for white. Throws for a colour parseRgb cannot read: a caller's bug. */
export function relativeLuminance(colour: string): number {
  const channels = parseRgb(colour);
  if (!channels) throw new Error(`not a #rgb, #rrggbb or rgb() colour: ${colour}`);
  const [r, g, b] = channels;
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** From 1 (the same colour) to 21 (black on white); AA asks 4.5 for body text. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export const TEXT_ON_DARK_FILL = '#ffffff';
/** Black, not the theme's near-black: on a mid-tone fill (violet #a855f7) only pure black or white reaches 4.5:1. */
export const TEXT_ON_LIGHT_FILL = '#000000';

/**
 * White or black, whichever contrasts more with `fill`: at least 4.58:1 on any colour. White for
 * a colour not written as #hex or rgb() (it cannot be measured; the fills Plotline writes are hex).
 */
export function readableTextOn(fill: string): string {
  if (!parseRgb(fill)) return TEXT_ON_DARK_FILL;
  return contrastRatio(fill, TEXT_ON_DARK_FILL) >= contrastRatio(fill, TEXT_ON_LIGHT_FILL) ? TEXT_ON_DARK_FILL : TEXT_ON_LIGHT_FILL;
}

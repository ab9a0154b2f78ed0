/**
 * The design tokens of renderer/app/theme.css as the app applies them, for tests that check
 * colours without a browser: the light theme is `:root`'s block, the dark theme is that block
 * with `:root[data-theme='dark']`'s on top (the cascade, for custom properties declared once each).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type ThemeScheme = 'light' | 'dark';

/** theme.css in the nearest folder above this file that has it (so it works bundled into bench/ too). */
function themeCssPath(from = import.meta.dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const path = join(dir, 'renderer/app/theme.css');
    if (existsSync(path)) return path;
    if (dirname(dir) === dir) throw new Error(`Cannot find renderer/app/theme.css above ${from}`);
  }
}

/** The custom properties declared in the block that `selector` opens (exactly as written in theme.css). */
function declarations(css: string, selector: string): Record<string, string> {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`theme.css has no '${selector} {' block`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  const tokens: Record<string, string> = {};
  for (const m of body.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    if (m[1] && m[2]) tokens[m[1]] = m[2].trim();
  }
  return tokens;
}

/** Every token's value in `scheme`, e.g. themeTokens('dark')['--surface']. */
export function themeTokens(scheme: ThemeScheme): Readonly<Record<string, string>> {
  const css = readFileSync(themeCssPath(), 'utf8');
  const light = declarations(css, ':root');
  return scheme === 'light' ? light : { ...light, ...declarations(css, ":root[data-theme='dark']") };
}

/** A CSS variable reader for `scheme` ('' for an unknown name), as getComputedStyle's getPropertyValue answers. */
export const themeReader = (scheme: ThemeScheme): ((variable: string) => string) => {
  const tokens = themeTokens(scheme);
  return (variable) => tokens[variable] ?? '';
};

/**
 * The exported Gantt's colours, read from the theme the page shows (theme.css under
 * <html data-theme>), so an export made in the dark theme is drawn dark, risk markers included.
 * Pure: `read` gives a CSS variable's value in that theme ('' when it has none).
 */
import { riskBandPaint } from './export-risk-marker';
import type { SvgTheme } from './export-svg';

/** Presentation mode's high contrast draws lines and arrows in the text colour. */
export function exportTheme(read: (variable: string) => string, isPresentation: boolean): SvgTheme {
  const v = (name: string, fallback: string): string => read(name).trim() || fallback;
  const text = v('--text', '#111827');
  const background = v('--surface', '#ffffff');
  return {
    background, text, muted: v('--muted', '#5b6475'),
    border: isPresentation ? v('--border-strong', v('--border', '#dfe3ea')) : v('--border', '#dfe3ea'),
    summary: text, arrow: isPresentation ? text : v('--muted', '#5b6475'),
    baseline: v('--muted', '#9aa4b2'), font: v('--font-ui', 'sans-serif'),
    // Without theme.css (never in the app) a marker still reads: the page's text on its background.
    riskBands: riskBandPaint((name) => v(name, name.endsWith('-bg') ? background : text)),
  };
}

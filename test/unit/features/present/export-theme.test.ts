// @vitest-environment happy-dom
/**
 * An exported Gantt takes the colours of the theme it is exported in: with theme.css applied to the
 * page and <html data-theme> set as the app sets it, the SVG's risk marker is drawn in that theme's
 * score band (theme.css `--score-{band}-bg` fill, `--score-{band}-text` edge and sign), as the chart
 * shows it on screen: dark fills with light text in the dark theme, not the light theme's pastels.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskId } from '../../../../renderer/domain/model';
import type { ScoreBand } from '../../../../renderer/domain/raid';
import type { GanttRow } from '../../../../renderer/features/gantt/gantt-rows';
import { makeScale } from '../../../../renderer/features/gantt/time-scale';
import { buildGanttSvg } from '../../../../renderer/features/present/export-svg';
import { exportTheme } from '../../../../renderer/features/present/export-theme';
import { contrastRatio, relativeLuminance } from '../../../support/contrast';
import { themeTokens, type ThemeScheme } from '../../../support/theme-tokens';

const mar2 = Date.UTC(2026, 2, 2) / 60_000;
const BANDS: readonly ScoreBand[] = ['low', 'medium', 'high', 'severe'];

const row = (i: number): GanttRow => ({
  id: `t${String(i)}` as TaskId, index: i, wbs: String(i + 1), name: `Task ${String(i)}`, depth: 0, kind: 'task', hasChildren: false,
  durationMinutes: 480, durationIsElapsed: false, startMinutes: mar2, finishMinutes: mar2 + 480, percentComplete: 0,
  isCritical: false, totalSlackMinutes: 0, isLate: false, deadlineMinutes: null, baseline: null, phase: null, phaseId: null, statusId: 's',
  resourceId: null, calendarId: null, segments: null, progressMinutes: mar2,
});

/** The SVG exported from the page in `scheme`: one task per band, each with a marker. */
function exportedIn(scheme: ThemeScheme): string {
  document.documentElement.dataset['theme'] = scheme;
  const read = (name: string): string => getComputedStyle(document.documentElement).getPropertyValue(name);
  return buildGanttSvg({
    title: 'Relaunch', rows: BANDS.map((_, i) => row(i)), links: [], showBaseline: false, colourOf: () => '#3b82f6',
    scale: makeScale('day', mar2, mar2 + 10 * 1440), from: mar2, to: mar2 + 10 * 1440,
    theme: exportTheme(read, false),
    riskMarkers: new Map(BANDS.map((band, i) => [`t${String(i)}`, { band, label: `At risk: ${band}` }])),
  });
}

/** The marker of `band` in the SVG: its triangle's fill and edge, and its sign's fill. */
function markerPaint(svg: string, band: ScoreBand): { fill: string; edge: string; sign: string } {
  const m = new RegExp(`data-risk-band="${band}"><title>[^<]*</title><path [^>]*fill="([^"]+)" stroke="([^"]+)"[^>]*/><text [^>]*fill="([^"]+)"`).exec(svg);
  if (!m?.[1] || !m[2] || !m[3]) throw new Error(`no ${band} marker in the export`);
  return { fill: m[1], edge: m[2], sign: m[3] };
}

const style = document.createElement('style');
beforeEach(() => {
  style.textContent = readFileSync('renderer/app/theme.css', 'utf8');
  document.head.append(style);
});
afterEach(() => {
  style.remove();
  delete document.documentElement.dataset['theme'];
});

describe('risk markers in an export follow the exported theme', () => {
  it('draws each band in the theme\'s own score colours, light and dark', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const svg = exportedIn(scheme);
      const tokens = themeTokens(scheme);
      for (const band of BANDS) {
        const fill = tokens[`--score-${band}-bg`] ?? '';
        const ink = tokens[`--score-${band}-text`] ?? '';
        expect([scheme, band, markerPaint(svg, band)]).toEqual([scheme, band, { fill, edge: ink, sign: ink }]);
      }
    }
  });

  it('draws dark fills with light, legible signs in the dark theme, unlike the light theme\'s', () => {
    const light = exportedIn('light');
    const dark = exportedIn('dark');
    // The dark page's background, so the marker sits on the chart it belongs to.
    expect(dark).toContain(`<rect width="100%" height="100%" fill="${themeTokens('dark')['--surface'] ?? ''}"/>`);
    for (const band of BANDS) {
      const { fill, sign } = markerPaint(dark, band);
      expect([band, fill === markerPaint(light, band).fill]).toEqual([band, false]);
      expect([band, relativeLuminance(fill) < 0.15, contrastRatio(fill, sign) >= 4.5]).toEqual([band, true, true]);
    }
  });
});

/**
 * Risk markers in the exported Gantt (issue 14): the SVG (hence the PNG and the PDF's pages) draws
 * the chart's warning triangle just after a marked task's bar, in its band's colours, named by a
 * <title>. Hand-worked geometry: day zoom draws 40 px a day, the page starts at the task's start,
 * so an 8-hour bar runs 13.3 px from the names column's edge (260 px; 340 in presentation mode).
 * Normal look: row 0's middle is 56 px of header + 14 = 70; the 14 px marker starts 3 px after
 * the bar's end (273.3 + 3 = 276.3), its apex at 276.3 + 7 = 283.3, its top at 70 - 7 + 0.5 = 63.5.
 */
import { describe, expect, it } from 'vitest';
import type { TaskId } from '../../../../renderer/domain/model';
import type { GanttRow } from '../../../../renderer/features/gantt/gantt-rows';
import { makeScale } from '../../../../renderer/features/gantt/time-scale';
import { buildGanttSvg, PRESENTATION_LOOK, type SvgExportInput } from '../../../../renderer/features/present/export-svg';
import { riskBandPaint } from '../../../../renderer/features/present/export-risk-marker';
import { themeReader } from '../../../support/theme-tokens';

/** The risk markers' band colours of the light theme (theme.css). */
const LIGHT_BANDS = riskBandPaint(themeReader('light'));

const DAY = 1440;
const mar2 = Date.UTC(2026, 2, 2) / 60_000; // Monday 2 March 2026
const VENDOR = 'At risk: R-001 Vendor late, score 16';

const row = (i: number, name: string): GanttRow => ({
  id: `t${String(i)}` as TaskId, index: i, wbs: String(i + 1), name, depth: 0, kind: 'task', hasChildren: false, durationMinutes: 480,
  durationIsElapsed: false, startMinutes: mar2, finishMinutes: mar2 + 480, percentComplete: 0,
  isCritical: false, totalSlackMinutes: 0, isLate: false, deadlineMinutes: null, baseline: null, phase: null, phaseId: null, statusId: 's',
  resourceId: null, calendarId: null, segments: null, progressMinutes: mar2,
});

function input(more: Partial<SvgExportInput> = {}): SvgExportInput {
  return {
    title: 'Relaunch', rows: [row(0, 'Vendor API'), row(1, 'Docs')], links: [],
    scale: makeScale('day', mar2, mar2 + 20 * DAY), from: mar2, to: mar2 + 20 * DAY, colourOf: () => '#3b82f6', showBaseline: false,
    theme: { background: '#ffffff', text: '#111827', muted: '#5b6475', border: '#dfe3ea', summary: '#111827', arrow: '#5b6475', baseline: '#9aa4b2', font: 'sans-serif', riskBands: LIGHT_BANDS },
    riskMarkers: new Map([['t0', { band: 'severe', label: VENDOR }]]),
    ...more,
  };
}

const markersIn = (svg: string): string[] => svg.match(/<g role="img" aria-label="At risk[^"]*"/g) ?? [];

describe('risk markers in the exported Gantt', () => {
  it('draws the marked task\'s triangle after its bar, in its band\'s colours, named by a title', () => {
    const svg = buildGanttSvg(input());
    expect(markersIn(svg)).toEqual([`<g role="img" aria-label="${VENDOR}"`]);
    expect(svg).toContain(`<title>${VENDOR}</title>`);
    expect(svg).toContain('<path d="M283.3,63.5 L289.8,76 L276.8,76 Z" fill="#fca5a5" stroke="#7f1d1d"');
    expect(svg).toMatch(/<text x="283.3" [^>]*fill="#7f1d1d"[^>]*>!<\/text><\/g>/);
  });

  it('colours each band as the chart does and draws nothing without markers', () => {
    const bands = [['low', '#bbf7d0'], ['medium', '#fef08a'], ['high', '#fdba74'], ['severe', '#fca5a5']] as const;
    for (const [band, fill] of bands) {
      const svg = buildGanttSvg(input({ riskMarkers: new Map([['t1', { band, label: `At risk: ${band}` }]]) }));
      expect(svg).toMatch(new RegExp(`aria-label="At risk: ${band}" data-risk-band="${band}"><title>At risk: ${band}</title><path [^>]*fill="${fill}"`));
    }
    expect(markersIn(buildGanttSvg(input({ riskMarkers: new Map() })))).toEqual([]);
    const { riskMarkers: _none, ...unmarked } = input();
    expect(markersIn(buildGanttSvg(unmarked))).toEqual([]);
  });

  it('escapes a hostile name in the marker\'s label and title', () => {
    const label = 'At risk: R-001 "x" <script>alert(1)</script> & co, score 16';
    const svg = buildGanttSvg(input({ riskMarkers: new Map([['t0', { band: 'severe', label }]]) }));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('aria-label="At risk: R-001 &quot;x&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; co, score 16"');
    expect(svg).toContain('<title>At risk: R-001 "x" &lt;script&gt;alert(1)&lt;/script&gt; &amp; co, score 16</title>');
  });

  it('grows with presentation mode\'s bars and moves the bar\'s name past it', () => {
    // 26 px bars: a 23 px marker (7/8 of the bar, rounded) from 340 + 13.3 + 3 = 356.3; the name 5 px after it (LABEL_PAD, as on screen), at 384.3.
    const svg = buildGanttSvg(input({ look: PRESENTATION_LOOK }));
    expect(svg).toMatch(/<path d="M367.8,[\d.]+ L378.8,[\d.]+ L356.8,[\d.]+ Z" fill="#fca5a5"/);
    expect(svg).toContain('<text x="384.3"');
    expect(svg).toMatch(/<text x="[\d.]+" [^>]*font-weight="600"[^>]*>Docs<\/text>/);
    expect(svg).toContain('<text x="358.3"'); // Docs has no marker: its name stays 5 px after its bar.
  });

  it('leaves the marker out of a page whose time window is after the bar', () => {
    expect(markersIn(buildGanttSvg(input({ from: mar2 + 10 * DAY })))).toEqual([]);
  });
});

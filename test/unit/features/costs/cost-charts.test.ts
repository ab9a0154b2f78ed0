// @vitest-environment happy-dom
/**
 * The S-curve's axes: time ticks of whole days and up (a cost curve has nothing to say at "12pm"),
 * and a money axis sized to its labels rather than a fixed width that cuts "$5,000,000" off. Its
 * curves and levels: PV, EV and BAC only against a baseline, the budget when one is set.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { WallMinutes } from '../../../../renderer/domain/model';
import { sCurveLevels, type SCurve } from '../../../../renderer/domain/money';
import type { uPlot } from '../../../../renderer/features/charts/UPlotChart';
import { sCurveChart, sCurveSvg } from '../../../../renderer/features/costs/cost-charts';

const at = (minutes: number): WallMinutes => minutes;

describe('the S-curve chart options', () => {
  const baselined: SCurve = {
    points: [{ at: at(0), pv: 0, ev: 0, ac: 0, forecast: null }, { at: at(9 * 1440), pv: 5_200_000, ev: null, ac: null, forecast: 5_700_000 }],
    statusAt: at(1440), bac: 5_200_000, eac: 5_700_000,
  };
  const { options } = sCurveChart(baselined, 'USD', sCurveLevels(baselined, true, null));
  const [x, y] = options.axes ?? [];

  it('steps its time axis by whole days or more', () => {
    const steps = x?.incrs;
    if (!Array.isArray(steps)) throw new Error('the time axis names its steps');
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((s) => s >= 86_400 && s % 86_400 === 0)).toBe(true);
  });

  it('sizes its money axis to the labels', () => {
    expect(typeof y?.size).toBe('function');
  });

  it('names the day pointed at in its legend as the app writes dates, and a dash while none is (uPlot\'s "Time" read "--")', () => {
    const day = options.series[0];
    const value = day?.value;
    if (typeof value !== 'function') throw new Error('the day series words its value');
    expect(day?.label).toBe('Day');
    // 2026-03-02 00:00 UTC wall time, in seconds.
    const seconds = Date.UTC(2026, 2, 2) / 1000;
    expect([value({} as uPlot, seconds, 0, 0), value({} as uPlot, null as unknown as number, 0, null)]).toEqual(['Mon, Mar 2, 26', '–']);
    // A point off midnight keeps its time of day: a line at 17:00 is not read as the day's start.
    expect(value({} as uPlot, seconds + 17 * 3600, 0, 0)).toBe('Mon, Mar 2, 26, 5:00 PM');
  });

  // No baseline: the domain's BAC is 0 and PV and EV are 0 throughout.
  const unbaselined: SCurve = {
    points: [{ at: at(0), pv: 0, ev: 0, ac: 0, forecast: null }, { at: at(1440), pv: 0, ev: 0, ac: 1_000, forecast: 1_000 }, { at: at(9 * 1440), pv: 0, ev: null, ac: null, forecast: 5_700 }],
    statusAt: at(1440), bac: 0, eac: 5_700,
  };

  it('draws no PV or EV curve without a baseline, only AC and the forecast', () => {
    const chart = sCurveChart(unbaselined, 'USD', sCurveLevels(unbaselined, false, 9_000));
    expect(chart.options.series.map((s) => s.label)).toEqual(['Day', 'Actual cost (AC)', 'Forecast']);
    expect(chart.data).toHaveLength(3);
    expect(chart.data[1]).toEqual([0, 1_000, null]);
    const withBaseline = sCurveChart(baselined, 'USD', sCurveLevels(baselined, true, null));
    expect(withBaseline.options.series.map((s) => s.label)).toEqual(['Day', 'Planned value (PV)', 'Earned value (EV)', 'Actual cost (AC)', 'Forecast']);
  });

  it('reaches a budget above every curve on its money scale', () => {
    const chart = sCurveChart(unbaselined, 'USD', sCurveLevels(unbaselined, false, 9_000));
    const range = chart.options.scales?.y?.range;
    if (typeof range !== 'function') throw new Error('the money scale has a range function');
    const [, top] = range({} as uPlot, 0, 5_700, 'y');
    expect(top).toBeGreaterThanOrEqual(9_000);
  });

  it('exports an SVG with the budget and no BAC at $0 without a baseline', () => {
    const svg = sCurveSvg(unbaselined, 'USD', sCurveLevels(unbaselined, false, 9_000), 'S-curve of Pilot');
    expect(svg).toContain('Budget $9,000');
    expect(svg).toContain('EAC (bottom-up) $5,700');
    expect(svg).not.toContain('BAC');
    expect(svg).not.toContain('Planned value');
    const baselinedSvg = sCurveSvg(baselined, 'USD', sCurveLevels(baselined, true, null), 'S-curve of Pilot');
    expect(baselinedSvg).toContain('BAC $5,200,000');
    expect(baselinedSvg).not.toContain('Budget');
  });

  describe('exported from the dark theme', () => {
    // theme.css's dark values, as the page shows them under <html data-theme="dark">.
    const DARK = { '--surface': '#161b22', '--text': '#e6e8eb', '--muted': '#9aa4b2', '--border': '#2a313c', '--warning': '#fbbf24' };
    afterEach(() => { for (const name of Object.keys(DARK)) document.documentElement.style.removeProperty(name); });
    const fills = (svg: string) => ({
      background: /<rect width="100%" height="100%" fill="([^"]+)"/.exec(svg)?.[1],
      title: /font-weight="600" fill="([^"]+)">S-curve of Pilot</.exec(svg)?.[1],
      grid: /<line [^>]*stroke="([^"]+)"/.exec(svg)?.[1],
      values: /class="y-label"[^>]*fill="([^"]+)"/.exec(svg)?.[1],
      eac: /data-label="EAC \(bottom-up\) [^"]*" fill="none" stroke="([^"]+)"/.exec(svg)?.[1],
    });

    it('draws the SVG on the dark panel in the dark theme\'s text, grid and level colours, as the chart and its PNG are', () => {
      for (const [name, value] of Object.entries(DARK)) document.documentElement.style.setProperty(name, value);
      expect(fills(sCurveSvg(unbaselined, 'USD', sCurveLevels(unbaselined, false, 9_000), 'S-curve of Pilot')))
        .toEqual({ background: '#161b22', title: '#e6e8eb', grid: '#2a313c', values: '#9aa4b2', eac: '#fbbf24' });
    });

    it('keeps the light paper where the page sets no theme', () => {
      expect(fills(sCurveSvg(unbaselined, 'USD', sCurveLevels(unbaselined, false, 9_000), 'S-curve of Pilot')))
        .toEqual({ background: '#ffffff', title: '#1f2937', grid: '#dfe3ea', values: '#5b6475', eac: '#b45309' });
    });
  });
});

/** The SVG's x labels: each one's text (lines joined by "\n"), centre and width at most (7.2 px a character of its longest line). */
function svgXLabels(svg: string): { text: string; left: number; right: number }[] {
  return [...svg.matchAll(/<text class="x-label" x="([\d.]+)"[^>]*>(.*?)<\/text>/g)].map((m) => {
    const text = (m[2] ?? '').replace(/<tspan[^>]*>/g, '\n').replace(/<\/tspan>/g, '');
    const half = (Math.max(...text.split('\n').map((line) => line.length)) * 7.2) / 2;
    return { text, left: Number(m[1]) - half, right: Number(m[1]) + half };
  });
}

describe('the S-curve\'s SVG time axis', () => {
  it('labels a three-year curve as the chart does on screen: months with four-digit years, none over another', () => {
    // Month ends from 1 Nov 2026 to 1 Jan 2030: the SVG wrote "Nov 1, 26" under every point it had room for;
    // now the half-years from Jan 2027, the year on each January.
    const points = Array.from({ length: 39 }, (_m, i) => ({ at: at(Date.UTC(2026, 10 + i, 1) / 60_000), pv: 0, ev: null, ac: i * 1000, forecast: null }));
    const curve: SCurve = { points, statusAt: points[10]?.at ?? 0, bac: 0, eac: 38_000 };
    const labels = svgXLabels(sCurveSvg(curve, 'USD', sCurveLevels(curve, false, null), 'S-curve of Depot'));
    const texts = labels.map((l) => l.text);
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.join(' | ')).not.toMatch(/\b\d{2}\b(?!\d)|'\d\d/);
    expect(texts.flatMap((t) => t.match(/\b20\d\d\b/g) ?? [])).toEqual(['2027', '2028', '2029', '2030']);
    labels.forEach((label, i) => { const next = labels[i + 1]; if (next) expect(next.left - label.right, texts.join(' | ')).toBeGreaterThanOrEqual(8); });
  });
});

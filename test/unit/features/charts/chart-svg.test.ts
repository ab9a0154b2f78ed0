import { describe, expect, it } from 'vitest';
import { chartSvg, niceTicks } from '../../../../renderer/features/charts/chart-svg';

const DAY = 86_400;

describe('chart SVG export', () => {
  it('draws each line series with its label, and the axis labels', () => {
    const svg = chartSvg({
      title: 'S-curve of Money run', kind: 'lines', xs: [0, 7 * DAY, 14 * DAY],
      xAxis: () => [0, 7 * DAY, 14 * DAY].map((x) => ({ at: x, text: `day ${String(x / DAY)}` })), yLabel: (y) => `$${String(y)}`,
      series: [
        { label: 'Planned value (PV)', colour: '#4f46e5', values: [0, 2400, 5200] },
        { label: 'Earned value (EV)', colour: '#059669', values: [0, 2800, null] },
      ],
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>S-curve of Money run</title>');
    // Two polylines, one per series; EV stops at its last known point (2 points).
    const lines = [...svg.matchAll(/<polyline class="series" data-label="([^"]+)"[^>]* points="([^"]*)"/g)].map((m) => [m[1], (m[2] ?? '').split(' ').length]);
    expect(lines).toEqual([['Planned value (PV)', 3], ['Earned value (EV)', 2]]);
    // y ticks for a maximum of 5,200: 0, 2,000 ... 6,000; the x labels the axis gives.
    expect([...svg.matchAll(/class="y-label"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['$0', '$2000', '$4000', '$6000']);
    expect([...svg.matchAll(/class="x-label"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['day 0', 'day 7', 'day 14']);
    expect([...svg.matchAll(/class="legend"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['Planned value (PV)', 'Earned value (EV)']);
  });

  it('flows a long legend onto more lines inside the picture, which grows by those lines, not past its right edge', () => {
    // The S-curve's seven series, its levels named with their amounts: at 180 px apart the last two started past 960 px.
    const labels = ['Planned value (PV)', 'Earned value (EV)', 'Actual cost (AC)', 'Forecast', 'Budget $12,500,000', 'BAC $9,405,000', 'EAC (bottom-up) $9,405,000'];
    const svg = chartSvg({
      title: 'S-curve', kind: 'lines', xs: [0, DAY], xAxis: () => [{ at: 0, text: 'Jan 1' }], yLabel: (y) => `$${String(y)}`,
      series: labels.map((label) => ({ label, colour: '#111', values: [0, 100] })),
    });
    const entries = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="10" height="10"[^>]*\/><text class="legend"[^>]*>([^<]*)</g)]
      .map((m) => ({ x: Number(m[1]), y: Number(m[2]), label: m[3] ?? '' }));
    expect(entries.map((e) => e.label)).toEqual(labels);
    const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
    const lines = [...new Set(entries.map((e) => e.y))].sort((a, b) => a - b);
    expect(lines.length).toBeGreaterThan(1);
    // One 18 px line more than the 420 px picture for each line past the first.
    expect(height).toBe(420 + (lines.length - 1) * 18);
    const xLabelY = Number(/class="x-label"[^>]*y="([\d.]+)"/.exec(svg)?.[1]);
    for (const line of lines) {
      const onLine = entries.filter((e) => e.y === line);
      // Each entry (swatch, then its label at no more than 7.2 px a character) ends inside the picture
      // and before the next one on its line starts.
      onLine.forEach((e, i) => {
        const end = e.x + 14 + e.label.length * 7.2;
        expect(end).toBeLessThanOrEqual(960 - 24);
        const next = onLine[i + 1];
        if (next) expect(end).toBeLessThan(next.x);
      });
      // Every legend line is below the x labels and inside the picture.
      expect(line).toBeGreaterThan(xLabelY);
      expect(line + 10).toBeLessThanOrEqual(height);
    }
  });

  it('leaves out an x label that would run into the one before it', () => {
    // Points on 1 Jan, 20 Jan 00:00 and 09:00 (the start's day and the start), 22 Jan: 852 px over 21 days,
    // so the two 20 Jan labels are 15 px apart and the second is left out.
    const HOUR = 3_600;
    const xs = [0, 19 * DAY, 19 * DAY + 9 * HOUR, 21 * DAY];
    const svg = chartSvg({
      title: 'S-curve', kind: 'lines', xs, xAxis: () => xs.map((x) => ({ at: x, text: `Jan ${String(1 + Math.floor(x / DAY))}, 27` })), yLabel: (y) => String(y),
      series: [{ label: 'Forecast', colour: '#d97706', values: [0, 0, 900, 4100] }],
    });
    expect([...svg.matchAll(/class="x-label"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['Jan 1, 27', 'Jan 20, 27', 'Jan 22, 27']);
    // Every point is still on the line.
    expect(/data-label="Forecast"[^>]* points="([^"]*)"/.exec(svg)?.[1]?.split(' ')).toHaveLength(4);
  });

  it('stacks bars from the band below, and escapes names', () => {
    // Cumulative data: Ana 100 then Raj on top up to 250: Raj's bar is 150 tall, from 100 to 250.
    const svg = chartSvg({
      title: 'Cash flow', kind: 'bars', xs: [0], xAxis: () => [{ at: 0, text: 'Jan 2027' }], yLabel: (y) => String(y), height: 372,
      series: [{ label: 'Ana <Lead>', colour: '#111', values: [100] }, { label: 'Raj', colour: '#222', values: [250] }],
    });
    expect(svg).toContain('data-label="Ana &#60;Lead&#62;"');
    // Plot height 372 - 36 - 72 = 264 for 0..250 (ticks 0, 50 .. 250): 150 of 250 = 158.4 px.
    const raj = /data-label="Raj"[^>]*><rect [^>]*height="([\d.]+)"/.exec(svg);
    expect(Number(raj?.[1])).toBeCloseTo(158.4, 1);
  });

  it('widens the left margin for long value labels, so "$60,000,000" starts inside the picture', () => {
    const svg = (max: number): string => chartSvg({
      title: 'S-curve', kind: 'lines', xs: [0, DAY], xAxis: () => [{ at: 0, text: 'x' }], yLabel: (y) => `$${y.toLocaleString('en-US')}`,
      series: [{ label: 'PV', colour: '#111', values: [0, max] }],
    });
    const plotLeft = (text: string): number => Number(/<line x1="([\d.]+)"/.exec(text)?.[1]);
    expect(plotLeft(svg(5200))).toBe(84);
    // "$60,000,000" is 11 characters: 16 + 11 x 7.2 = 95.2, so the plot starts at 96 and the labels end at 88.
    expect(plotLeft(svg(55_000_000))).toBe(96);
  });

  it('picks round ticks', () => {
    expect(niceTicks(5200)).toEqual([0, 2000, 4000, 6000]);
    expect(niceTicks(250)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(niceTicks(0)).toEqual([0]);
  });

  it('writes a label of two lines as two lines under its tick, the year under the day', () => {
    const svg = chartSvg({
      title: 'S-curve', kind: 'lines', xs: [0, 7 * DAY], xAxis: () => [{ at: 0, text: 'Dec 28\n2026' }, { at: 7 * DAY, text: 'Jan 4\n2027' }], yLabel: String,
      series: [{ label: 'PV', colour: '#111', values: [0, 10] }],
    });
    expect([...svg.matchAll(/<text class="x-label" x="([\d.]+)"[^>]*>([^<]*)<tspan x="([\d.]+)" dy="14">([^<]*)<\/tspan><\/text>/g)].map((m) => [m[2], m[4], m[1] === m[3]]))
      .toEqual([['Dec 28', '2026', true], ['Jan 4', '2027', true]]);
  });
});

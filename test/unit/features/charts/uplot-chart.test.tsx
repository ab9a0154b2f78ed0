// @vitest-environment happy-dom
/**
 * UPlotChart hands uPlot each set of figures once: a chart it has just built already holds the
 * data it was built with (a setData of the same figures made uPlot scale everything anew in the
 * first render), new data alone goes in with setData, and new options build a new chart. A chart
 * that fills its frame is sized to its legend before uPlot's first draw, so it is drawn once.
 * themeColours reads the theme's variables from one computed style, with fallbacks.
 */
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rootPerTest } from '../../../support/react-root';

/** What the stand-in for uPlot was asked: each chart built (with its data) and each setData. */
const calls: { built: unknown[]; heights: number[]; setData: unknown[]; setSize: { width: number; height: number }[]; destroyed: number } = {
  built: [], heights: [], setData: [], setSize: [], destroyed: 0,
};

/**
 * uPlot's DOM as it is before its first draw: a wrap that holds the canvas, and a legend that, until
 * the wrap is given the chart's width, wraps a label a line (515 px; one line, 27 px, at full width).
 */
const WRAP_PX = 41;
const legendPx = (wrap: HTMLElement): number => (wrap.style.width === '' ? 515 : 27);

vi.mock('uplot', () => ({
  default: class FakePlot {
    static readonly pxRatio = 2;
    readonly root = document.createElement('div');
    constructor(options: { height: number }, data: unknown) {
      calls.built.push(data);
      calls.heights.push(options.height);
      const wrap = Object.assign(document.createElement('div'), { className: 'u-wrap' });
      const legend = Object.assign(document.createElement('div'), { className: 'u-legend' });
      Object.defineProperty(wrap, 'offsetHeight', { get: () => WRAP_PX });
      Object.defineProperty(this.root, 'offsetHeight', { get: () => WRAP_PX + legendPx(wrap) });
      this.root.append(wrap, legend);
    }
    setData(data: unknown): void { calls.setData.push(data); }
    setSize(size: { width: number; height: number }): void { calls.setSize.push(size); }
    destroy(): void { calls.destroyed++; }
  },
}));

const { UPlotChart, fillHeight, sizeToLabels, spaceToLabels, themeColours } = await import('../../../../renderer/features/charts/UPlotChart');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('UPlotChart', () => {
  const react = rootPerTest();
  afterEach(() => {
    calls.built = [];
    calls.heights = [];
    calls.setData = [];
    calls.setSize = [];
    calls.destroyed = 0;
    vi.restoreAllMocks();
  });

  it('builds the chart with its data and does not hand it the same data again', () => {
    const options = { series: [{}, {}] };
    const data: [number[], number[]] = [[1, 2], [3, 4]];
    act(() => react.root().render(<UPlotChart options={options} data={data} height={190} label="S-curve" />));
    expect(calls.built).toEqual([data]);
    expect(calls.setData).toEqual([]);

    // New figures alone: the same chart takes them with setData.
    const next: [number[], number[]] = [[1, 2], [5, 6]];
    act(() => react.root().render(<UPlotChart options={options} data={next} height={190} label="S-curve" />));
    expect(calls.built).toHaveLength(1);
    expect(calls.setData).toEqual([next]);

    // New options (a theme change): a new chart, built with the latest data, which it is not handed again.
    act(() => react.root().render(<UPlotChart options={{ series: [{}, {}] }} data={next} height={190} label="S-curve" />));
    expect(calls.built).toEqual([data, next]);
    expect(calls.destroyed).toBe(1);
    expect(calls.setData).toEqual([next]);
  });

  it('sizes a filling chart to its measured legend before uPlot first draws it', () => {
    // The host, as laid out: 1,100 × 260 px.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1100);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(260);
    act(() => react.root().render(<UPlotChart options={{ series: [{}, {}] }} data={[[1], [2]]} height={150} fill label="S-curve" />));
    // Built on the estimate (a 30 px legend), then, in the same task (uPlot draws in a microtask
    // after its constructor), given the height the one-line legend leaves: one draw, not two.
    expect(calls.heights).toEqual([230]);
    expect(calls.setSize).toEqual([{ width: 1100, height: 233 }]);
  });

  it('leaves a chart of fixed height as built', () => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1100);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(260);
    act(() => react.root().render(<UPlotChart options={{ series: [{}, {}] }} data={[[1], [2]]} height={150} label="Cash flow" />));
    expect(calls.heights).toEqual([150]);
    expect(calls.setSize).toEqual([]);
  });
});

describe('fillHeight', () => {
  it('gives the plot what the legend leaves of its frame, never less than the least height', () => {
    expect(fillHeight(400, 52, 150)).toBe(348);
    expect(fillHeight(400.6, 52, 150)).toBe(348);
    expect(fillHeight(180, 52, 150)).toBe(150);
  });
});

describe('sizeToLabels', () => {
  /** A chart whose canvas font draws 7 px per character at uPlot's pixel ratio of 2 (14 canvas pixels). */
  const chart = (size?: number) => {
    const fonts: string[] = [];
    const self = {
      axes: [{}, { font: ['24px sans-serif', 24], ticks: { size: 10 }, gap: 5, ...(size === undefined ? {} : { _size: size }) }],
      ctx: { set font(value: string) { fonts.push(value); }, measureText: (text: string) => ({ width: text.length * 14 }) },
    };
    return { self: self as unknown as Parameters<ReturnType<typeof sizeToLabels>>[0], fonts };
  };

  it('widens the axis to its widest label, in the axis font', () => {
    const { self, fonts } = chart();
    const size = sizeToLabels(48);
    // "$5,000,000" is 10 characters: 70 px of text, 10 of ticks, 5 of gap and 4 to spare.
    expect(size(self, ['$0', '$5,000,000', '$2,500,000'], 1, 1)).toBe(89);
    expect(fonts).toEqual(['24px sans-serif']);
    expect(size(self, ['$0', '$500'], 1, 1)).toBe(48);
  });

  it('keeps the size chosen on later layout cycles', () => {
    const size = sizeToLabels(48);
    expect(size(chart(89).self, ['$0', '$5,000,000,000,000'], 1, 2)).toBe(89);
  });
});

describe('spaceToLabels', () => {
  it('keeps the widest label and the gap between ticks, in the axis font, measured once', () => {
    const fonts: string[] = [];
    const measured: string[] = [];
    const self = {
      axes: [{ font: ['24px sans-serif', 24] }],
      ctx: { set font(value: string) { fonts.push(value); }, measureText: (text: string) => { measured.push(text); return { width: text.length * 14 }; } },
    } as unknown as Parameters<ReturnType<typeof spaceToLabels>>[0];
    const space = spaceToLabels(['Jan 4', 'Sep 2026', 'Dec'], 12);
    // "Sep 2026" is 8 characters: 56 px at 7 px a character, and 12 between it and the next.
    expect(space(self, 0, 0, 1, 800)).toBe(68);
    expect(space(self, 0, 0, 1, 800)).toBe(68);
    expect(fonts).toEqual(['24px sans-serif']);
    expect(measured).toHaveLength(3);
  });
});

describe('themeColours', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('--muted');
    vi.restoreAllMocks();
  });

  it('reads every variable from one computed style, falling back where the theme sets none', () => {
    document.documentElement.style.setProperty('--muted', ' #112233 ');
    const computed = vi.spyOn(window, 'getComputedStyle');
    expect(themeColours({ '--muted': '#5b6475', '--not-set': '#dfe3ea' })).toEqual({ '--muted': '#112233', '--not-set': '#dfe3ea' });
    expect(computed).toHaveBeenCalledTimes(1);
  });
});

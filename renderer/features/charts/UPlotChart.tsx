/**
 * The one doorway to the charting library (STYLE.md: one library, one doorway). uPlot was chosen
 * for speed and size: it draws 10,000-point series on a canvas in a few milliseconds and weighs
 * about 50 kB, where SVG-based React chart libraries build one DOM node per mark.
 * The chart follows its container's width and the app's theme (CSS variables).
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './charts.css';

export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;
export type ChartData = uPlot.AlignedData;
export type { uPlot };

export interface UPlotChartProps {
  readonly options: ChartOptions;
  readonly data: ChartData;
  /** The plot's height in px; with `fill`, the least it is given. */
  readonly height: number;
  /**
   * The chart takes its host's height (the host is sized by its layout, e.g. a flex share of a
   * panel): the plot gets what the legend leaves, never less than `height`.
   */
  readonly fill?: boolean;
  /** Accessible name of the chart (a canvas says nothing by itself). */
  readonly label: string;
  /** Receives the live chart, e.g. for PNG export; null when it unmounts. */
  readonly onChart?: (chart: uPlot | null) => void;
}

/** What a one-line legend and the chart's own margins take below the plot, until the chart is built and measured. */
const CHROME_ESTIMATE_PX = 30;

/** A filling chart's plot height: the host's height less the legend (`chrome`), at least `least`. */
export function fillHeight(hostHeight: number, chrome: number, least: number): number {
  return Math.max(least, Math.floor(hostHeight - chrome));
}

export function UPlotChart({ options, data, height, fill = false, label, onChart }: UPlotChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  // The latest data, read when the chart is (re)built; data alone is pushed with setData below.
  const latest = useRef(data);
  latest.current = data;
  // The data the chart holds: a chart just built holds the data it was built with, which setData
  // would only hand it again (uPlot then scales everything anew for the same figures).
  const held = useRef<ChartData | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return undefined;
    let width = Math.max(200, el.clientWidth);
    // A filling chart's legend is measured once built; until then it is taken to be one line.
    let chrome = CHROME_ESTIMATE_PX;
    let plotHeight = fill ? fillHeight(el.clientHeight, chrome, height) : height;
    const plot = new uPlot({ ...options, width, height: plotHeight }, latest.current, el);
    chart.current = plot;
    held.current = latest.current;
    onChart?.(plot);
    // An observer reports the size it starts with too; uPlot redraws everything on setSize, even to
    // the same size, so only a new size is passed on (the first frame draws the chart once).
    // The legend's height is read from the page, plot and legend as laid out (uPlot applies a new
    // size a moment after setSize): a legend that wraps onto more or fewer lines at a new width is
    // observed too, and the plot refitted then.
    const wrap = plot.root.querySelector<HTMLElement>('.u-wrap');
    const legend = plot.root.querySelector<HTMLElement>('.u-legend');
    const measuredChrome = (): number => Math.max(0, plot.root.offsetHeight - (wrap?.offsetHeight ?? 0));
    // uPlot draws in a microtask after its constructor, and its legend is already in the page: a
    // filling chart measures the legend now and sizes the plot before that first draw. Left to the
    // observer below, the first frame drew the chart twice (the estimate was 3 px off) and laid
    // the page out again. The legend wraps at the chart's width, which uPlot gives its wrap only
    // when it draws: the wrap gets that same width first, or the legend is measured a label a line.
    if (fill && wrap) {
      wrap.style.width = `${String(width)}px`;
      chrome = measuredChrome();
      const measured = fillHeight(el.clientHeight, chrome, height);
      if (measured !== plotHeight) {
        plotHeight = measured;
        plot.setSize({ width, height: plotHeight });
      }
    }
    const resize = new ResizeObserver(() => {
      const nextWidth = Math.max(200, el.clientWidth);
      if (fill && wrap) chrome = measuredChrome();
      const nextHeight = fill ? fillHeight(el.clientHeight, chrome, height) : height;
      if (nextWidth === width && nextHeight === plotHeight) return;
      width = nextWidth;
      plotHeight = nextHeight;
      plot.setSize({ width, height: plotHeight });
    });
    if (fill && legend) resize.observe(legend);
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
      chart.current = null;
      onChart?.(null);
    };
  }, [options, height, fill, onChart]);

  useEffect(() => {
    if (!chart.current || held.current === data) return;
    held.current = data;
    chart.current.setData(data);
  }, [data]);

  return <div ref={host} className={fill ? 'uplot-host fill' : 'uplot-host'} role="img" aria-label={label} />;
}

/** What sizeToLabels reads of an axis uPlot has set up (`_size`: the size of its last layout cycle). */
interface LaidOutAxis {
  readonly _size?: number;
  readonly font?: unknown;
  readonly gap?: number;
  readonly ticks?: { readonly size?: number };
}

/**
 * A y axis as wide as its widest value label: uPlot's sizes are fixed, and a fixed width that holds
 * "$500,000" cuts "$5,000,000" off at the chart's edge. uPlot asks on each layout cycle; the
 * labels of the first decide, as its own examples do. `least` is the narrowest it gets.
 */
export function sizeToLabels(least: number): Exclude<uPlot.Axis.Size, number> {
  return (self, values, axisIdx, cycleNum) => {
    const axis: LaidOutAxis | undefined = self.axes[axisIdx];
    if (!axis) return least;
    if (cycleNum > 1 && axis._size !== undefined) return axis._size;
    const longest = (values ?? []).reduce((widest, value) => (typeof value === 'string' && value.length > widest.length ? value : widest), '');
    if (longest === '') return least;
    // After set-up uPlot keeps an axis font as [font scaled to the canvas's pixels, size].
    const font: unknown = Array.isArray(axis.font) ? (axis.font as unknown[])[0] : axis.font;
    if (typeof font === 'string') self.ctx.font = font;
    const labelWidth = self.ctx.measureText(longest).width / uPlot.pxRatio;
    return Math.max(least, Math.ceil(labelWidth + (axis.ticks?.size ?? 10) + (axis.gap ?? 5) + 4));
  };
}

/**
 * The least room between an axis's ticks: the widest of `labels` in the axis's font, plus `gap` px.
 * uPlot's fixed 50 px held "Jan 4" but not "Sep 2026" (and less in a locale with longer month
 * names), so a month's label ran into the next. Measured once per font.
 */
export function spaceToLabels(labels: readonly string[], gap: number): Exclude<uPlot.Axis.Space, number> {
  let measured: { font: string; space: number } | null = null;
  return (self, axisIdx) => {
    const axis: LaidOutAxis | undefined = self.axes[axisIdx];
    const font: unknown = Array.isArray(axis?.font) ? (axis.font as unknown[])[0] : axis?.font;
    const key = typeof font === 'string' ? font : '';
    if (measured?.font !== key) {
      if (key !== '') self.ctx.font = key;
      const widest = Math.max(0, ...labels.map((label) => self.ctx.measureText(label).width)) / uPlot.pxRatio;
      measured = { font: key, space: Math.ceil(widest + gap) };
    }
    return measured.space;
  };
}

/**
 * A value scale that also reaches the given levels (lines drawn over the plot, not series): uPlot's
 * own padded, rounded range, over the data and the levels together, so a budget above every
 * curve still shows.
 */
export function rangeWithLevels(levels: readonly number[]): uPlot.Range.Function {
  return (_u, dataMin, dataMax) => uPlot.rangeNum(Math.min(dataMin, ...levels), Math.max(dataMax, ...levels), 0.1, true);
}

/**
 * A value scale from zero for bars: a bar's height is its amount, so the scale cannot start where
 * uPlot's own range would (just under the smallest bar, drawing a month of 4,480 a ninth as tall
 * as one of 17,920 instead of a quarter). The top is uPlot's padded, rounded one.
 */
export function rangeFromZero(): uPlot.Range.Function {
  return (_u, _dataMin, dataMax) => [0, uPlot.rangeNum(0, Math.max(0, dataMax), 0.1, true)[1] ?? 1];
}

/**
 * The chart's canvas as PNG bytes (with its legend left out: the export names its series in the
 * file name's view), over an opaque `background`: the panel's colour it is shown on. uPlot's canvas
 * is transparent where nothing is drawn, so a PNG of it alone let the viewer's or the slide's own
 * background through; from the dark theme that was light axis text faded on white and each level
 * label's halo (drawn in the panel's dark surface to keep lines off its letters) a dark patch.
 * The picture is the chart as the person saw it, so a dark chart exports dark.
 */
export async function chartPng(plot: uPlot, background: string): Promise<Uint8Array> {
  const chart = plot.ctx.canvas;
  const canvas = document.createElement('canvas');
  canvas.width = chart.width;
  canvas.height = chart.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('The chart could not be drawn to an image.');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(chart, 0, 0);
  const blob = await new Promise<Blob | null>((done) => { canvas.toBlob(done, 'image/png'); });
  if (!blob) throw new Error('The chart could not be drawn to an image.');
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * The theme on <html data-theme> ('light' or 'dark'), live: charts read the theme's colours when
 * they build their options, so they must rebuild when it changes (a canvas does not follow CSS).
 */
export function useDocumentTheme(): string {
  return useSyncExternalStore(
    (onChange) => {
      const observer = new MutationObserver(onChange);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
      return () => observer.disconnect();
    },
    () => document.documentElement.dataset['theme'] ?? 'light',
  );
}

/** A CSS variable of the app's theme, read where the chart is drawn. */
export function themeColour(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

/**
 * Several CSS variables of the app's theme (name -> fallback) from one reading of the computed
 * style: each getComputedStyle read brings the document's style up to date first, which costs a
 * style recalculation when the DOM has just changed (as it has while a chart is being built).
 */
export function themeColours<Name extends string>(fallbacks: Readonly<Record<Name, string>>): Record<Name, string> {
  const style = getComputedStyle(document.documentElement);
  const out = {} as Record<Name, string>;
  for (const name of Object.keys(fallbacks) as Name[]) out[name] = style.getPropertyValue(name).trim() || fallbacks[name];
  return out;
}

/**
 * Bar paths for a bar series (uPlot's own builder), as wide as `share` of a period (60 %), at most
 * 60 px. `each` is told where every bar is drawn (canvas pixels), e.g. to publish the bars' geometry.
 */
export function barPaths(each?: uPlot.Series.BarsPathBuilderOpts['each'], share = 0.6): uPlot.Series.PathBuilder {
  const bars = uPlot.paths.bars;
  if (!bars) throw new Error('uPlot was built without bar paths.');
  return bars(each ? { size: [share, 60], each } : { size: [share, 60] });
}

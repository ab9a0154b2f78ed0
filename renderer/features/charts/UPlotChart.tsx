/**
 * The one doorway to the charting library (STYLE.md: one library, one doorway). uPlot was chosen
 * for speed and size: it draws 10,000-point series on a canvas in a few milliseconds and weighs
 * about 50 kB, where SVG-based React chart libraries build one DOM node per mark.
 * The chart follows its container's width and the app's theme (CSS variables).
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;
export type ChartData = uPlot.AlignedData;
export type { uPlot };

export interface UPlotChartProps {
  readonly options: ChartOptions;
  readonly data: ChartData;
  readonly height: number;
  /** Accessible name of the chart (a canvas says nothing by itself). */
  readonly label: string;
  /** Receives the live chart, e.g. for PNG export; null when it unmounts. */
  readonly onChart?: (chart: uPlot | null) => void;
}

export function UPlotChart({ options, data, height, label, onChart }: UPlotChartProps) {
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
    const plot = new uPlot({ ...options, width, height }, latest.current, el);
    chart.current = plot;
    held.current = latest.current;
    onChart?.(plot);
    // An observer reports the size it starts with too; uPlot redraws everything on setSize, even to
    // the same size, so only a new width is passed on (the first frame draws the chart once).
    const resize = new ResizeObserver(() => {
      const next = Math.max(200, el.clientWidth);
      if (next === width) return;
      width = next;
      plot.setSize({ width, height });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
      chart.current = null;
      onChart?.(null);
    };
  }, [options, height, onChart]);

  useEffect(() => {
    if (!chart.current || held.current === data) return;
    held.current = data;
    chart.current.setData(data);
  }, [data]);

  return <div ref={host} className="uplot-host" role="img" aria-label={label} />;
}

/** The chart's canvas as PNG bytes (with its legend left out: the export names its series in the file name's view). */
export async function chartPng(plot: uPlot): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((done) => { plot.ctx.canvas.toBlob(done, 'image/png'); });
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

/** Bar paths for a bar series (uPlot's own builder), as wide as 60 % of a period, at most 60 px. */
export function barPaths(): uPlot.Series.PathBuilder {
  const bars = uPlot.paths.bars;
  if (!bars) throw new Error('uPlot was built without bar paths.');
  return bars({ size: [0.6, 60] });
}

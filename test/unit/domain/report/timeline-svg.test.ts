// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { LocalDate, TaskId } from '../../../../renderer/domain/model';
import { timelineSvg } from '../../../../renderer/domain/report/timeline-svg';

const milestone = (name: string, finish: string, baselineFinish: string | null = null, slipDays: number | null = baselineFinish ? 1 : null) => ({
  taskId: name as TaskId, name, finish: finish as LocalDate, baselineFinish: baselineFinish as LocalDate | null, slipDays, isDone: false,
});
const timeline = (names: readonly string[]) => timelineSvg({
  kind: 'timeline', from: '2027-01-04' as LocalDate, to: '2027-02-03' as LocalDate, statusDate: '2027-01-04' as LocalDate,
  items: names.map((n, i) => milestone(n, i === names.length - 1 ? '2027-02-03' : '2027-01-06')),
});

describe('timelineSvg (the status report\'s milestone timeline)', () => {
  it('is as wide as its container, not a fixed drawing scaled to fit: 100% wide, no viewBox, type at 11 px', () => {
    const svg = timeline(['Kickoff', 'Launch']);
    expect(svg).toMatch(/^<svg [^>]*width="100%"/);
    expect(svg).not.toContain('viewBox');
    expect(Math.min(...[...svg.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1])))).toBe(11);
  });
  it('starts its axis just right of the longest name: 7 characters take 59 px, 34 characters the 210 px most', () => {
    const axisStart = (svg: string): number => Number(/<text x="([\d.]+)" y="12"/.exec(svg)?.[1]);
    expect(axisStart(timeline(['Kickoff', 'Launch']))).toBe(Math.ceil(7 * 6.4) + 14);
    expect(axisStart(timeline(['A milestone with a much longer name than that']))).toBe(210);
  });
  it('places a date f of the way along the axis at f × width plus a px shift, so its place follows the width', () => {
    // Launch on the axis's last day: 100% of the width, moved back by the right margin (16 px).
    expect(timeline(['Kickoff', 'Launch'])).toContain('<g transform="translate(-16 0)"><svg x="100%" y="77"');
    // The status date on the first day: 0% moved to the axis's start (59 px).
    expect(timeline(['Kickoff', 'Launch'])).toContain('<line x1="0%" x2="0%" transform="translate(59 0)"');
  });

  describe('a forecast date at widths from a narrow preview to a wide window', () => {
    // Beta and Launch 30 working days late, forecast 1 working day apart at the axis's right end,
    // baselined 18 and 19 Jan; Kickoff on time on the axis's first day; Review on time mid-axis.
    const late = timelineSvg({
      kind: 'timeline', from: '2027-01-04' as LocalDate, to: '2027-03-01' as LocalDate, statusDate: '2027-01-04' as LocalDate,
      items: [
        milestone('Kickoff', '2027-01-04', '2027-01-04', 0), milestone('Review', '2027-02-01', '2027-02-01', 0),
        milestone('Beta', '2027-02-26', '2027-01-18', 29), milestone('Launch', '2027-03-01', '2027-01-19', 29),
      ],
    });
    // 415 px: the preview's column in a 1024 px window; 320: narrower than any column the app draws.
    const widths = [320, 415, 700, 1200];

    it.each(widths)('at %i px sits under the forecast diamond it names, not by the baseline', (width) => {
      const { dates, markers } = layout(late, width);
      const rows = [['Kickoff', '4 Jan 2027'], ['Review', '1 Feb 2027'], ['Beta', '26 Feb 2027'], ['Launch', '1 Mar 2027']] as const;
      const placed = rows.map(([name, date]) => {
        const label = dates.find((d) => d.text === date);
        const forecast = markers.find((m) => m.row === name && m.kind === 'forecast');
        if (!label || !forecast) throw new Error(`${name}: no date label or forecast marker`);
        // The diamond's centre within the label's span (px past its nearer end, 0 inside), and the
        // label on the line just under the diamond (px from the diamond's foot to the type's top).
        const past = Math.max(0, label.left - forecast.x, forecast.x - label.right);
        const gap = label.top - forecast.bottom;
        return `${name}: ${String(Math.round(past))} px past its end, ${gap >= 0 && gap <= 4 ? 'just under' : `${String(Math.round(gap))} px under`} the forecast`;
      });
      expect(placed).toEqual(rows.map(([name]) => `${name}: 0 px past its end, just under the forecast`));
    });

    it.each(widths)('at %i px stays inside the chart and clear of every other label and marker', (width) => {
      const { texts, markers } = layout(late, width);
      for (const t of texts) expect([t.text, t.left >= 0 && t.right <= width]).toEqual([t.text, true]);
      const crossings = texts.flatMap((t, i) => [
        ...texts.slice(i + 1).filter((u) => overlaps(t, u)).map((u) => `'${t.text}' over '${u.text}'`),
        ...markers.filter((m) => overlaps(t, m)).map((m) => `'${t.text}' over ${m.row}'s ${m.kind} marker`),
      ]);
      expect(crossings).toEqual([]);
    });
  });
});

interface Box { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number }
interface TextBox extends Box { readonly text: string }
interface MarkerBox extends Box { readonly x: number; readonly row: string; readonly kind: 'forecast' | 'baseline' }

/** Generous for 11 px type (the module sizes names at 6.4 px a character): a label drawn is no wider than this estimate. */
const ESTIMATED_CHAR_PX = 7;
/** 11 px type's extent above and below its baseline (ascent and descent, rounded up). */
const ASCENT_PX = 11;
const DESCENT_PX = 3;

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** An x written as "f%" or px, moved by the element's translate, at `width` px. */
function xOf(el: Element, width: number): number {
  const x = el.getAttribute('x') ?? '0';
  const shift = Number(/translate\((-?[\d.]+)/.exec(el.getAttribute('transform') ?? '')?.[1] ?? 0);
  return (x.endsWith('%') ? (Number.parseFloat(x) / 100) * width : Number(x)) + shift;
}

/**
 * Where the timeline's labels and diamonds fall when it is drawn `width` px wide: each text's box
 * (its width estimated from its length, placed by its anchor) and each diamond's box, by the row
 * whose name shares its line.
 */
function layout(svg: string, width: number) {
  const root = document.createElement('div');
  root.innerHTML = svg;
  const texts: TextBox[] = [...root.querySelectorAll('text')].map((t) => {
    const text = t.textContent ?? '';
    const x = xOf(t, width);
    const w = text.length * ESTIMATED_CHAR_PX;
    const anchor = t.getAttribute('text-anchor') ?? 'start';
    const left = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
    const y = Number(t.getAttribute('y'));
    return { text, left, right: left + w, top: y - ASCENT_PX, bottom: y + DESCENT_PX };
  });
  const names = texts.filter((t) => t.left === 0);
  const markers: MarkerBox[] = [...root.querySelectorAll('svg svg')].map((placed) => {
    const path = placed.querySelector('path');
    const r = Math.abs(Number(/^M0 (-?[\d.]+)/.exec(path?.getAttribute('d') ?? '')?.[1]));
    const x = Number.parseFloat(placed.getAttribute('x') ?? '0') / 100 * width + xOf(placed.parentElement ?? placed, 0);
    const y = Number(placed.getAttribute('y'));
    const row = names.find((n) => n.top <= y && y <= n.bottom)?.text ?? '';
    return { x, row, kind: path?.getAttribute('fill') === 'none' ? 'baseline' : 'forecast', left: x - r, right: x + r, top: y - r, bottom: y + r };
  });
  return { texts, markers, dates: texts.filter((t) => /^\d+ \w{3} \d{4}$/.test(t.text)) };
}

// @vitest-environment happy-dom
/**
 * Working time in the Gantt's export (SVG, PNG, PDF), drawn as the chart on screen draws it: a
 * split task's pieces of work joined by a dotted line, the done work filled in the pieces it
 * reaches (one bar over the gap printed the days nobody works on it as planned work), and the
 * weekends and holidays shaded (the export had none).
 *
 * Day zoom: 40 px a day; the names column is 260 px, so the day the image starts is at x = 260.
 */
import { describe, expect, it } from 'vitest';
import type { TaskId } from '../../../../renderer/domain/model';
import type { GanttRow } from '../../../../renderer/features/gantt/gantt-rows';
import { makeScale } from '../../../../renderer/features/gantt/time-scale';
import { riskBandPaint } from '../../../../renderer/features/present/export-risk-marker';
import { buildGanttSvg, type SvgExportInput } from '../../../../renderer/features/present/export-svg';
import { themeReader } from '../../../support/theme-tokens';

const DAY = 1440;
const jan4 = Date.UTC(2027, 0, 4) / 60_000; // Monday 4 January 2027
const LABELS = 260;
const PX_PER_DAY = 40;
const BAR_COLOUR = '#3b82f6';
const at = (day: number): number => jan4 + day * DAY;

/** Worked Monday and Tuesday, then Friday and the next Monday; done to Tuesday's end. */
const split: GanttRow = {
  id: 't1' as TaskId, index: 0, wbs: '1', name: 'Migrate data', depth: 0, kind: 'task', hasChildren: false, durationMinutes: 4 * DAY,
  durationIsElapsed: false, startMinutes: at(0), finishMinutes: at(8), percentComplete: 50,
  isCritical: false, totalSlackMinutes: 0, isLate: false, deadlineMinutes: null, baseline: null, phase: null, phaseId: null, statusId: 's',
  resourceId: null, calendarId: null, segments: [{ startMinutes: at(0), finishMinutes: at(2) }, { startMinutes: at(4), finishMinutes: at(8) }], progressMinutes: at(2),
};

function svgOf(row: GanttRow): Document {
  const input: SvgExportInput = {
    title: 'Billing migration', rows: [row], links: [],
    scale: makeScale('day', at(0), at(14)), from: at(0), to: at(14), colourOf: () => BAR_COLOUR, showBaseline: false,
    theme: { background: '#ffffff', text: '#111827', muted: '#5b6475', border: '#dfe3ea', summary: '#111827', arrow: '#5b6475', baseline: '#9aa4b2', font: 'sans-serif', riskBands: riskBandPaint(themeReader('light')) },
  };
  return new DOMParser().parseFromString(buildGanttSvg(input), 'image/svg+xml');
}

const spans = (elements: Element[]): number[][] => elements.map((e) => [Number(e.getAttribute('x')), Number(e.getAttribute('width'))].map(Math.round));

describe('a split task in the export', () => {
  it('is its pieces of work joined by a dotted line, the done work filled where it reaches', () => {
    const doc = svgOf(split);
    const rects = [...doc.querySelectorAll('rect')];
    expect(spans(rects.filter((r) => r.getAttribute('fill') === BAR_COLOUR))).toEqual([[LABELS, 2 * PX_PER_DAY], [LABELS + 4 * PX_PER_DAY, 4 * PX_PER_DAY]]);
    // Done to the end of the first piece: the second has none.
    expect(spans(rects.filter((r) => r.getAttribute('fill-opacity') === '0.25'))).toEqual([[LABELS, 2 * PX_PER_DAY]]);
    const joiner = [...doc.querySelectorAll('line')].filter((l) => l.getAttribute('stroke-dasharray') !== null);
    expect(joiner.map((l) => [l.getAttribute('x1'), l.getAttribute('x2'), l.getAttribute('stroke')].map((v) => (v === BAR_COLOUR ? v : Math.round(Number(v))))))
      .toEqual([[LABELS + 2 * PX_PER_DAY, LABELS + 4 * PX_PER_DAY, BAR_COLOUR]]);
  });

  it('a task worked in one piece stays one bar', () => {
    const doc = svgOf({ ...split, segments: null });
    expect(spans([...doc.querySelectorAll('rect')].filter((r) => r.getAttribute('fill') === BAR_COLOUR))).toEqual([[LABELS, 8 * PX_PER_DAY]]);
    expect([...doc.querySelectorAll('line')].filter((l) => l.getAttribute('stroke-dasharray') !== null)).toEqual([]);
  });
});

describe('non-working days in the export', () => {
  it('are shaded as on screen, a weekend one column, a holiday its own', () => {
    const jan4Day = Math.floor(jan4 / 1440);
    // Saturdays and Sundays, and Wednesday 13 January as a holiday.
    const isNonWorkingDay = (day: number): boolean => [5, 6].includes((day - jan4Day + 700) % 7) || day === jan4Day + 9;
    const input: SvgExportInput = {
      title: 'Billing migration', rows: [split], links: [], isNonWorkingDay,
      scale: makeScale('day', at(0), at(14)), from: at(0), to: at(14), colourOf: () => BAR_COLOUR, showBaseline: false,
      theme: { background: '#ffffff', text: '#111827', muted: '#5b6475', border: '#dfe3ea', summary: '#111827', arrow: '#5b6475', baseline: '#9aa4b2', font: 'sans-serif', riskBands: riskBandPaint(themeReader('light')) },
    };
    const doc = new DOMParser().parseFromString(buildGanttSvg(input), 'image/svg+xml');
    const shaded = [...doc.querySelectorAll('g[fill-opacity="0.1"] rect')];
    expect(spans(shaded)).toEqual([[LABELS + 5 * PX_PER_DAY, 2 * PX_PER_DAY], [LABELS + 9 * PX_PER_DAY, PX_PER_DAY], [LABELS + 12 * PX_PER_DAY, 2 * PX_PER_DAY]]);
    // Under the bars: drawn before them.
    const all: Element[] = [...doc.querySelectorAll('rect')];
    expect(all.indexOf(shaded[0] as Element)).toBeLessThan(all.findIndex((r) => r.getAttribute('fill') === BAR_COLOUR));
  });
});

describe('a split task\'s name in the export', () => {
  it('is beside the bar in the text colour, not centred in white over the gap', () => {
    const doc = svgOf(split);
    const name = [...doc.querySelectorAll('text')].filter((t) => t.textContent === 'Migrate data' && t.closest('svg[x="0"]') === null);
    expect(name.map((t) => [t.getAttribute('text-anchor'), t.getAttribute('fill'), Math.round(Number(t.getAttribute('x'))) >= LABELS + 8 * PX_PER_DAY]))
      .toEqual([[null, '#111827', true]]);
  });
});

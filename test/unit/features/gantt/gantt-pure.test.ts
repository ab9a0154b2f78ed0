import { describe, expect, it } from 'vitest';
import { ARROW_GAP, arrowShape, endExits, entryTurnX, linkTypeForEnds, roomAfterBarEnd } from '../../../../renderer/features/gantt/arrow-geometry';
import { classToken } from '../../../../renderer/features/gantt/escape';
import { labelPlacement, milestoneLabelStart } from '../../../../renderer/features/gantt/label-pin';
import {
  edgeTickLabel, rightEdgeTickLabel, fitZoom, makeScale, mondayOnOrBefore, scrollLeftAfterZoom, stepZoom, ticks, xOf, minutesAt,
} from '../../../../renderer/features/gantt/time-scale';
import { computeWindow, windowCovers } from '../../../../renderer/features/gantt/visible-window';
import { buildGanttSvg, headerCells, headerLabel, PRESENTATION_LOOK } from '../../../../renderer/features/present/export-svg';
import { focusRows, nextStop, stops } from '../../../../renderer/features/present/focus';
import type { GanttRow } from '../../../../renderer/features/gantt/gantt-rows';
import type { Link, TaskId } from '../../../../renderer/domain/model';
import { riskBandPaint } from '../../../../renderer/features/present/export-risk-marker';
import { themeReader } from '../../../support/theme-tokens';

/** The risk markers' band colours of the light theme (theme.css). */
const LIGHT_BANDS = riskBandPaint(themeReader('light'));

const DAY = 1440;
const mar2 = Date.UTC(2026, 2, 2) / 60_000; // Monday 2 March 2026

describe('time scale', () => {
  it('starts on a Monday two weeks before the project and maps days linearly', () => {
    const scale = makeScale('day', mar2 + 9 * 60, mar2 + 30 * DAY);
    expect(scale.originMinutes).toBe(mar2 - 14 * DAY);
    expect(mondayOnOrBefore(mar2 + 3 * DAY + 600)).toBe(mar2);
    expect(xOf(scale, mar2) - xOf(scale, mar2 - DAY)).toBe(40);
    expect(minutesAt(scale, xOf(scale, mar2 + 123))).toBeCloseTo(mar2 + 123);
  });

  it('keeps the instant under the pointer still when zooming', () => {
    const day = makeScale('day', mar2, mar2 + 60 * DAY);
    const week = makeScale('week', mar2, mar2 + 60 * DAY);
    const pointerX = 300;
    const left = scrollLeftAfterZoom(day, week, 1000, pointerX);
    expect(minutesAt(week, left + pointerX)).toBeCloseTo(minutesAt(day, 1000 + pointerX));
  });

  it('steps and fits zoom levels', () => {
    expect(stepZoom('day', 1)).toBe('hour');
    expect(stepZoom('hour', 1)).toBe('hour');
    expect(stepZoom('day', -1)).toBe('week');
    expect(fitZoom(mar2, mar2 + 20 * DAY, 1200)).toBe('day');
    expect(fitZoom(mar2, mar2 + 400 * DAY, 1200)).toBe('quarter');
  });

  it('makes calendar month ticks of their true lengths (no 30-day drift)', () => {
    const scale = makeScale('month', mar2, mar2 + 120 * DAY);
    const months = ticks(scale, 'month', mar2, mar2 + 92 * DAY);
    expect(months.map((t) => t.label)).toEqual(['Mar', 'Apr', 'May', 'Jun']);
    expect(months[0]?.width).toBeCloseTo(31 * 4.5);
    expect(months[1]?.width).toBeCloseTo(30 * 4.5);
  });
});

describe('visible window', () => {
  const scale = makeScale('day', mar2, mar2 + 365 * DAY);
  const viewport = { scrollTop: 3200, scrollLeft: 4000, width: 1000, height: 640 };

  it('renders the visible rows and time plus overscan, at midnights', () => {
    const w = computeWindow(viewport, 10_000, 32, scale);
    expect(w.firstRow).toBe(100 - 8);
    expect(w.endRow).toBe(120 + 8);
    expect(w.startMinutes % DAY).toBe(0);
    expect(w.endMinutes % DAY).toBe(0);
    expect(w.startMinutes).toBeLessThanOrEqual(minutesAt(scale, 4000));
    expect(w.endMinutes).toBeGreaterThanOrEqual(minutesAt(scale, 5000));
  });

  it('needs no new window for a small scroll, and one for a big scroll', () => {
    const w = computeWindow(viewport, 10_000, 32, scale);
    expect(windowCovers(w, { ...viewport, scrollTop: 3300, scrollLeft: 4100 }, 10_000, 32, scale)).toBe(true);
    expect(windowCovers(w, { ...viewport, scrollTop: 9000 }, 10_000, 32, scale)).toBe(false);
    expect(windowCovers(w, { ...viewport, scrollLeft: 9000 }, 10_000, 32, scale)).toBe(false);
  });

  it('keeps the DOM window the same size whatever the plan size', () => {
    const small = computeWindow(viewport, 200, 32, scale);
    const big = computeWindow(viewport, 50_000, 32, scale);
    expect(big.endRow - big.firstRow).toBe(small.endRow - small.firstRow);
  });
});

describe('arrow geometry', () => {
  const a = { x1: 100, x2: 200, y: 16 };
  const b = { x1: 260, x2: 400, y: 48 };
  it('attaches by type: FS end→start, SS start→start, FF end→end, SF start→end', () => {
    expect(arrowShape('FS', a, b, 32).d).toBe('M200,16 H208 V48 H260');
    expect(arrowShape('SS', a, b, 32).d).toBe('M100,16 H92 V48 H260');
    expect(arrowShape('FF', a, b, 32).d).toBe('M200,16 H408 V48 H400');
    expect(arrowShape('SF', b, a, 32).d).toBe('M260,48 H252 V16 H200');
  });

  it('routes an S when the successor starts before the predecessor ends', () => {
    const early = { x1: 150, x2: 300, y: 48 };
    expect(arrowShape('FS', a, early, 32).d).toBe('M200,16 H208 V32 H142 V48 H150');
  });

  it('points the head into the bar', () => {
    expect(arrowShape('FS', a, b, 32).head).toBe('260,48 255,43 255,53');
    expect(arrowShape('FF', a, b, 32).head).toBe('400,48 405,43 405,53');
  });

  it('chooses the link type by the dragged ends', () => {
    expect(linkTypeForEnds('finish', 'start')).toBe('FS');
    expect(linkTypeForEnds('start', 'start')).toBe('SS');
    expect(linkTypeForEnds('finish', 'finish')).toBe('FF');
    expect(linkTypeForEnds('start', 'finish')).toBe('SF');
  });
});

describe('bar labels', () => {
  it('centres a label that fits, as frappe does, while the bar starts in view', () => {
    expect(labelPlacement(100, 200, 60, 50)).toEqual({ x: 170, isOutside: false });
  });

  it('puts a label wider than its bar right of the bar', () => {
    expect(labelPlacement(100, 40, 60, 0)).toEqual({ x: 145, isOutside: true });
  });

  it('pins the label to the visible left edge when the bar starts left of it', () => {
    expect(labelPlacement(0, 1000, 80, 600)).toEqual({ x: 605, isOutside: false });
    // Scrolled back until the centred label is in view again: frappe's own place.
    expect(labelPlacement(0, 1000, 80, 300)).toEqual({ x: 460, isOutside: false });
  });

  it('moves the label right of the bar when the visible part of the bar is too short for it', () => {
    expect(labelPlacement(0, 1000, 80, 950)).toEqual({ x: 1005, isOutside: true });
  });

  it('starts a label right of a bar at the edge when the edge would cut it', () => {
    expect(labelPlacement(0, 20, 120, 60)).toEqual({ x: 65, isOutside: true });
  });

  it('leaves bars and labels wholly left of the view alone', () => {
    expect(labelPlacement(0, 100, 40, 500)).toEqual({ x: 30, isOutside: false });
    expect(labelPlacement(0, 20, 120, 400)).toEqual({ x: 25, isOutside: true });
  });
});

describe('what the wrapper hands frappe-gantt', () => {
  it('makes one class token', () => {
    expect(classToken('gl-task critical')).toBe('gl-task-critical');
    expect(classToken('1st')).toBe('c-1st');
  });
});

describe('presentation focus', () => {
  const row = (name: string, more: Partial<GanttRow>): GanttRow => ({
    id: name as TaskId, index: 0, wbs: '1', name, depth: 1, kind: 'task', hasChildren: false, durationMinutes: 480, durationIsElapsed: false,
    startMinutes: mar2, finishMinutes: mar2 + DAY, percentComplete: 0, isCritical: false, totalSlackMinutes: 0, isLate: false,
    deadlineMinutes: null, baseline: null, phase: null, phaseId: null, statusId: 's', resourceId: null, calendarId: null, segments: null, progressMinutes: mar2, ...more,
  });
  const rows = [
    row('Plan', { kind: 'summary', depth: 0, phase: 'planning' }),
    row('Spec', { phase: 'planning', isCritical: true }),
    row('Build', { kind: 'summary', depth: 0, startMinutes: mar2 + 10 * DAY, phase: 'execution' }),
    row('Go-live', { kind: 'milestone', startMinutes: mar2 + 20 * DAY, finishMinutes: mar2 + 20 * DAY }),
  ];
  it('filters by phase, milestones, critical path and date window', () => {
    expect(focusRows(rows, { kind: 'phase', phase: 'planning' }).map((r) => r.name)).toEqual(['Plan', 'Spec']);
    expect(focusRows(rows, { kind: 'milestones' }).map((r) => r.name)).toEqual(['Go-live']);
    expect(focusRows(rows, { kind: 'critical' }).map((r) => r.name)).toEqual(['Spec']);
    expect(focusRows(rows, { kind: 'window', from: mar2 + 15 * DAY, to: mar2 + 25 * DAY }).map((r) => r.name)).toEqual(['Go-live']);
  });
  it('steps phase to phase, or milestone to milestone', () => {
    expect(stops(rows).map((r) => r.name)).toEqual(['Plan', 'Build']);
    expect(stops(focusRows(rows, { kind: 'milestones' })).map((r) => r.name)).toEqual(['Go-live']);
    expect(nextStop(stops(rows), -1, 1)).toBe(0);
    expect(nextStop(stops(rows), 1, 1)).toBe(1);
  });
});

describe('exported time scale', () => {
  const oct20 = Date.UTC(2026, 9, 20) / 60_000;
  const scale = makeScale('day', Date.UTC(2026, 8, 1) / 60_000, Date.UTC(2027, 0, 31) / 60_000);

  it('names the month a tile starts in at its left edge, within the part of the month on the tile', () => {
    const cells = headerCells(scale, 'month', oct20, oct20 + 30 * DAY, true);
    expect(cells[0]).toMatchObject({ labels: ['October 2026', 'Oct 2026', 'Oct'], visibleX: 0 });
    expect(cells[0]!.x).toBeLessThan(0);
    expect(cells[0]!.visibleWidth).toBeCloseTo(12 * 1440 * scale.pxPerMinute);
    expect(cells[1]).toMatchObject({ labels: ['November 2026', 'Nov 2026', 'Nov'], visibleX: cells[1]!.x });
  });

  it('shortens a label its cell is too narrow for, and leaves out one no form of which fits', () => {
    // 40 px a day at the Days zoom; an 11 px bold label is estimated at 7.7 px a character, plus 8 px.
    const lastDays = (days: number): string => headerLabel(headerCells(scale, 'month', oct20, Date.UTC(2026, 10, 1) / 60_000 + days * DAY, true)[1]!, 11, true);
    expect(lastDays(10)).toBe('November 2026');
    expect(lastDays(2)).toBe('Nov 2026');
    expect(lastDays(1)).toBe('Nov');
    expect(lastDays(0.5)).toBe('');
    const input = {
      title: 'Ledger', rows: [], links: [], scale, from: oct20, to: Date.UTC(2026, 10, 1) / 60_000 + DAY,
      colourOf: () => '#000', showBaseline: false,
      theme: { background: '#fff', text: '#000', muted: '#555', border: '#ccc', summary: '#000', arrow: '#555', baseline: '#999', font: 'sans-serif', riskBands: LIGHT_BANDS },
    };
    const svg = buildGanttSvg(input);
    expect(svg).toContain('>Nov</text>');
    expect(svg).not.toContain('November 2026');
  });

  it('draws the month label on every tile of a tiled export and keeps the title out of the scale', () => {
    const input = {
      title: 'Customer Portal 2.0: payments and self-service for every customer we serve', rows: [], links: [], scale,
      from: oct20, to: oct20 + 30 * DAY, colourOf: () => '#000', showBaseline: false,
      theme: { background: '#fff', text: '#000', muted: '#555', border: '#ccc', summary: '#000', arrow: '#555', baseline: '#999', font: 'sans-serif', riskBands: LIGHT_BANDS },
    };
    const svg = buildGanttSvg(input);
    expect(svg).toContain('>October 2026</text>');
    expect(svg).toContain('>November 2026</text>');
    expect(svg).toContain('>Customer Portal 2.0: payments</text>');
    expect(svg).toContain('>and self-service for every cu…</text>');
  });
});

describe('labels at the visible chart\'s edges', () => {
  // Days zoom, 40 px a day; a label is 10 px a character here.
  const scale = makeScale('day', mar2, mar2 + 60 * DAY);
  const widthOf = (label: string): number => label.length * 10;

  it('shortens the month label at the left edge to what is left of the month, then drops it', () => {
    const leftAt = (minutes: number): number => xOf(scale, minutes);
    const apr1 = Date.UTC(2026, 3, 1) / 60_000;
    // 'March 2026' is 100 px: 3 days (120 px) left of March hold it, 2 days (80 px) 'Mar 2026', 1 day 'Mar'.
    expect(edgeTickLabel(scale, 'month', true, leftAt(apr1 - 3 * DAY), widthOf)).toEqual({ minutes: mar2 - DAY, label: 'March 2026' });
    expect(edgeTickLabel(scale, 'month', true, leftAt(apr1 - 2 * DAY), widthOf)?.label).toBe('Mar 2026');
    expect(edgeTickLabel(scale, 'month', true, leftAt(apr1 - DAY), widthOf)?.label).toBe('Mar');
    expect(edgeTickLabel(scale, 'month', true, leftAt(apr1 - DAY / 4), widthOf)?.label).toBe('');
    // On a month's first instant its label is its own.
    expect(edgeTickLabel(scale, 'month', true, leftAt(apr1), widthOf)).toBeNull();
  });

  it('shortens the month label at the right edge to what is in view of the month, then drops it', () => {
    const apr1 = Date.UTC(2026, 3, 1) / 60_000;
    const left = xOf(scale, mar2 + 7 * DAY);
    const rightAt = (minutes: number): number => xOf(scale, minutes);
    // 'April 2026' is 100 px: 3 days (120 px) of April in view hold it, 2 days (80 px) 'Apr 2026', 1 day 'Apr'.
    expect(rightEdgeTickLabel(scale, 'month', true, left, rightAt(apr1 + 3 * DAY), widthOf)).toEqual({ minutes: apr1, label: 'April 2026' });
    expect(rightEdgeTickLabel(scale, 'month', true, left, rightAt(apr1 + 2 * DAY), widthOf)?.label).toBe('Apr 2026');
    expect(rightEdgeTickLabel(scale, 'month', true, left, rightAt(apr1 + DAY), widthOf)?.label).toBe('Apr');
    expect(rightEdgeTickLabel(scale, 'month', true, left, rightAt(apr1 + DAY / 4), widthOf)?.label).toBe('');
    // The view ending on a month's first instant shows none of it; a month begun left of the view is the left edge's.
    expect(rightEdgeTickLabel(scale, 'month', true, left, rightAt(apr1), widthOf)).toBeNull();
    expect(rightEdgeTickLabel(scale, 'month', true, left, rightAt(mar2 + 20 * DAY), widthOf)).toBeNull();
  });

  it('keeps a centred lower label at the right edge only when all of it is left of the edge', () => {
    const week = makeScale('week', mar2, mar2 + 60 * DAY);
    const monday = mar2 + 7 * DAY;
    // A week is 112 px; 'Mar 9' (50 px) centred spans 31-81 px into it.
    expect(rightEdgeTickLabel(week, 'week', false, 0, xOf(week, monday) + 82, widthOf)?.label).toBe('Mar 9');
    expect(rightEdgeTickLabel(week, 'week', false, 0, xOf(week, monday) + 72, widthOf)?.label).toBe('9');
    expect(rightEdgeTickLabel(week, 'week', false, 0, xOf(week, monday) + 50, widthOf)?.label).toBe('');
  });

  it('keeps a centred lower label only when all of it is right of the edge', () => {
    const week = makeScale('week', mar2, mar2 + 60 * DAY);
    const monday = mar2 + 7 * DAY;
    // A week is 112 px; 'Mar 9' (50 px) centred spans 31-81 px into it.
    expect(edgeTickLabel(week, 'week', false, xOf(week, monday) + 30, widthOf)?.label).toBe('Mar 9');
    expect(edgeTickLabel(week, 'week', false, xOf(week, monday) + 40, widthOf)?.label).toBe('9');
    expect(edgeTickLabel(week, 'week', false, xOf(week, monday) + 60, widthOf)?.label).toBe('');
  });

  it('puts a milestone\'s name left of its diamond when right of it would pass the right edge, and it fits left', () => {
    // Diamond centred at 900, 10 px half width, name 80 px, 5 px from the diamond: right of it (null) ends at 995.
    expect(milestoneLabelStart(900, 10, 0, 80, 0, 1000)).toBeNull();
    // 90 px would end at 1005: left of the diamond, ending 5 px before it.
    expect(milestoneLabelStart(900, 10, 0, 90, 0, 1000)).toBe(900 - 10 - 5 - 90);
    // The marks after the diamond (late flag, risk marker) count on the right only.
    expect(milestoneLabelStart(900, 10, 20, 80, 0, 1000)).toBe(900 - 10 - 5 - 80);
    // A name that would not fit on the left either stays right, where the chart scrolls to it.
    expect(milestoneLabelStart(900, 10, 0, 90, 820, 1000)).toBeNull();
  });

  it('pins a milestone\'s name to the left edge when its diamond is just out of view and the edge would cut the name', () => {
    // Diamond at 195 (ends at 205), name 100 px from 210 to 310; the view starts at 250: "sign-off" of "UAT sign-off".
    expect(milestoneLabelStart(195, 10, 0, 100, 250, 1000)).toBe(255);
    // With a late flag after the diamond the name starts at 230, still cut: pinned the same.
    expect(milestoneLabelStart(195, 10, 20, 100, 250, 1000)).toBe(255);
    // Wholly right of the edge (the view starts at 205): where it is.
    expect(milestoneLabelStart(195, 10, 0, 100, 205, 1000)).toBeNull();
    // Wholly left of it (the view starts at 320): out of view with its diamond, not pinned.
    expect(milestoneLabelStart(195, 10, 0, 100, 320, 1000)).toBeNull();
  });

  it('puts a task\'s name left of its bar when right of it would pass the right edge, and it fits left', () => {
    // A 40 px bar at 850 (ends at 890), name 100 px: right of it ends at 995, inside a 1000 px view.
    expect(labelPlacement(850, 40, 100, 0, 0, 1000)).toEqual({ x: 895, isOutside: true });
    // 110 px would end at 1005: left of the bar, ending 5 px before it.
    expect(labelPlacement(850, 40, 110, 0, 0, 1000)).toEqual({ x: 850 - 5 - 110, isOutside: true });
    // The marks after the bar count on the right only.
    expect(labelPlacement(850, 40, 100, 0, 20, 1000)).toEqual({ x: 850 - 5 - 100, isOutside: true });
    // No room on the left either: it stays right, where the chart scrolls to it; a name inside its bar stays there.
    expect(labelPlacement(850, 40, 110, 800, 0, 1000)).toEqual({ x: 895, isOutside: true });
    expect(labelPlacement(850, 200, 110, 0, 0, 1000)).toEqual({ x: 895, isOutside: false });
  });

  it('ends a name left of its bar before the arrow entering the bar\'s start turns into its last run', () => {
    // A predecessor ending at 700 on the row above: the FS arrow turns down at 708 and runs right to 850.
    const turn = entryTurnX('FS', { x1: 600, x2: 700, y: 14 }, { x1: 850, x2: 890, y: 42 }, 28);
    expect(turn).toBe(708);
    expect(labelPlacement(850, 40, 110, 0, 0, 1000, () => turn)).toEqual({ x: 708 - 5 - 110, isOutside: true });
    // Not asked when the name fits right of the bar; no room left of the turn: it stays right.
    expect(labelPlacement(850, 40, 100, 0, 0, 1000, () => { throw new Error('asked'); })).toEqual({ x: 895, isOutside: true });
    expect(labelPlacement(850, 40, 110, 650, 0, 1000, () => turn)).toEqual({ x: 895, isOutside: true });
    // Arrows into a bar's end leave its left side free.
    expect(entryTurnX('FF', { x1: 600, x2: 700, y: 14 }, { x1: 850, x2: 890, y: 42 }, 28)).toBeNull();
  });
});

describe('presentation export', () => {
  it('draws a name that would run past the image\'s right edge left of its diamond or inside its bar, and others right of theirs', () => {
    const scale = makeScale('day', mar2, mar2 + 30 * DAY);
    const milestone = (name: string, index: number, at: number): GanttRow => ({
      id: name as TaskId, index, wbs: String(index + 1), name, depth: 0, kind: 'milestone', hasChildren: false, durationMinutes: 0, durationIsElapsed: false,
      startMinutes: at, finishMinutes: at, percentComplete: 0, isCritical: false, totalSlackMinutes: 0, isLate: false,
      deadlineMinutes: null, baseline: null, phase: null, phaseId: null, statusId: 's', resourceId: null, calendarId: null, segments: null, progressMinutes: at,
    });
    const svg = buildGanttSvg({
      title: 'Ledger', rows: [
        milestone('Kick-off', 0, mar2 + 2 * DAY), milestone('Release approved', 1, mar2 + 20 * DAY),
        { ...milestone('Test', 2, mar2 + 18 * DAY), kind: 'task', finishMinutes: mar2 + 21 * DAY },
      ], links: [], scale,
      from: mar2, to: mar2 + 22 * DAY, colourOf: () => '#000', showBaseline: false, look: PRESENTATION_LOOK,
      theme: { background: '#fff', text: '#000', muted: '#555', border: '#ccc', summary: '#000', arrow: '#555', baseline: '#999', font: 'sans-serif', riskBands: LIGHT_BANDS },
    });
    // 40 px a day: the second diamond is 80 px before the image's end, its 15-px-bold name ~170 px;
    // it ends 5 px (LABEL_PAD, as on screen) left of the diamond (13 px half width) instead. Milestone names are drawn after
    // the arrows (export-milestone-names.test.ts), so each is found by its name and the diamonds in row order.
    const diamondsX = [...svg.matchAll(/<polygon points="([\d.]+),/g)].map((m) => Number(m[1]));
    expect(diamondsX).toEqual([420, 1140]);
    // The names column's text comes first, the one beside the diamond last.
    const last = [...svg.matchAll(/<text x="([\d.]+)"( text-anchor="end")? [^>]*>Release approved<\/text>/g)].at(-1);
    expect(last?.[2]).toBe(' text-anchor="end"');
    expect(Number(last?.[1])).toBe(1140 - 13 - 5);
    expect(svg).toMatch(/<text x="438" y="[\d.]+" font-size="17" font-weight="600" fill="#000"[^>]*>Kick-off<\/text>/);
    // A 120 px bar holds its name, in white, centred.
    expect(svg).toMatch(/<text x="1120" text-anchor="middle" y="[\d.]+" font-size="17" font-weight="600" fill="#fff">Test<\/text>/);
  });

  it('ends a task\'s name left of its bar before the arrow entering the bar turns into its last run', () => {
    const scale = makeScale('day', mar2, mar2 + 30 * DAY);
    const task = (name: string, index: number, start: number, finish: number): GanttRow => ({
      id: name as TaskId, index, wbs: String(index + 1), name, depth: 0, kind: 'task', hasChildren: false, durationMinutes: finish - start, durationIsElapsed: false,
      startMinutes: start, finishMinutes: finish, percentComplete: 0, isCritical: false, totalSlackMinutes: 0, isLate: false,
      deadlineMinutes: null, baseline: null, phase: null, phaseId: null, statusId: 's', resourceId: null, calendarId: null, segments: null, progressMinutes: start,
    });
    const input = {
      title: 'Vendor selection', rows: [task('Discovery', 0, mar2, mar2 + 18 * DAY), task('Steering committee sign-off', 1, mar2 + 20 * DAY, mar2 + 21 * DAY)],
      links: [{ id: 'l1', predecessorId: 'Discovery', successorId: 'Steering committee sign-off', type: 'FS', lagMinutes: 0, lagIsElapsed: false }] as unknown as Link[],
      scale, from: mar2, to: mar2 + 22 * DAY, colourOf: () => '#000', showBaseline: false, look: PRESENTATION_LOOK,
      theme: { background: '#fff', text: '#000', muted: '#555', border: '#ccc', summary: '#000', arrow: '#555', baseline: '#999', font: 'sans-serif', riskBands: LIGHT_BANDS },
    };
    const svg = buildGanttSvg(input);
    // 40 px a day, names start 340 px in: Discovery ends at 340 + 720 = 1060, the arrow turns down 8 px after it,
    // and the sign-off's bar starts at 1140; its name ends 5 px before the turn, not before the bar.
    const label = /<text x="([\d.]+)" text-anchor="end" [^>]*>Steering committee sign-off<\/text>/.exec(svg);
    expect(Number(label?.[1])).toBe(1060 + 8 - 5);
    // Without the link, it ends 5 px before its bar.
    expect(buildGanttSvg({ ...input, links: [] })).toMatch(/<text x="1135" text-anchor="end" [^>]*>Steering committee sign-off<\/text>/);
  });
});

describe('room after a bar\'s end for its name', () => {
  it('counts the tasks arrows leave from the end of: predecessors of finish-to-start and finish-to-finish links', () => {
    const links = [
      { type: 'FS', predecessorId: 'design' }, { type: 'FF', predecessorId: 'build' },
      { type: 'SS', predecessorId: 'plan' }, { type: 'SF', predecessorId: 'test' },
    ] as const;
    expect([...endExits(links)].sort()).toEqual(['build', 'design']);
  });

  it('leaves at least the exit arrow\'s run, and the marks when they are wider', () => {
    expect(roomAfterBarEnd(0, false)).toBe(0);
    expect(roomAfterBarEnd(0, true)).toBe(ARROW_GAP);
    expect(roomAfterBarEnd(20, false)).toBe(20);
    expect(roomAfterBarEnd(20, true)).toBe(20);
  });
});


// @vitest-environment happy-dom
/**
 * Risk markers on the Gantt bars (issue 14): after the bar's end (after the late flag when the
 * task is late), in the score band's colour, named like the grid's and the board's marker; a
 * name drawn right of the bar starts after the marks, so the marker never covers it.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskId } from '../../../../renderer/domain/model';
import { scoreBand, type RiskMarker } from '../../../../renderer/domain/raid';
import { BarLayer, MilestoneLabelLayer } from '../../../../renderer/features/gantt/BarLayer';
import { barEndMarks, RISK_MARK_SIZE } from '../../../../renderer/features/gantt/bar-end';
import { barBox, type ChartGeometry } from '../../../../renderer/features/gantt/chart-geometry';
import type { GanttRow } from '../../../../renderer/features/gantt/gantt-rows';
import { LABEL_PAD, labelPlacement } from '../../../../renderer/features/gantt/label-pin';
import { makeScale } from '../../../../renderer/features/gantt/time-scale';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DAY = 1440;
const mar2 = Date.UTC(2026, 2, 2) / 60_000;
const scale = makeScale('day', mar2, mar2 + 60 * DAY);
const row = (index: number, name: string, more: Partial<GanttRow> = {}): GanttRow => ({
  id: name as TaskId, index, wbs: String(index + 1), name, depth: 0, kind: 'task', hasChildren: false, durationMinutes: 480, durationIsElapsed: false,
  startMinutes: mar2 + index * DAY, finishMinutes: mar2 + (index + 3) * DAY, percentComplete: 0, isCritical: false, totalSlackMinutes: 0, isLate: false,
  deadlineMinutes: null, baseline: null, phase: null, phaseId: null, statusId: 's', resourceId: null, calendarId: null, segments: null, progressMinutes: mar2 + index * DAY, ...more,
});
const rows = [
  row(0, 'Vendor API'),
  row(1, 'Database', { isLate: true }),
  row(2, 'Go-live', { kind: 'milestone', finishMinutes: mar2 + 2 * DAY }),
  row(3, 'Docs'),
];
const g: ChartGeometry = { scale, window: { firstRow: 0, endRow: rows.length, startMinutes: mar2 - 7 * DAY, endMinutes: mar2 + 60 * DAY }, rowHeight: 32, barHeight: 18 };
const marker = (score: number, label: string): RiskMarker => ({ band: scoreBand(score), score, entries: [], label });
const RISK = 'At risk: R-001 Vendor late, score 16';
const ISSUE = 'At risk: I-001 Schema migration fails, high priority';
const MILESTONE = 'At risk: R-002 Launch slips, score 6';
const markers = new Map<string, RiskMarker>([['Vendor API', marker(16, RISK)], ['Database', marker(12, ISSUE)], ['Go-live', marker(6, MILESTONE)]]);

let host: HTMLElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(
    <svg>
      <BarLayer geometry={g} rows={rows} colourOf={() => '#888'} showBaseline={false} showSlack={false} slackEnd={(r) => r.finishMinutes}
        formatDate={String} formatVariance={String} markers={markers} />
      <MilestoneLabelLayer geometry={g} rows={rows} markers={markers} />
    </svg>,
  ));
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const markerNamed = (name: string): Element | undefined => [...host.querySelectorAll('[role="img"]')].find((e) => e.getAttribute('aria-label') === name);
/** The leftmost x of the marker's triangle. */
const leftOf = (el: Element): number => Math.min(...(el.querySelector('path')?.getAttribute('d') ?? '').match(/[ML]([\d.]+),/g)!.map((m) => Number(m.slice(1, -1))));

describe('risk markers on the Gantt bars', () => {
  it('marks each bar linked to an open risk or issue, named and coloured as elsewhere, and no other bar', () => {
    expect(host.querySelectorAll('[data-testid="bar-risk-marker"]')).toHaveLength(3);
    const risk = markerNamed(RISK);
    expect(risk?.getAttribute('class')).toBe('risk-marker-bar score-severe');
    expect(risk?.querySelector('title')?.textContent).toBe(RISK);
    expect(markerNamed(ISSUE)?.getAttribute('class')).toBe('risk-marker-bar score-high');
    expect(markerNamed(MILESTONE)?.getAttribute('class')).toBe('risk-marker-bar score-medium');
  });

  it('sits just after the bar, after the late flag on a late task', () => {
    const vendorEnd = barBox(g, rows[0]!).x2;
    expect(leftOf(markerNamed(RISK)!)).toBeCloseTo(vendorEnd + 3 + 0.5);
    const databaseEnd = barBox(g, rows[1]!).x2;
    const late = host.querySelector('.gl-late circle');
    const lateRight = Number(late?.getAttribute('cx')) + Number(late?.getAttribute('r'));
    expect(lateRight).toBe(databaseEnd + 15);
    expect(leftOf(markerNamed(ISSUE)!)).toBeGreaterThan(lateRight);
  });

  it("moves a milestone's name past its marker", () => {
    const diamondEnd = barBox(g, rows[2]!).x2;
    const label = host.querySelector('.gl-milestone-label');
    expect(Number(label?.getAttribute('x'))).toBe(diamondEnd + barEndMarks(0, false, true).widthPx + LABEL_PAD);
    expect(leftOf(markerNamed(MILESTONE)!) + RISK_MARK_SIZE).toBeLessThan(Number(label?.getAttribute('x')));
  });
});

describe('room after a bar', () => {
  it('adds up the late flag and the risk marker, in that order', () => {
    expect(barEndMarks(100, false, false)).toEqual({ lateCx: null, riskX: null, widthPx: 0 });
    expect(barEndMarks(100, true, false)).toEqual({ lateCx: 109, riskX: null, widthPx: 15 });
    expect(barEndMarks(100, false, true)).toEqual({ lateCx: null, riskX: 103, widthPx: 17 });
    expect(barEndMarks(100, true, true)).toEqual({ lateCx: 109, riskX: 118, widthPx: 32 });
  });

  it("starts a bar's outside label after the marks, and leaves a label inside the bar where it was", () => {
    expect(labelPlacement(100, 40, 60, 0, 17)).toEqual({ x: 162, isOutside: true });
    expect(labelPlacement(100, 200, 60, 50, 17)).toEqual({ x: 170, isOutside: false });
  });
});

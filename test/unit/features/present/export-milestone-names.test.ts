// @vitest-environment happy-dom
/**
 * A milestone's name in the exported Gantt is drawn as the screen draws it (MilestoneLabelLayer
 * after ArrowLayer, gantt.css .gl-milestone-label): after the arrows, on a halo of the chart's
 * background, so the arrow leaving the diamond passes behind the name instead of striking it
 * through. The halo is in the file's own attributes: the SVG is opened outside the app.
 * Plan: Build (3 days) -> Go-live approved (milestone) -> Rollout (2 days), finish to start.
 */
import { describe, expect, it } from 'vitest';
import type { Link, LinkId, TaskId } from '../../../../renderer/domain/model';
import type { GanttRow } from '../../../../renderer/features/gantt/gantt-rows';
import { makeScale } from '../../../../renderer/features/gantt/time-scale';
import { buildGanttSvg, NORMAL_LOOK, PRESENTATION_LOOK, type ExportLook, type SvgExportInput } from '../../../../renderer/features/present/export-svg';
import { riskBandPaint } from '../../../../renderer/features/present/export-risk-marker';
import { themeReader } from '../../../support/theme-tokens';

const DAY = 1440;
const jan4 = Date.UTC(2027, 0, 4) / 60_000; // Monday 4 January 2027
const SURFACE = '#0f172a';

const row = (i: number, name: string, kind: GanttRow['kind'], start: number, finish: number): GanttRow => ({
  id: `t${String(i)}` as TaskId, index: i, wbs: String(i + 1), name, depth: 0, kind, hasChildren: false, durationMinutes: finish - start,
  durationIsElapsed: false, startMinutes: start, finishMinutes: finish, percentComplete: 0,
  isCritical: false, totalSlackMinutes: 0, isLate: false, deadlineMinutes: null, baseline: null, phase: null, phaseId: null, statusId: 's',
  resourceId: null, calendarId: null, segments: null, progressMinutes: start,
});

const link = (from: number, to: number): Link => ({
  id: `l${String(from)}` as LinkId, predecessorId: `t${String(from)}` as TaskId, successorId: `t${String(to)}` as TaskId, type: 'FS', lagMinutes: 0, lagIsElapsed: false,
});

function input(look: ExportLook): SvgExportInput {
  return {
    title: 'Go-live', look,
    rows: [row(0, 'Build', 'task', jan4, jan4 + 3 * DAY), row(1, 'Go-live approved', 'milestone', jan4 + 3 * DAY, jan4 + 3 * DAY), row(2, 'Rollout', 'task', jan4 + 3 * DAY, jan4 + 5 * DAY)],
    links: [link(0, 1), link(1, 2)],
    scale: makeScale('day', jan4 - 3 * DAY, jan4 + 20 * DAY), from: jan4 - 3 * DAY, to: jan4 + 20 * DAY, colourOf: () => '#3b82f6', showBaseline: false,
    theme: { background: SURFACE, text: '#f1f5f9', muted: '#94a3b8', border: '#334155', summary: '#f1f5f9', arrow: '#f1f5f9', baseline: '#94a3b8', font: 'sans-serif', riskBands: riskBandPaint(themeReader('dark')) },
  };
}

const parse = (svg: string): Document => new DOMParser().parseFromString(svg, 'image/svg+xml');
const textsNamed = (doc: Document, name: string): Element[] => [...doc.querySelectorAll('text')].filter((t) => t.textContent === name);
/** The arrows' lines: the one path stroked in the arrow colour with no fill. */
const arrowLines = (doc: Document): Element | undefined => [...doc.querySelectorAll('path')].find((p) => p.getAttribute('fill') === 'none' && p.getAttribute('stroke-width') === String(PRESENTATION_LOOK.arrowWidth));

describe('milestone names in the exported Gantt', () => {
  it('draws a milestone\'s name after the arrows, on a halo of the chart\'s background', () => {
    const doc = parse(buildGanttSvg(input(PRESENTATION_LOOK)));
    const arrows = arrowLines(doc);
    expect(arrows?.getAttribute('d')).toContain('M');
    // The names column's name, then the one beside the diamond.
    const [, beside] = textsNamed(doc, 'Go-live approved');
    expect(beside).toBeDefined();
    expect(arrows && beside ? arrows.compareDocumentPosition(beside) & Node.DOCUMENT_POSITION_FOLLOWING : 0).toBeTruthy();
    expect({
      stroke: beside?.getAttribute('stroke'), width: beside?.getAttribute('stroke-width'),
      join: beside?.getAttribute('stroke-linejoin'), order: beside?.getAttribute('paint-order'), fill: beside?.getAttribute('fill'),
    }).toEqual({ stroke: SURFACE, width: '4', join: 'round', order: 'stroke', fill: '#f1f5f9' });
  });

  it('keeps a task\'s name with its bar, under the arrows and without a halo, as frappe draws it on screen', () => {
    const doc = parse(buildGanttSvg(input(PRESENTATION_LOOK)));
    const arrows = arrowLines(doc);
    const [, beside] = textsNamed(doc, 'Rollout');
    expect(beside?.getAttribute('paint-order')).toBeNull();
    expect(arrows && beside ? arrows.compareDocumentPosition(beside) & Node.DOCUMENT_POSITION_PRECEDING : 0).toBeTruthy();
  });

  it('names a milestone beside its diamond in the normal chart\'s export too, at the chart\'s 12 px, on the same halo', () => {
    const doc = parse(buildGanttSvg(input(NORMAL_LOOK)));
    const [, beside] = textsNamed(doc, 'Go-live approved');
    expect({ size: beside?.getAttribute('font-size'), weight: beside?.getAttribute('font-weight'), halo: beside?.getAttribute('stroke'), order: beside?.getAttribute('paint-order') })
      .toEqual({ size: '12', weight: null, halo: SURFACE, order: 'stroke' });
  });
});

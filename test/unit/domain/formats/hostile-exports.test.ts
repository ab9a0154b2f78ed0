/**
 * Safe outputs (issue 20): hostile names, notes, colours and ids in every field of every export.
 * An exported SVG must hold no script, event handler or broken attribute; an iCalendar file
 * exactly one VEVENT per exported task; a CSV no cell or list part a spreadsheet reads as a
 * formula; MSPDI and .plotline must reopen with the same text. PNG and PDF are drawn from the SVG.
 */
import { describe, expect, it } from 'vitest';
import {
  exportIcal, exportMspdi, exportTasksCsv, importMspdi, parseCsv, parsePlotline, serializePlotline, CSV_COLUMNS,
} from '../../../../renderer/domain/formats';
import { csvList, csvSafeText, icalValue, svgPaint, xmlAttribute, xmlText } from '../../../../renderer/domain/formats/escape';
import { unfoldLines } from '../../../../renderer/domain/formats/ical/ical-text';
import { parseXml, type XmlElement } from '../../../../renderer/domain/formats/xml';
import { sequentialIds, type Plan, type ResourceId, type Task, type TaskId } from '../../../../renderer/domain/model';
import { buildRows } from '../../../../renderer/features/gantt/gantt-rows';
import { makeScale } from '../../../../renderer/features/gantt/time-scale';
import { buildGanttSvg } from '../../../../renderer/features/present/export-svg';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { samplePlan } from './sample-plan';
import { riskBandPaint } from '../../../../renderer/features/present/export-risk-marker';
import { themeReader } from '../../../support/theme-tokens';

/** The risk markers' band colours of the light theme (theme.css). */
const LIGHT_BANDS = riskBandPaint(themeReader('light'));

const HOSTILE = [
  '</Name><script>alert(1)</script>', '"><svg onload=alert(1)>', '=HYPERLINK("http://evil","x")', 'Pay;=1+1', 'a, +cmd',
  '@SUM(1)', '-1+1', 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected', 'tab\there', '\u0000nul\u0007bell', ']]><!--', '&amp;&lt;',
];
const HOSTILE_COLOUR = 'red" onload="alert(1)';
const HOSTILE_ID = 'x\r\nBEGIN:VEVENT\r\nUID:evil';

function hostilePlan(): Plan {
  const plan = samplePlan();
  const tasks = Object.values(plan.tasks);
  const renamed: Task[] = tasks.map((t, i) => ({ ...t, name: HOSTILE[i % HOSTILE.length] ?? '', notes: HOSTILE[(i + 5) % HOSTILE.length] ?? '' }));
  const evil: Task = { ...(tasks[3] as Task), id: HOSTILE_ID as TaskId, name: HOSTILE[7] ?? '', notes: HOSTILE[0] ?? '', parentId: null };
  const columns = Object.fromEntries(Object.entries(plan.columns).map(([k, c]) => [k, { ...c, color: HOSTILE_COLOUR, name: HOSTILE[1] ?? '' }]));
  return {
    ...plan,
    project: { ...plan.project, name: HOSTILE[0] ?? '', description: HOSTILE[2] ?? '', manager: HOSTILE[3] ?? '' },
    tasks: Object.fromEntries([...renamed, evil].map((t) => [t.id, t])),
    columns,
    resources: Object.fromEntries(Object.entries(plan.resources).map(([k, r], i) => [k, { ...r, name: HOSTILE[2 + i] ?? '', email: HOSTILE[1] ?? '' }])),
    assignments: { ...plan.assignments, a2: { id: 'a2' as never, taskId: 't2' as TaskId, resourceId: 'r2' as ResourceId, units: 1, workMinutes: null } },
  };
}

function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const stack = [root];
  for (let el = stack.pop(); el; el = stack.pop()) {
    out.push(el);
    stack.push(...el.children);
  }
  return out;
}

describe('escaping rules', () => {
  it('XML text and attributes: markup, quotes and control characters cannot break out', () => {
    expect(xmlText('</a><script>')).toBe('&lt;/a&gt;&lt;script&gt;');
    expect(xmlAttribute('a" onload="x')).toBe('a&quot; onload=&quot;x');
    expect(xmlText('a\u0000b\u0007c')).toBe('abc');
  });
  it('SVG paint: only colours; anything else is the fallback', () => {
    expect(svgPaint('#1f2937')).toBe('#1f2937');
    expect(svgPaint('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
    expect(svgPaint('steelblue')).toBe('steelblue');
    expect(svgPaint(HOSTILE_COLOUR)).toBe('#888888');
    expect(svgPaint('url(javascript:alert(1))')).toBe('#888888');
    expect(svgPaint('#fff"/><script>')).toBe('#888888');
  });
  it('iCalendar values: CR/LF and separators in ids are encoded, never a new line', () => {
    expect(icalValue(HOSTILE_ID)).toBe('x%0D%0ABEGIN%3AVEVENT%0D%0AUID%3Aevil');
    expect(icalValue('t-1.a_b~c@d+e')).toBe('t-1.a_b~c@d+e');
  });
  it('CSV: the value and every list part are neutralised', () => {
    expect(csvSafeText('=1+1')).toBe("'=1+1");
    expect(csvSafeText('Pay;=1+1')).toBe("Pay;'=1+1");
    expect(csvSafeText('a, +cmd')).toBe("a,' +cmd");
    expect(csvSafeText('Plain, text; here')).toBe('Plain, text; here');
    expect(csvList(['Ada', '=HYPERLINK("x")', 'Pay;@SUM(1)'])).toBe("Ada;'=HYPERLINK(\"x\");Pay;'@SUM(1)");
  });
});

describe('every export of a plan full of hostile text', () => {
  const plan = hostilePlan();

  it('SVG (and so PNG and PDF): no script, no event handler, colours from the allow-list, names intact', () => {
    const schedule = scheduleProject(plan);
    const rows = buildRows(plan, schedule, { isCollapsed: () => false, baseline: null });
    const scale = makeScale('day', Date.UTC(2026, 2, 1) / 60_000, Date.UTC(2026, 3, 1) / 60_000);
    const svg = buildGanttSvg({
      title: plan.project.name, rows, links: Object.values(plan.links), scale, from: scale.originMinutes, to: scale.originMinutes + 40 * 1440,
      colourOf: () => HOSTILE_COLOUR, showBaseline: false,
      theme: { background: HOSTILE_COLOUR, text: '#000', muted: '#555', border: '#ccc', summary: '#000', arrow: '#555', baseline: '#999', font: 'x" onload="y', riskBands: LIGHT_BANDS },
    });
    const doc = parseXml(svg);
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    const elements = allElements(doc.value);
    expect(elements.filter((e) => e.local === 'script' || e.local === 'foreignObject')).toEqual([]);
    for (const el of elements) for (const name of el.attributes.keys()) expect(name.toLowerCase().startsWith('on'), `${el.name} ${name}`).toBe(false);
    expect(elements.map((e) => e.attributes.get('fill')).filter((f) => f?.includes('onload'))).toEqual([]);
    expect(elements.filter((e) => e.local === 'text').map((e) => e.text)).toContain(HOSTILE[1]);
  });

  it('iCalendar: one VEVENT per exported task whatever the ids and names hold', () => {
    const text = exportIcal(plan, { now: '2026-03-01T12:00:00.000Z' });
    const lines = unfoldLines(text);
    const leaves = Object.values(plan.tasks).filter((t) => !Object.values(plan.tasks).some((c) => c.parentId === t.id));
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(leaves.length);
    expect(lines.filter((l) => l.startsWith('UID:'))).toHaveLength(leaves.length);
    expect(lines.some((l) => /^(SUMMARY:injected|UID:evil)/.test(l))).toBe(false);
    expect(text.split('\r\n').every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
  });

  it('CSV: no cell, and no part of a list cell, starts a formula', () => {
    const text = exportTasksCsv(plan, { columns: CSV_COLUMNS, formatDate: (d) => d, bom: false });
    const parsed = parseCsv(text, ',');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const row of parsed.value.rows) {
      for (const cell of row) {
        for (const part of cell.split(/[;,]/)) expect(/^ *[=+\-@\t\r]/.test(part), JSON.stringify(cell)).toBe(false);
      }
    }
    expect(text).toContain("Pay;'=1+1");
  });

  it('MSPDI: well-formed, and every hostile name reads back as the same text', () => {
    const xml = exportMspdi(plan, { now: '2026-03-01T12:00:00.000Z' });
    expect(parseXml(xml).ok).toBe(true);
    const back = importMspdi(xml, { newId: sequentialIds('m'), now: '2026-03-01T12:00:00.000Z' });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const clean = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
    expect(Object.values(back.value.plan.tasks).map((t) => t.name).sort()).toEqual(Object.values(plan.tasks).map((t) => clean(t.name)).sort());
  });

  it('.plotline: reopens with every hostile id, name and colour unchanged', () => {
    const text = serializePlotline(plan, { app: 'Plotline test', exported: '2026-03-01T12:00:00.000Z' });
    const back = parsePlotline(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.plan.tasks[HOSTILE_ID]?.name).toBe(HOSTILE[7]);
    expect(Object.values(back.value.plan.columns).every((c) => c.color === HOSTILE_COLOUR)).toBe(true);
  });
});

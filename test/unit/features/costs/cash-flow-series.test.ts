// @vitest-environment happy-dom
/**
 * Cash flow by phase: the phases in the project's lifecycle order and in their Phases-view
 * colours, not alphabetically in chart colours; a phase with no money, or a month a phase spends
 * nothing in, draws nothing.
 */
import { describe, expect, it } from 'vitest';
import { addLink, addPhase } from '../../../../renderer/domain/commands';
import { compileCalendars } from '../../../../renderer/domain/calendar';
import type { LocalDate, PhaseId, Plan } from '../../../../renderer/domain/model';
import { costPlan } from '../../../../renderer/domain/money';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import type { uPlot } from '../../../../renderer/features/charts/UPlotChart';
import { cashFlowSeries } from '../../../../renderer/features/costs/cash-flow-series';
import { cashFlowChart, cashFlowSvg } from '../../../../renderer/features/costs/cost-charts';
import { phaseColour } from '../../../../renderer/features/phases/phase-text';
import { withTask } from '../../../support/cost-plan';
import { blankPlan, runOk, taskByName } from '../../../support/plan-builder';

/**
 * Phases Discovery, Build and Acceptance, in that order (alphabetically the reverse). Research
 * (Discovery, 1,000 fixed) is Mon 2 to Fri 6 March; Code (Build, 3,000 fixed) follows it for 25
 * working days, into April. Acceptance has no tasks, so no money.
 */
function phasedPlan(): Plan {
  let plan = blankPlan();
  for (const [id, name] of [['discovery', 'Discovery'], ['build', 'Build'], ['acceptance', 'Acceptance']] as const) {
    plan = runOk(addPhase, plan, { id: id as PhaseId, name }).plan;
  }
  plan = withTask(plan, 'Research', { phaseId: 'discovery' as PhaseId, fixedCost: 1000 });
  plan = withTask(plan, 'Code', { phaseId: 'build' as PhaseId, fixedCost: 3000, durationMinutes: 25 * 480 });
  return runOk(addLink, plan, { predecessorId: taskByName(plan, 'Research').id, successorId: taskByName(plan, 'Code').id, type: 'FS', lagMinutes: 0, lagIsElapsed: false }).plan;
}

function modelOf(plan: Plan) {
  const schedule = scheduleProject(plan);
  // Nothing is spent yet: the status date is the Friday before the plan's Monday 2 March start.
  return { plan, schedule, costs: costPlan(plan, schedule), calendars: compileCalendars(plan), statusDate: '2026-02-27' as LocalDate };
}

const noBars = (() => null) as unknown as uPlot.Series.PathBuilder;

describe('cash flow by phase', () => {
  const plan = phasedPlan();
  const model = modelOf(plan);

  it('lists the phases with money in lifecycle order, each in its Phases-view colour', () => {
    const { series } = cashFlowSeries(model, 'phase');
    expect(series.map((s) => s.label)).toEqual(['Discovery', 'Build']);
    expect(series.map((s) => s.colour)).toEqual(['discovery', 'build'].map((id) => {
      const phase = plan.phases[id as PhaseId];
      if (!phase) throw new Error(`no phase ${id}`);
      return phaseColour(phase);
    }));
    const chart = cashFlowChart(model, 'phase', noBars);
    expect(chart.options.series.map((s) => s.label)).toEqual(['Month', 'Discovery', 'Build']);
    // The legend names the month pointed at with its year (uPlot's own "Time" read "--"), and a dash while none is.
    const month = chart.options.series[0]?.value;
    if (typeof month !== 'function') throw new Error('the month series words its value');
    expect([month({} as uPlot, chart.data[0][0] ?? 0, 0, 0), month({} as uPlot, null as unknown as number, 0, null)]).toEqual(['March 2026', '–']);
    expect(chart.options.series.map((s) => s.fill)).toEqual([undefined, ...series.map((s) => s.colour)]);
    expect(cashFlowSvg(model, 'phase', 'Cash flow').indexOf('data-label="Discovery"')).toBeLessThan(cashFlowSvg(model, 'phase', 'Cash flow').indexOf('data-label="Build"'));
  });

  it('draws nothing of a phase in a month it spends nothing in: Discovery has no April bar, Build stands on the axis', () => {
    const chart = cashFlowChart(model, 'phase', noBars);
    const [, discovery, build] = chart.data;
    // March: Discovery 1,000 and Build's first part above it; April: Build alone.
    expect(discovery).toEqual([1000, null]);
    expect(build?.[0]).toBeGreaterThan(1000);
    // Build's own 3,000: its March part above Discovery's 1,000, and all of its April bar.
    expect((build?.[0] ?? 0) - 1000 + (build?.[1] ?? 0)).toBeCloseTo(3000, 6);
    // Build is drawn down to Discovery's top, not from the axis over it.
    expect(chart.options.bands).toEqual([{ series: [2, 1] }]);
  });

  it('keeps the fixed stages in lifecycle order for a plan without phase objects', () => {
    let stages = withTask(blankPlan(), 'Close out', { phase: 'closure', fixedCost: 500 });
    stages = withTask(stages, 'Kick-off', { phase: 'initiation', fixedCost: 200 });
    stages = withTask(stages, 'Loose end', { fixedCost: 100 });
    expect(cashFlowSeries(modelOf(stages), 'phase').series.map((s) => s.label)).toEqual(['Initiation', 'Closure', '(no phase)']);
  });
});

describe('the cash flow\'s SVG month axis', () => {
  it('labels as many of a three-year plan\'s 38 months as fit, the year in full where it changes, none over another', () => {
    const plan = withTask(blankPlan(), 'Build', { phase: 'execution', fixedCost: 780_000, durationMinutes: 780 * 480 });
    const svg = cashFlowSvg(modelOf(plan), 'phase', 'Cash flow by phase');
    const labels = [...svg.matchAll(/<text class="x-label" x="([\d.]+)"[^>]*>([^<]*)</g)].map((m) => ({ x: Number(m[1]), text: m[2] ?? '' }));
    const texts = labels.map((l) => l.text);
    // Every month was labelled, "Mar 2026", "Apr" ... 38 of them 22 px apart.
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.length).toBeLessThan(15);
    expect(texts[0]).toMatch(/\b2026\b/);
    expect(texts.flatMap((t) => t.match(/\d+/g) ?? [])).toEqual(['2026', '2027', '2028', '2029'].slice(0, texts.filter((t) => /\d/.test(t)).length));
    labels.forEach((label, i) => {
      const next = labels[i + 1];
      if (next) expect(next.x - label.x - (label.text.length + next.text.length) * 3.6, texts.join(' | ')).toBeGreaterThanOrEqual(8);
    });
  });
});

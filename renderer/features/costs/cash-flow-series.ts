/**
 * Monthly cash flow as the chart's series, before any drawing: by phase, one series per phase in
 * the project's lifecycle order (the order the Phases view lists them) and in the colour the phase
 * has there and on the Gantt's bands, with the tasks of no phase last; by person, alphabetically.
 * A group with nothing in any month is no series (cashFlow leaves it out).
 */
import { effectivePhase, orderedPhases, phaseResolver, PHASES, type Plan, type Task, type WallMinutes } from '../../domain/model';
import { cashFlow } from '../../domain/money';
import { themeColours } from '../charts/UPlotChart';
import { phaseColour } from '../phases/phase-text';
import type { CostModel } from './use-cost-model';

export interface CashFlowSeries {
  readonly label: string;
  readonly colour: string;
  /** Cost incurred in each month of `periodEnds`. */
  readonly values: readonly number[];
}

export interface CashFlowSeriesModel {
  /** Month ends (exclusive), one per value of every series. */
  readonly periodEnds: readonly WallMinutes[];
  /** Bottom of the stack first. */
  readonly series: readonly CashFlowSeries[];
}

/** The Gantt's colour for a bar of no phase (gantt/colours.ts NEUTRAL). */
const NO_PHASE_COLOUR = '#64748b';
const PERSON_COLOURS = ['#4f46e5', '#059669', '#dc2626', '#d97706', '#0891b2', '#7c3aed', '#db2777', '#65a30d', '#64748b'];

interface Group {
  /** What groupOfTask names a task's group by: a phase's id, or a fixed stage when the plan has no phase objects. */
  readonly key: string;
  readonly label: string;
  readonly colour: string;
}

/**
 * The plan's phases in lifecycle order, named and coloured as the Phases view shows them; a plan
 * without phase objects has the five fixed stages in their order and theme colours (as the Gantt
 * colours their bars). A task counts under its own phase, else its nearest summary's.
 */
function phaseGroups(plan: Plan): { groupOfTask: (task: Task) => string; groups: Group[] } {
  const phases = orderedPhases(plan.phases);
  const none: Group = { key: '', label: '(no phase)', colour: NO_PHASE_COLOUR };
  if (phases.length > 0) {
    const phaseOf = phaseResolver(plan);
    return { groupOfTask: (task) => phaseOf(task) ?? '', groups: [...phases.map((p) => ({ key: p.id, label: p.name, colour: phaseColour(p) })), none] };
  }
  const theme = themeColours(Object.fromEntries(PHASES.map((p) => [`--phase-${p}`, NO_PHASE_COLOUR])));
  const stages = PHASES.map((p) => ({ key: p, label: `${p.charAt(0).toUpperCase()}${p.slice(1)}`, colour: theme[`--phase-${p}`] ?? NO_PHASE_COLOUR }));
  return { groupOfTask: (task) => effectivePhase(plan.tasks, task) ?? '', groups: [...stages, none] };
}

/** What the cash flow is measured from: the cost screens' model, or its parts (the status date says what is spent by when). */
export type CashFlowSource = Pick<CostModel, 'plan' | 'schedule' | 'costs' | 'calendars' | 'statusDate'>;

export function cashFlowSeries(model: CashFlowSource, by: 'phase' | 'person'): CashFlowSeriesModel {
  const { plan, schedule, costs, calendars, statusDate } = model;
  if (by === 'person') {
    const flow = cashFlow(plan, schedule, costs, 'person', statusDate, calendars);
    return {
      periodEnds: flow.periodEnds,
      series: flow.groups.map((g, i) => ({ label: g || '(none)', colour: PERSON_COLOURS[i % PERSON_COLOURS.length] ?? NO_PHASE_COLOUR, values: flow.values[i] ?? [] })),
    };
  }
  const { groupOfTask, groups } = phaseGroups(plan);
  const flow = cashFlow(plan, schedule, costs, { groupOfTask }, statusDate, calendars);
  const valuesOf = new Map(flow.groups.map((g, i) => [g, flow.values[i] ?? []]));
  return {
    periodEnds: flow.periodEnds,
    series: groups.flatMap((g) => {
      const values = valuesOf.get(g.key);
      return values ? [{ label: g.label, colour: g.colour, values }] : [];
    }),
  };
}

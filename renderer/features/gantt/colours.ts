/** Bar colours by phase, resource, status or criticality, and the legend that explains them. */
import { orderedPhases, PHASES, type Plan } from '../../domain/model';
import { phaseColour } from '../phases/phase-text';
import type { GanttRow } from './gantt-rows';

export const COLOUR_MODES = ['phase', 'resource', 'status', 'critical'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
}

/** Distinct hues that read on light and dark surfaces. */
const PALETTE = ['#4f46e5', '#0ea5e9', '#10b981', '#f59e0b', '#ec4899', '#8b5cf6', '#14b8a6', '#f97316', '#64748b', '#84cc16'];
const NEUTRAL = 'var(--gantt-bar, #64748b)';
const CRITICAL = 'var(--critical, #dc2626)';

function paletteIndex(key: string, keys: readonly string[]): string {
  const i = keys.indexOf(key);
  return PALETTE[(i < 0 ? 0 : i) % PALETTE.length] ?? NEUTRAL;
}

export interface Colouring {
  readonly colourOf: (row: GanttRow) => string;
  readonly legend: readonly LegendEntry[];
}

/** Critical bars are always red when the critical path is shown, whatever the colour mode. */
/** Only resources, workflow columns and phases matter, so an edit to a task keeps the same colouring. */
export type ColourSource = Pick<Plan, 'resources' | 'columns' | 'phases'>;

/**
 * `labelsInUse`: for a plan without phase objects, the fixed lifecycle labels its tasks carry
 * (lifecycleLabelsInUse); the phase legend lists those only.
 */
export function colouring(plan: ColourSource, mode: ColourMode, showCritical: boolean, labelsInUse: readonly string[] = PHASES): Colouring {
  const base = baseColouring(plan, mode, labelsInUse);
  if (!showCritical || mode === 'critical') return base;
  return {
    colourOf: (row) => (row.isCritical ? CRITICAL : base.colourOf(row)),
    legend: [...base.legend, { label: 'Critical', colour: CRITICAL }],
  };
}

/**
 * The fixed lifecycle labels (Initiation … Closure) the rows carry, in lifecycle order, for a plan
 * without phase objects; none for a plan with them, whose legend names its own phases.
 */
export function lifecycleLabelsInUse(phases: ColourSource['phases'], rows: readonly Pick<GanttRow, 'phase'>[]): string[] {
  if (orderedPhases(phases).length > 0) return [];
  const used = new Set<string>();
  for (const row of rows) {
    if (row.phase) used.add(row.phase);
    if (used.size === PHASES.length) break;
  }
  return PHASES.filter((p) => used.has(p));
}

/**
 * The project's phases, named and coloured as on their bands and in the Phases view; a plan
 * without phase objects keeps the fixed lifecycle labels and their theme colours, its legend
 * naming those its tasks carry: it listed all five on an imported plan whose Phases view said
 * it had none (a new user's second hour).
 */
function phaseColouring(plan: ColourSource, labelsInUse: readonly string[]): Colouring {
  const phases = orderedPhases(plan.phases);
  if (phases.length === 0) {
    return {
      colourOf: (row) => (row.phase ? `var(--phase-${row.phase})` : NEUTRAL),
      legend: [...labelsInUse.map((p) => ({ label: p[0]?.toUpperCase() + p.slice(1), colour: `var(--phase-${p})` })), { label: 'No phase', colour: NEUTRAL }],
    };
  }
  const colours = new Map(phases.map((p) => [p.id as string, phaseColour(p)]));
  return {
    colourOf: (row) => (row.phaseId === null ? NEUTRAL : colours.get(row.phaseId) ?? NEUTRAL),
    legend: [...phases.map((p) => ({ label: p.name, colour: phaseColour(p) })), { label: 'No phase', colour: NEUTRAL }],
  };
}

function baseColouring(plan: ColourSource, mode: ColourMode, labelsInUse: readonly string[]): Colouring {
  switch (mode) {
    case 'phase': return phaseColouring(plan, labelsInUse);
    case 'resource': {
      const resources = Object.values(plan.resources).sort((a, b) => a.name.localeCompare(b.name));
      const ids = resources.map((r) => r.id as string);
      return {
        colourOf: (row) => (row.resourceId ? paletteIndex(row.resourceId, ids) : NEUTRAL),
        legend: [...resources.map((r) => ({ label: r.name, colour: paletteIndex(r.id, ids) })), { label: 'Unassigned', colour: NEUTRAL }],
      };
    }
    case 'status': {
      const columns = Object.values(plan.columns).sort((a, b) => (a.rank < b.rank ? -1 : 1));
      return {
        colourOf: (row) => plan.columns[row.statusId]?.color ?? NEUTRAL,
        legend: columns.map((c) => ({ label: c.name, colour: c.color })),
      };
    }
    case 'critical':
      return {
        colourOf: (row) => (row.isCritical ? CRITICAL : NEUTRAL),
        legend: [{ label: 'Critical', colour: CRITICAL }, { label: 'Has slack', colour: NEUTRAL }],
      };
    default: {
      const never: never = mode;
      return never;
    }
  }
}

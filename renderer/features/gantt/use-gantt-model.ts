/** Everything the chart shows, derived from the session and UI stores and the view settings. */
import { useMemo } from 'react';
import { sharedCalendars, statusInstant, type CalendarSet } from '../../domain/calendar';
import {
  formatDuration, fromWallMinutes, toWallMinutes, type Baseline, type Link, type Plan, type TaskId,
} from '../../domain/model';
import { formatDate as formatPlanDate } from '../shared/format';
import { useSession, useUi } from '../../store';
import { colouring, lifecycleLabelsInUse, type ColourMode, type Colouring } from './colours';
import { buildRows, createRowCache, projectSpan, rowIndexById, type GanttRow } from './gantt-rows';
import { fitScale, makeScale, type Scale, type Zoom } from './time-scale';

export interface GanttSettings {
  readonly zoom: Zoom;
  readonly colourMode: ColourMode;
  readonly showCritical: boolean;
  readonly showSlack: boolean;
  /** Baseline id shown under the bars, or null. */
  readonly baselineId: string | null;
  /** "Fit project": the project stretched across the chart's width (`zoom` is then the level whose labels are used). */
  readonly isFitted: boolean;
  /** The divider between grid and chart where the person left it, in px of grid; null: never moved (grid-split.ts). */
  readonly gridWidthPx: number | null;
}

export const DEFAULT_SETTINGS: GanttSettings = { zoom: 'day', colourMode: 'phase', showCritical: false, showSlack: false, baselineId: null, isFitted: false, gridWidthPx: null };

export interface GanttModel {
  readonly plan: Plan;
  readonly rows: readonly GanttRow[];
  readonly indexById: ReadonlyMap<string, number>;
  readonly scale: Scale;
  readonly span: readonly [number, number];
  readonly colouring: Colouring;
  readonly lagLabel: (link: Link) => string;
  readonly slackEnd: (row: GanttRow) => number;
  readonly formatDate: (minutes: number) => string;
  readonly formatVariance: (row: GanttRow, baselineFinishMinutes: number) => string;
  readonly formatDuration: (minutes: number, isElapsed?: boolean) => string;
  readonly statusMinutes: number | null;
  readonly holidays: (from: number, to: number) => number[];
  readonly isWorkingWeekday: (day: number) => boolean;
  /** The compared version drawn as ghost bars in place of the baseline (features/merge), or null. */
  readonly ghostName: string | null;
}

/** Dates read exactly as in the task table (shared/format.ts), from the chart's wall minutes. */
export const formatDate = (minutes: number): string => formatPlanDate(fromWallMinutes(minutes));

/**
 * Shared by every Gantt surface for the life of the window, so switching back to the Gantt (or
 * opening presentation mode) reuses the rows and outline of an unchanged plan
 * instead of rebuilding them for every task. Entries are compared by their inputs, so sharing
 * is never stale, only slower when two views disagree.
 */
const SHARED_ROWS = createRowCache();
const collapsedTests = new WeakMap<ReadonlySet<string>, (id: TaskId) => boolean>();

/**
 * Compiled calendars by what compiling reads (the calendars, the project's calendar and start
 * day), so a task edit does not recompile them, and the helpers built on them stay the same.
 */
/** One function per collapsed set: the outline cache is keyed by it. */
function isCollapsedIn(collapsed: ReadonlySet<string>): (id: TaskId) => boolean {
  let test = collapsedTests.get(collapsed);
  if (!test) collapsedTests.set(collapsed, (test = (id: TaskId) => collapsed.has(id)));
  return test;
}

/**
 * The viewport width the scale depends on: a fitted scale stretches across it, an unfitted one
 * only widens to it when the plan is narrower. Otherwise 0, so the width measured at mount (or a
 * splitter drag) leaves the scale object alone: a new one would draw the whole window again.
 */
export function scaleMinWidth(planWidth: number, chartWidth: number, isFitted: boolean): number {
  return isFitted || chartWidth > planWidth ? chartWidth : 0;
}

/**
 * `chartWidth` is the chart viewport's width (0 when unknown): the scale is drawn at least that
 * wide, and "Fit project" stretches the plan across it.
 */
export function useGanttModel(plan: Plan, settings: GanttSettings, filter?: (rows: readonly GanttRow[]) => readonly GanttRow[], chartWidth = 0, ghost: Baseline | null = null): GanttModel {
  const schedule = useSession((s) => s.schedule);
  const collapsed = useUi((s) => s.collapsed);
  // An open comparison's other version rides the baseline mechanism, in place of the chosen baseline.
  const baseline = ghost ?? (settings.baselineId ? (plan.baselines[settings.baselineId] ?? null) : null);
  const ghostName = ghost?.name ?? null;
  const cache = SHARED_ROWS;
  const isCollapsed = isCollapsedIn(collapsed);

  const rows = useMemo(() => {
    const all = buildRows(plan, schedule, { isCollapsed, baseline }, cache);
    // A focus filter (presentation) keeps the rows' order and renumbers them.
    return filter ? filter(all).map((r, index) => (r.index === index ? r : { ...r, index })) : all;
  }, [plan, schedule, isCollapsed, baseline, filter, cache]);

  // By value: an edit that leaves the project's span alone must not rebuild the scale, which
  // would re-render the header, the canvas and every bar.
  const [spanStart, spanFinish] = useMemo(() => projectSpan(rows, toWallMinutes(plan.project.start)), [rows, plan.project.start]);
  const span = useMemo(() => [spanStart, spanFinish] as const, [spanStart, spanFinish]);
  const { zoom, isFitted } = settings;
  const planWidth = useMemo(() => makeScale(zoom, spanStart, spanFinish).width, [zoom, spanStart, spanFinish]);
  const minWidth = scaleMinWidth(planWidth, chartWidth, isFitted);
  const scale = useMemo(() => {
    if (!isFitted || minWidth <= 0) return makeScale(zoom, spanStart, spanFinish, { minWidth });
    const fit = fitScale(spanStart, spanFinish, minWidth);
    return makeScale(fit.zoom, spanStart, spanFinish, { minWidth, pxPerDay: fit.pxPerDay });
  }, [zoom, isFitted, spanStart, spanFinish, minWidth]);
  const calendars = sharedCalendars(plan);
  const { resources, columns, phases, project } = plan;
  // By value again ("execution,planning"): the legend follows the labels in use without a new
  // colouring, and every bar re-rendered, on each edit.
  const labelsInUse = useMemo(() => (settings.colourMode === 'phase' ? lifecycleLabelsInUse(phases, rows).join(',') : ''), [settings.colourMode, phases, rows]);
  const colours = useMemo(
    () => colouring({ resources, columns, phases }, settings.colourMode, settings.showCritical, labelsInUse === '' ? [] : labelsInUse.split(',')),
    [resources, columns, phases, settings.colourMode, settings.showCritical, labelsInUse],
  );

  // Row positions match the outline's unless a focus filter dropped rows.
  const indexById = useMemo(() => (filter ? new Map(rows.map((r) => [r.id as string, r.index])) : rowIndexById(cache)), [rows, filter, cache]);
  // Depend on the project and its calendars only, not on the tasks: the row layers are memoised
  // per row, and a helper that changed with every edit would re-render every rendered row.
  const helpers = useMemo(() => calendarHelpers(project, calendars), [project, calendars]);

  return useMemo(
    () => ({ plan, rows, indexById, scale, span, colouring: colours, formatDate, ghostName, ...helpers }),
    [plan, rows, indexById, scale, span, colours, helpers, ghostName],
  );
}

type CalendarHelpers = Pick<GanttModel, 'lagLabel' | 'slackEnd' | 'holidays' | 'isWorkingWeekday' | 'formatVariance' | 'formatDuration' | 'statusMinutes'>;

function calendarHelpers(project: Plan['project'], calendars: CalendarSet): CalendarHelpers {
  const lagLabel = (link: Link): string =>
    link.lagMinutes === 0 ? '' : `${link.lagMinutes > 0 ? '+' : ''}${formatDuration(link.lagMinutes, project, link.lagIsElapsed)}`;
  const slackEnd = (row: GanttRow): number => calendars.get(row.calendarId).addWorking(row.finishMinutes, row.totalSlackMinutes);
  const holidays = (from: number, to: number): number[] => {
    const out: number[] = [];
    const week = calendars.project;
    for (let day = Math.floor(from / 1440); day * 1440 < to && out.length < 400; day++) {
      if (week.workingMinutesOnDay(day) === 0 && week.workingMinutesOnDay(day - 7) > 0) out.push(day * 1440);
    }
    return out;
  };
  return {
    lagLabel, slackEnd, holidays,
    // The weekly pattern, by majority over eight weeks so a holiday week does not define it.
    isWorkingWeekday: (day: number) => [0, 1, 2, 3, 4, 5, 6, 7].filter((k) => calendars.project.workingMinutesOnDay(day + 7 * k) > 0).length >= 4,
    // Working time between the two finishes on the task's calendar, as the task table's Finish var.
    // column and the report count it (it was elapsed days, so a slip over a weekend read 2 days more).
    formatVariance: (row: GanttRow, baselineFinish: number) => {
      const m = calendars.get(row.calendarId).workingBetween(baselineFinish, row.finishMinutes); // negative when early
      return m === 0 ? 'none' : `${m > 0 ? '+' : '−'}${formatDuration(Math.abs(m), project)}`;
    },
    formatDuration: (m: number, isElapsed = false) => formatDuration(m, project, isElapsed),
    // The end of the status day, where the scheduler resumes remaining work and the S-curve draws its line.
    statusMinutes: project.statusDate ? statusInstant(project.statusDate) : null,
  };
}

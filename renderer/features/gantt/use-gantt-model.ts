/** Everything the chart shows, derived from the session and UI stores and the view settings. */
import { useMemo } from 'react';
import { compileCalendars } from '../../domain/calendar';
import {
  formatDuration, fromWallMinutes, toWallMinutes, type Link, type Plan, type TaskId,
} from '../../domain/model';
import { formatDate as formatPlanDate } from '../shared/format';
import { useSession, useUi } from '../../store';
import { colouring, type ColourMode, type Colouring } from './colours';
import { buildRows, projectSpan, type GanttRow } from './gantt-rows';
import { makeScale, type Scale, type Zoom } from './time-scale';

export interface GanttSettings {
  readonly zoom: Zoom;
  readonly colourMode: ColourMode;
  readonly showCritical: boolean;
  readonly showSlack: boolean;
  /** Baseline id shown under the bars, or null. */
  readonly baselineId: string | null;
}

export const DEFAULT_SETTINGS: GanttSettings = { zoom: 'day', colourMode: 'phase', showCritical: false, showSlack: false, baselineId: null };

export interface GanttModel {
  readonly plan: Plan;
  readonly rows: readonly GanttRow[];
  readonly indexById: ReadonlyMap<string, number>;
  readonly links: readonly Link[];
  readonly scale: Scale;
  readonly span: readonly [number, number];
  readonly colouring: Colouring;
  readonly lagLabel: (link: Link) => string;
  readonly slackEnd: (row: GanttRow) => number;
  readonly formatDate: (minutes: number) => string;
  readonly formatVariance: (minutes: number) => string;
  readonly formatDuration: (minutes: number) => string;
  readonly statusMinutes: number | null;
  readonly holidays: (from: number, to: number) => number[];
  readonly isWorkingWeekday: (day: number) => boolean;
}

/** Dates read exactly as in the task table (shared/format.ts), from the chart's wall minutes. */
export const formatDate = (minutes: number): string => formatPlanDate(fromWallMinutes(minutes));

export function useGanttModel(plan: Plan, settings: GanttSettings, filter?: (rows: readonly GanttRow[]) => readonly GanttRow[]): GanttModel {
  const schedule = useSession((s) => s.schedule);
  const collapsed = useUi((s) => s.collapsed);
  const baseline = settings.baselineId ? (plan.baselines[settings.baselineId] ?? null) : null;

  const rows = useMemo(() => {
    const all = buildRows(plan, schedule, { isCollapsed: (id: TaskId) => collapsed.has(id), baseline });
    // A focus filter (presentation) keeps the rows' order and renumbers them.
    return filter ? filter(all).map((r, index) => ({ ...r, index })) : all;
  }, [plan, schedule, collapsed, baseline, filter]);

  const span = useMemo(() => projectSpan(rows, toWallMinutes(plan.project.start)), [rows, plan.project.start]);
  const scale = useMemo(() => makeScale(settings.zoom, span[0], span[1]), [settings.zoom, span]);
  const calendars = useMemo(() => compileCalendars(plan), [plan]);

  return useMemo(() => {
    const indexById = new Map(rows.map((r) => [r.id as string, r.index]));
    const units = plan.project;
    const lagLabel = (link: Link): string =>
      link.lagMinutes === 0 ? '' : `${link.lagMinutes > 0 ? '+' : ''}${formatDuration(link.lagMinutes, units, link.lagIsElapsed)}`;
    const slackEnd = (row: GanttRow): number => {
      const cal = calendars.get(plan.tasks[row.id]?.calendarId ?? null);
      return cal.addWorking(row.finishMinutes, row.totalSlackMinutes);
    };
    const holidays = (from: number, to: number): number[] => {
      const out: number[] = [];
      const week = calendars.project;
      for (let day = Math.floor(from / 1440); day * 1440 < to && out.length < 400; day++) {
        if (week.workingMinutesOnDay(day) === 0 && week.workingMinutesOnDay(day - 7) > 0) out.push(day * 1440);
      }
      return out;
    };
    return {
      plan, rows, indexById, scale, span,
      links: Object.values(plan.links),
      colouring: colouring(plan, settings.colourMode, settings.showCritical),
      lagLabel, slackEnd, formatDate, holidays,
      // The weekly pattern, by majority over eight weeks so a holiday week does not define it.
      isWorkingWeekday: (day: number) => [0, 1, 2, 3, 4, 5, 6, 7].filter((k) => calendars.project.workingMinutesOnDay(day + 7 * k) > 0).length >= 4,
      formatVariance: (m: number) => (m === 0 ? 'none' : `${m > 0 ? '+' : '−'}${formatDuration(Math.abs(m), { minutesPerDay: 1440, minutesPerWeek: 10080 })}`),
      formatDuration: (m: number) => formatDuration(m, units),
      statusMinutes: plan.project.statusDate ? toWallMinutes(plan.project.statusDate) : null,
    };
  }, [plan, rows, scale, span, calendars, settings.colourMode, settings.showCritical]);
}

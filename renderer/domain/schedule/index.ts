/** The scheduling engine: CPM passes, slack, critical path, loops, resource load and leveling. */
export { scheduleProject, createScheduler, type Scheduler } from './scheduler';
export { planEditOf, type PlanEdit } from './plan-diff';
export { findLinkCycle, describeCycle } from './cycles';
export { isLoopMessage, loopMessage, tableRowOf } from './issues';
export { resourceLoad, type LoadPeriod, type ResourceLoad, type ResourceLoadOptions } from './resource-load';
export type { ChartFigures, ScheduleIssue, ScheduleIssueKind, ScheduleOptions, ScheduleResult, TaskSchedule } from './types';
export { LEVELING_ADVICE } from './format';
export type { IssueMessagePart } from './types';
export { ScheduleTable } from './schedule-table';
export { chartFiguresOf } from './results';
export { calendarForTask, taskCalendarId } from './inputs';
export { levelResources, type LevelingChange, type LevelingOptions } from './leveling';
export { planAsShown, planWithScheduledDates, type KnownSchedule } from './scheduled-plan';
export { asScheduledDates, type AsScheduled } from './as-scheduled';
export { statusDateMoves, type StatusDateMoves } from './status-date-moves';
export { effectiveSplits, workSegments, type WorkSegment } from './splits';
export { compilePlan, type CompiledPlan, type PassOutcome } from './compiled-plan';

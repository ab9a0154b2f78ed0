/**
 * The valibot schema of the whole Plan model (model/plan.ts). Every importer and the native
 * reader pass their result through it, so nothing malformed reaches the app. Branded ids and
 * wall-clock times are checked with `custom` so the output type is the model type itself.
 * valibot's object/record schemas skip '__proto__', 'constructor' and 'prototype' keys.
 */
import * as v from 'valibot';
import type {
  AssignmentId, AssumptionId, BaselineId, CalendarId, ChangeRequestId, ColumnId, DecisionId, IssueId, LinkId,
  ProjectId, ReportId, ResourceId, RiskId, StakeholderId, TaskId,
} from '../model/ids';
import {
  CHANGE_CATEGORIES, CHANGE_PRIORITIES, CHANGE_STATUSES, COMMUNICATION_FREQUENCIES, CONSTRAINT_TYPES, DISTRIBUTIONS,
  ENGAGEMENT_LEVELS, GATE_DECISIONS, LESSON_KINDS, OBJECTIVE_MEASURES, OPPORTUNITY_RESPONSES, PHASES, RACI_ROLES, REPORT_AUDIENCES,
  SETTABLE_OBJECTIVE_STATUSES, TARGET_DIRECTIONS, THREAT_RESPONSES, type CommunicationId, type PhaseId, type RaciEntryId,
} from '../model/plan';
import { isRealDateText, type LocalDate, type LocalDateTime } from '../model/time';

const id = <T extends string>() =>
  v.custom<T>((x) => typeof x === 'string' && x.length > 0 && x.length <= 200, 'expected an id (a non-empty string)');
const dateTime = v.custom<LocalDateTime>((x) => typeof x === 'string' && isRealDateText(x, true), 'expected a date-time YYYY-MM-DDTHH:mm');
const date = v.custom<LocalDate>((x) => typeof x === 'string' && isRealDateText(x, false), 'expected a date YYYY-MM-DD');
const clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:mm'));
const num = v.pipe(v.number(), v.finite('expected a finite number'));
const range = (min: number, max: number) =>
  v.pipe(num, v.minValue(min, `expected at least ${String(min)}`), v.maxValue(max, `expected at most ${String(max)}`));
const nonNegative = v.pipe(num, v.minValue(0, 'expected zero or more'));
const extra = v.optional(v.record(v.string(), v.unknown()));
const ids = <T extends string>() => v.array(id<T>());

/** Three-point estimate (model/simulation.ts): optimistic <= most likely <= pessimistic. */
const EstimateSchema = v.pipe(
  v.object({ optimisticMinutes: nonNegative, mostLikelyMinutes: nonNegative, pessimisticMinutes: nonNegative, distribution: v.picklist(DISTRIBUTIONS) }),
  v.check((e) => e.optimisticMinutes <= e.mostLikelyMinutes && e.mostLikelyMinutes <= e.pessimisticMinutes,
    'expected optimistic <= most likely <= pessimistic'),
);
const FinishSchema = { p50: dateTime, p80: dateTime, p90: dateTime, mean: dateTime };
const share = range(0, 1);
/** The last simulation's summary (model/simulation.ts), kept on the project. */
const ScheduleRiskSchema = v.object({
  iterations: range(1, 100_000), seed: num, targetDate: v.nullable(date),
  last: v.nullable(v.object({
    ranAt: v.string(), iterations: range(1, 100_000), seed: num, plannedFinish: dateTime, plannedFinishChance: share,
    finish: v.object(FinishSchema), target: v.nullable(v.object({ date, chance: share })), histogramDays: v.array(date), histogram: v.array(nonNegative),
    milestones: v.array(v.object({ taskId: id<TaskId>(), name: v.string(), planned: dateTime, ...FinishSchema })),
    criticality: v.record(v.string(), share),
    drivers: v.array(v.object({ kind: v.picklist(['task', 'risk']), id: id<TaskId | RiskId>(), name: v.string(), correlation: range(-1, 1) })),
    inputs: v.optional(v.record(v.string(), v.pipe(v.string(), v.maxLength(40)))),
  })),
});

const CharterItemSchema = v.object({ id: id<string>(), text: v.string() });
const ObjectiveSchema = v.object({
  id: id<string>(), title: v.string(), successCriterion: v.string(), measure: v.picklist(OBJECTIVE_MEASURES),
  milestoneId: v.nullable(id<TaskId>()), metric: v.string(), targetValue: v.nullable(num), currentValue: v.nullable(num),
  direction: v.picklist(TARGET_DIRECTIONS), statusOverride: v.optional(v.picklist(SETTABLE_OBJECTIVE_STATUSES)),
});
/** The project charter (model/charter.ts, file version 5). */
const CharterSchema = v.object({
  purpose: v.string(), businessCase: v.string(), objectives: v.array(ObjectiveSchema),
  scopeIn: v.array(CharterItemSchema), scopeOut: v.array(CharterItemSchema),
  deliverables: v.array(v.object({ id: id<string>(), name: v.string(), taskId: v.nullable(id<TaskId>()) })),
  constraints: v.array(CharterItemSchema), sponsor: v.string(), approvalDate: v.nullable(date),
});
/** Closure checklist and lessons learned (model/charter.ts, file version 5). */
const ClosureSchema = v.object({
  checklist: v.array(v.object({ id: id<string>(), item: v.string(), ownerId: v.nullable(id<ResourceId>()), done: v.boolean() })),
  lessons: v.array(v.object({ id: id<string>(), kind: v.picklist(LESSON_KINDS), text: v.string(), category: v.string(), ownerId: v.nullable(id<ResourceId>()) })),
});

const ProjectSchema = v.object({
  id: id<ProjectId>(), name: v.string(), description: v.string(), manager: v.string(), start: dateTime,
  statusDate: v.nullable(date), currency: v.string(), calendarId: id<CalendarId>(),
  minutesPerDay: range(1, 1440), minutesPerWeek: range(1, 10080),
  // Optional fields added after file version 1: older files simply lack them (no migration needed).
  daysPerMonth: v.optional(range(1, 31)), holidayRegion: v.optional(v.pipe(v.string(), v.maxLength(20))),
  defaultStartTime: clock, defaultFinishTime: clock, createdAt: v.string(), updatedAt: v.string(),
  budget: v.optional(nonNegative), contingencyReserve: v.optional(nonNegative), managementReserve: v.optional(nonNegative),
  costBaseline: v.optional(range(0, 10)), riskCategories: v.optional(v.array(v.string())),
  scheduleRisk: v.optional(ScheduleRiskSchema),
  lineage: v.optional(v.object({
    planId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    revisions: v.pipe(v.array(v.object({ id: v.pipe(v.string(), v.maxLength(200)), hash: v.pipe(v.string(), v.maxLength(200)), savedAt: v.pipe(v.string(), v.maxLength(40)) })), v.maxLength(1000)),
  })),
  ragRules: v.optional(v.lazy(() => RagRulesSchema)),
  // Optional within file version 5: a reader that lacks it keeps it as an unknown field.
  reportDraft: v.optional(v.object({ statusDate: v.optional(date), headline: v.string(), narrative: v.string() })),
  // File version 5: optional, absent until a charter is written or closure is started.
  charter: v.optional(CharterSchema), closure: v.optional(ClosureSchema),
  extra,
});

const optionalAmount = v.optional(v.nullable(nonNegative));

const TaskSchema = v.object({
  id: id<TaskId>(), parentId: v.nullable(id<TaskId>()), rank: v.string(), name: v.string(), notes: v.string(),
  kind: v.picklist(['task', 'summary', 'milestone']), durationMinutes: nonNegative,
  schedulingMode: v.picklist(['auto', 'manual']), start: dateTime, finish: dateTime,
  constraint: v.object({ type: v.picklist(CONSTRAINT_TYPES), date: v.nullable(dateTime) }),
  deadline: v.nullable(dateTime), percentComplete: range(0, 100),
  actualStart: v.nullable(dateTime), actualFinish: v.nullable(dateTime),
  statusId: id<ColumnId>(), boardRank: v.string(), priority: range(0, 1000), phase: v.nullable(v.picklist(PHASES)),
  // File version 4: optional.
  phaseId: v.optional(v.nullable(id<PhaseId>())),
  tags: v.array(v.string()), calendarId: v.nullable(id<CalendarId>()), levelingDelayMinutes: v.optional(nonNegative),
  durationIsElapsed: v.optional(v.boolean()),
  splits: v.optional(v.array(v.object({ afterWorkMinutes: nonNegative, gapMinutes: nonNegative }))),
  reopenPercentComplete: v.optional(range(0, 100)),
  fixedCost: v.optional(nonNegative), fixedCostAccrual: v.optional(v.picklist(['start', 'prorated', 'end'])),
  actualCost: optionalAmount, actualWorkMinutes: optionalAmount, physicalPercentComplete: v.optional(range(0, 100)),
  earnedValueMethod: v.optional(v.picklist(['percent-complete', 'physical'])), budget: v.optional(nonNegative),
  estimate: v.optional(EstimateSchema), extra,
});

const LinkSchema = v.object({
  id: id<LinkId>(), predecessorId: id<TaskId>(), successorId: id<TaskId>(), type: v.picklist(['FS', 'SS', 'FF', 'SF']),
  lagMinutes: num, lagIsElapsed: v.boolean(), extra,
});

const IntervalSchema = v.object({ startMinute: range(0, 1440), endMinute: range(0, 1440) });
const DaySchema = v.array(IntervalSchema);
const WorkWeekSchema = v.tuple([DaySchema, DaySchema, DaySchema, DaySchema, DaySchema, DaySchema, DaySchema]);
const weekday = range(0, 6);
const every = range(1, 1000);

const RecurrenceSchema = v.variant('kind', [
  v.object({ kind: v.literal('daily'), every }),
  v.object({ kind: v.literal('weekly'), every, weekdays: v.array(weekday) }),
  v.object({ kind: v.literal('monthly-day'), every, day: range(1, 31) }),
  v.object({ kind: v.literal('monthly-weekday'), every, week: range(1, 5), weekday }),
  v.object({ kind: v.literal('yearly-date'), month: range(1, 12), day: range(1, 31) }),
  v.object({ kind: v.literal('yearly-weekday'), month: range(1, 12), week: range(1, 5), weekday }),
]);

export const CalendarExceptionSchema = v.object({
  name: v.string(), from: date, to: date, isWorking: v.boolean(), intervals: DaySchema,
  recurrence: v.nullable(RecurrenceSchema),
});

const CalendarSchema = v.object({
  id: id<CalendarId>(), name: v.string(), baseCalendarId: v.nullable(id<CalendarId>()),
  workWeek: v.nullable(WorkWeekSchema), exceptions: v.array(CalendarExceptionSchema), extra,
});

const ResourceSchema = v.object({
  id: id<ResourceId>(), name: v.string(), initials: v.string(), role: v.string(), email: v.string(),
  type: v.picklist(['work', 'material', 'cost']), maxUnits: nonNegative, costPerHour: num, overtimeCostPerHour: num,
  costPerUse: num, calendarId: v.nullable(id<CalendarId>()),
  rateChanges: v.optional(v.array(v.object({ from: dateTime, costPerHour: nonNegative, overtimeCostPerHour: nonNegative, costPerUse: nonNegative }))),
  materialLabel: v.optional(v.string()), extra,
});

const AssignmentSchema = v.object({
  id: id<AssignmentId>(), taskId: id<TaskId>(), resourceId: id<ResourceId>(), units: nonNegative,
  workMinutes: v.nullable(nonNegative), costAmount: v.optional(nonNegative), actualWorkMinutes: optionalAmount,
  actualCost: optionalAmount, extra,
});

const BaselineTaskSchema = v.object({
  start: dateTime, finish: dateTime, durationMinutes: nonNegative, workMinutes: nonNegative, cost: num,
  costAtStart: v.optional(num), costAtEnd: v.optional(num),
});

const BaselineSchema = v.object({
  id: id<BaselineId>(), number: range(0, 10), name: v.string(), savedAt: v.string(),
  tasks: v.record(v.string(), BaselineTaskSchema),
});

const level = range(1, 5);

const RiskSchema = v.object({
  id: id<RiskId>(), title: v.string(), description: v.string(), category: v.string(), probability: level,
  impact: level, status: v.picklist(['open', 'mitigating', 'occurred', 'closed']), owner: v.string(),
  mitigation: v.string(), contingency: v.string(), trigger: v.string(), taskIds: ids<TaskId>(), raisedOn: date,
  reviewOn: v.nullable(date),
  code: v.optional(v.string()), cause: v.optional(v.string()), event: v.optional(v.string()), effect: v.optional(v.string()),
  kind: v.optional(v.picklist(['threat', 'opportunity'])),
  impacts: v.optional(v.object({ schedule: level, cost: level, scope: level })),
  costImpactAmount: v.optional(nonNegative), scheduleImpactMinutes: v.optional(nonNegative),
  ownerId: v.optional(v.nullable(id<ResourceId>())),
  response: v.optional(v.nullable(v.picklist([...new Set([...THREAT_RESPONSES, ...OPPORTUNITY_RESPONSES])]))),
  mitigationTaskIds: v.optional(ids<TaskId>()),
  contingencyTasks: v.optional(v.array(v.object({
    key: v.string(), name: v.string(), durationMinutes: nonNegative, predecessorIds: ids<TaskId>(), successorIds: ids<TaskId>(),
  }))),
  activatedTaskIds: v.optional(ids<TaskId>()),
  residualProbability: v.optional(v.nullable(level)), residualImpact: v.optional(v.nullable(level)),
  scoreHistory: v.optional(v.array(v.object({ at: v.string(), score: range(1, 25) }))),
  extra,
});

const IssueSchema = v.object({
  id: id<IssueId>(), code: v.string(), title: v.string(), description: v.string(),
  priority: v.picklist(['low', 'medium', 'high', 'critical']), ownerId: v.nullable(id<ResourceId>()), raisedOn: date,
  dueOn: v.nullable(date), rootCause: v.string(), resolution: v.string(), taskIds: ids<TaskId>(),
  status: v.picklist(['open', 'in-progress', 'resolved', 'closed']), riskId: v.nullable(id<RiskId>()), extra,
});

const AssumptionSchema = v.object({
  id: id<AssumptionId>(), code: v.string(), statement: v.string(), ownerId: v.nullable(id<ResourceId>()),
  validateBy: v.nullable(date), status: v.picklist(['unvalidated', 'valid', 'invalid']), riskId: v.nullable(id<RiskId>()), extra,
});

const DecisionSchema = v.object({
  id: id<DecisionId>(), code: v.string(), decision: v.string(), decidedOn: date, decidedBy: v.string(),
  rationale: v.string(), alternatives: v.string(), riskIds: ids<RiskId>(), issueIds: ids<IssueId>(),
  changeIds: ids<ChangeRequestId>(), extra,
});

const StakeholderSchema = v.object({
  id: id<StakeholderId>(), name: v.string(), role: v.string(), organisation: v.string(), email: v.string(),
  influence: level, interest: level, communication: v.string(), notes: v.string(),
  // File version 3 (the stakeholder register): optional, so older files need no change.
  phone: v.optional(v.string()), currentEngagement: v.optional(v.nullable(v.picklist(ENGAGEMENT_LEVELS))),
  desiredEngagement: v.optional(v.nullable(v.picklist(ENGAGEMENT_LEVELS))), extra,
});

const RaciSchema = v.object({
  id: id<RaciEntryId>(), taskId: id<TaskId>(), partyKind: v.picklist(['resource', 'stakeholder']), partyId: id<string>(),
  role: v.picklist(RACI_ROLES), extra,
});

const CommunicationSchema = v.object({
  id: id<CommunicationId>(), what: v.string(), audienceStakeholderIds: ids<StakeholderId>(), audienceGroups: v.string(),
  channel: v.string(), frequency: v.picklist(COMMUNICATION_FREQUENCIES), ownerId: v.nullable(id<ResourceId>()),
  nextDueOn: v.nullable(date), lastIssuedOn: v.nullable(date), notes: v.string(), extra,
});

/** A proposal edit's arguments stay `unknown` here: replaying runs the named command, whose own checks refuse bad ones. */
const ProposedEditSchema = v.object({
  command: v.pipe(v.string(), v.maxLength(100)), args: v.unknown(), label: v.string(), ids: v.array(v.string()), at: v.string(),
});

const ChangeSchema = v.object({
  id: id<ChangeRequestId>(), title: v.string(), description: v.string(), requestedBy: v.string(), requestedOn: date,
  status: v.picklist(CHANGE_STATUSES), scheduleImpactMinutes: num,
  costImpact: num, decidedOn: v.nullable(date), decidedBy: v.string(), taskIds: ids<TaskId>(),
  // Change control (file version 3): optional, so version-2 change requests read unchanged.
  code: v.optional(v.string()), category: v.optional(v.picklist(CHANGE_CATEGORIES)), priority: v.optional(v.picklist(CHANGE_PRIORITIES)),
  requestedById: v.optional(v.nullable(id<StakeholderId>())), rationale: v.optional(v.string()),
  riskIds: v.optional(ids<RiskId>()), issueIds: v.optional(ids<IssueId>()), decisionIds: v.optional(ids<DecisionId>()),
  proposedEdits: v.optional(v.array(ProposedEditSchema)), implementedOn: v.optional(v.nullable(date)), extra,
});

const ColumnSchema = v.object({
  id: id<ColumnId>(), name: v.string(), category: v.picklist(['not-started', 'started', 'done']), color: v.string(),
  wipLimit: v.nullable(nonNegative), rank: v.string(),
});

const RagRulesSchema = v.object({
  schedule: v.object({ amberSlipDays: nonNegative, redSlipDays: nonNegative, amberSpi: range(0, 10), redSpi: range(0, 10) }),
  cost: v.object({ amberCpi: range(0, 10), redCpi: range(0, 10), amberOverrunPercent: nonNegative, redOverrunPercent: nonNegative }),
  scope: v.object({ amberChanges: nonNegative, redChanges: nonNegative }),
  risk: v.object({ amberScore: range(0, 25), redScore: range(0, 25) }),
  periodDays: range(1, 366),
});

const rag = v.picklist(['green', 'amber', 'red', 'none']);
const ReportSchema = v.object({
  id: id<ReportId>(), statusDate: date, issuedAt: v.string(), audience: v.picklist(REPORT_AUDIENCES),
  baselineNumber: v.nullable(range(0, 10)), headline: v.string(), narrative: v.string(),
  rag: v.object({ overall: rag, schedule: rag, cost: rag, scope: rag, risk: rag }),
  figures: v.object({
    projectFinish: date, baselineFinish: v.nullable(date), finishSlipDays: v.nullable(num), percentComplete: range(0, 100),
    criticalTaskIds: ids<TaskId>(), criticalTaskNames: v.array(v.string()),
    milestones: v.array(v.object({ taskId: id<TaskId>(), name: v.string(), finish: date, isDone: v.boolean() })),
    riskScores: v.record(v.string(), num), spi: v.nullable(num), cpi: v.nullable(num), completedTaskIds: ids<TaskId>(),
  }),
  extra,
});

const CriterionSchema = v.object({ id: id<string>(), item: v.string(), ownerId: v.nullable(id<ResourceId>()), done: v.boolean() });
const GateDecisionSchema = v.object({
  decision: v.picklist(GATE_DECISIONS), date, decider: v.string(), notes: v.string(), uncheckedCriteria: v.array(v.string()),
});
/** A lifecycle phase (model/phases.ts, file version 4). */
const PhaseSchema = v.object({
  id: id<PhaseId>(), name: v.string(), order: num, colour: v.optional(v.string()), lifecycle: v.optional(v.picklist(PHASES)),
  gate: v.optional(v.object({ milestoneId: v.nullable(id<TaskId>()), criteria: v.array(CriterionSchema), decision: v.nullable(GateDecisionSchema) })),
  ragOverride: v.optional(rag), extra,
});

/** The schema of every entity collection, by collection name (PLAN_COLLECTIONS). */
export const COLLECTION_SCHEMAS = {
  tasks: TaskSchema, links: LinkSchema, calendars: CalendarSchema, resources: ResourceSchema,
  assignments: AssignmentSchema, baselines: BaselineSchema, risks: RiskSchema, stakeholders: StakeholderSchema,
  changes: ChangeSchema, columns: ColumnSchema, issues: IssueSchema, assumptions: AssumptionSchema,
  decisions: DecisionSchema, raci: RaciSchema, communications: CommunicationSchema, reports: ReportSchema,
  phases: PhaseSchema,
} as const;

export type CollectionName = keyof typeof COLLECTION_SCHEMAS;

/** Field names an entity kind knows; anything else in a file is "unknown" and kept in `extra`. */
export function knownFields(kind: CollectionName | 'project'): readonly string[] {
  return Object.keys(kind === 'project' ? ProjectSchema.entries : COLLECTION_SCHEMAS[kind].entries);
}

export const PlanSchema = v.object({
  project: ProjectSchema,
  tasks: v.record(v.string(), TaskSchema),
  links: v.record(v.string(), LinkSchema),
  calendars: v.record(v.string(), CalendarSchema),
  resources: v.record(v.string(), ResourceSchema),
  assignments: v.record(v.string(), AssignmentSchema),
  baselines: v.record(v.string(), BaselineSchema),
  risks: v.record(v.string(), RiskSchema),
  stakeholders: v.record(v.string(), StakeholderSchema),
  changes: v.record(v.string(), ChangeSchema),
  columns: v.record(v.string(), ColumnSchema),
  issues: v.record(v.string(), IssueSchema),
  assumptions: v.record(v.string(), AssumptionSchema),
  decisions: v.record(v.string(), DecisionSchema),
  raci: v.record(v.string(), RaciSchema),
  communications: v.record(v.string(), CommunicationSchema),
  // Added in file version 3; optional on read so a plan from any older source loads with none.
  reports: v.optional(v.record(v.string(), ReportSchema), {}),
  // Added in file version 4; optional on read for the same reason.
  phases: v.optional(v.record(v.string(), PhaseSchema), {}),
});

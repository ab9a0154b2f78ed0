/**
 * Project templates: a plan with its relative timing kept and everything that belongs to one
 * run of the project taken out (MS Project's .mpt "Save As Template" strips the same things:
 * actuals, baselines and, when asked, resource names). A template is an ordinary `.plotline`
 * file whose project carries `template`, so a PMO shares it like any plan file and the file
 * version check refuses one from a newer Plotline.
 *
 * Relative timing: every date the person typed (constraint dates, deadlines, the dates of
 * manually scheduled tasks) is kept as working time from the project start on the project
 * calendar and put back at the same working distance from the new start. Links and durations
 * are relative already, so the engine reproduces every offset.
 */
import { compileCalendars } from '../calendar';
import {
  fromWallMinutes, toWallMinutes, type IdFactory, type LifecyclePhase, type LocalDateTime, type Plan, type ProjectCharter, type ProjectId, type Task,
} from '../model';

export interface TemplateInfo {
  readonly name: string;
  readonly description: string;
}

/** What `project.extra.template` holds in a template file. */
export function templateInfoOf(plan: Plan): TemplateInfo | null {
  const raw = plan.project.extra?.['template'];
  if (typeof raw !== 'object' || raw === null) return null;
  const name = (raw as Record<string, unknown>)['name'];
  const description = (raw as Record<string, unknown>)['description'];
  return typeof name === 'string' ? { name, description: typeof description === 'string' ? description : '' } : null;
}

/** A task with this run's progress, actuals and cost facts taken out; its plan (duration, links, phase) kept. */
function templateTask(task: Task): Task {
  const {
    actualCost: _actualCost, actualWorkMinutes: _actualWork, physicalPercentComplete: _physical,
    reopenPercentComplete: _reopen, levelingDelayMinutes: _leveling, ...kept
  } = task;
  return { ...kept, percentComplete: 0, actualStart: null, actualFinish: null };
}

/** A phase as a template keeps its gate's milestone and criteria; this run's ticks, owners, decision and status go. */
function templatePhase(phase: LifecyclePhase): LifecyclePhase {
  const { ragOverride: _override, ...kept } = phase;
  if (!kept.gate) return kept;
  return { ...kept, gate: { ...kept.gate, criteria: kept.gate.criteria.map((c) => ({ ...c, ownerId: null, done: false })), decision: null } };
}

/** A charter as a template keeps its shape (purpose, objectives and their measures, scope); this run's sponsor, approval, measurements and set statuses go. */
function templateCharter(charter: ProjectCharter | undefined): ProjectCharter | undefined {
  if (!charter) return undefined;
  const objectives = charter.objectives.map(({ statusOverride: _override, ...o }) => ({ ...o, currentValue: null }));
  return { ...charter, objectives, sponsor: '', approvalDate: null };
}

/**
 * The plan as a template: no people (resources, assignments, stakeholders), no actuals or
 * progress, no baselines, and none of this run's issues, decisions or change requests. Typical
 * risks and assumptions are kept, reopened, because they are what a PMO wants to reuse. The
 * charter keeps its shape without this run's sponsor, approval and measurements; closure goes.
 */
export function planAsTemplate(plan: Plan, info: TemplateInfo): Plan {
  const tasks = Object.fromEntries(Object.entries(plan.tasks).map(([id, t]) => [id, templateTask(t)]));
  const risks = Object.fromEntries(Object.entries(plan.risks).map(([id, r]) => {
    const { scoreHistory: _history, activatedTaskIds: _activated, ...kept } = r;
    return [id, { ...kept, status: 'open' as const, owner: '', ownerId: null }];
  }));
  return {
    ...plan,
    project: {
      ...plan.project, manager: '', statusDate: null, budget: undefined, charter: templateCharter(plan.project.charter), closure: undefined,
      extra: { ...plan.project.extra, template: { name: info.name, description: info.description } },
    },
    tasks,
    resources: {},
    assignments: {},
    baselines: {},
    risks,
    stakeholders: {},
    changes: {},
    issues: {},
    decisions: {},
    // RACI cells and communication audiences name the people and stakeholders dropped above.
    raci: {},
    communications: {},
    phases: Object.fromEntries(Object.entries(plan.phases).map(([id, p]) => [id, templatePhase(p)])),
  };
}

export interface InstantiateOptions {
  readonly name: string;
  readonly start: LocalDateTime;
  readonly now: string;
  readonly newId: IdFactory;
}

/** Moves `date` so that it lies as many working minutes after `to` as it lay after `from`. */
function shiftByWorkingTime(plan: Plan, from: LocalDateTime, to: LocalDateTime): (date: LocalDateTime) => LocalDateTime {
  const calendar = compileCalendars(plan).project;
  const origin = calendar.nextWorkingInstant(toWallMinutes(from));
  const target = calendar.nextWorkingInstant(toWallMinutes(to));
  return (date) => {
    const at = toWallMinutes(date);
    // Negative before the origin; addWorking subtracts a negative amount itself.
    return fromWallMinutes(calendar.addWorking(target, calendar.workingBetween(origin, at)));
  };
}

function shiftTask(task: Task, shift: (date: LocalDateTime) => LocalDateTime): Task {
  return {
    ...task,
    start: shift(task.start),
    finish: shift(task.finish),
    constraint: task.constraint.date === null ? task.constraint : { ...task.constraint, date: shift(task.constraint.date) },
    deadline: task.deadline === null ? null : shift(task.deadline),
  };
}

/**
 * A new project from a template, starting at `start`: a new project id (entity ids stay, they
 * are scoped to their project), the template marker removed, and every typed date moved by
 * working time so each task keeps its offset from the start.
 */
export function instantiateTemplate(template: Plan, options: InstantiateOptions): Plan {
  const shift = shiftByWorkingTime(template, template.project.start, options.start);
  const { template: _marker, ...extra } = template.project.extra ?? {};
  return {
    ...template,
    project: {
      ...template.project,
      id: options.newId() as ProjectId,
      name: options.name,
      start: options.start,
      statusDate: null,
      createdAt: options.now,
      updatedAt: options.now,
      extra: Object.keys(extra).length > 0 ? extra : undefined,
    },
    tasks: Object.fromEntries(Object.entries(template.tasks).map(([id, t]) => [id, shiftTask(t, shift)])),
  };
}

/**
 * A compact way to write a template: outline rows with typical durations and links by key, plus
 * typical risks. `planFromSpec` turns it into an ordinary Plan (which the engine schedules), so a
 * built-in template and one a PMO saved from a real plan are the same kind of thing.
 */
import {
  emptyPlan, firstColumnOf, initialRanks, newTask, STANDARD_PHASES, type IdFactory, type LifecyclePhase, type Link, type LinkId,
  type LinkType, type LocalDate, type LocalDateTime, type Phase, type PhaseId, type Plan, type Risk, type RiskId, type Task, type TaskId,
} from '../model';
import { planAsTemplate } from './templates';

export interface SpecRow {
  /** Unique within the spec; links name rows by key. */
  readonly key: string;
  readonly name: string;
  /** 0 = a top-level row; a row deeper than the one before it is that row's child. */
  readonly level: number;
  /** Working days; 0 with `milestone` for a milestone. Ignored on rows that get children. */
  readonly days?: number;
  readonly milestone?: boolean;
  /** Predecessors: "key", or "key SS", "key FS+2", "key SS-1" (lag in working days). */
  readonly after?: readonly string[];
  readonly phase?: Phase;
}

export interface SpecRisk {
  readonly title: string;
  readonly category: string;
  readonly probability: number;
  readonly impact: number;
  readonly mitigation: string;
  /** Keys of the rows the risk affects. */
  readonly rows: readonly string[];
}

export interface TemplateSpec {
  /** Short name used on the command line (`plotline new --template cloud-migration`). */
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly rows: readonly SpecRow[];
  readonly risks: readonly SpecRisk[];
}

const PREDECESSOR = /^(\S+)(?:\s+(FS|SS|FF|SF))?(?:\s*([+-]\d+))?$/;

interface ParsedPredecessor {
  readonly key: string;
  readonly type: LinkType;
  readonly lagDays: number;
}

/** Throws: a spec is code written by us, so a bad one is a bug the unit tests catch. */
function parsePredecessor(text: string): ParsedPredecessor {
  const match = PREDECESSOR.exec(text.trim());
  if (!match?.[1]) throw new Error(`Bad predecessor "${text}" in a template spec.`);
  return { key: match[1], type: (match[2] ?? 'FS') as LinkType, lagDays: Number(match[3] ?? 0) };
}

interface BuildContext {
  readonly plan: Plan;
  readonly newId: IdFactory;
  readonly start: LocalDateTime;
}

function buildTasks(spec: TemplateSpec, ctx: BuildContext): Map<string, Task> {
  const column = firstColumnOf(ctx.plan, 'not-started');
  if (!column) throw new Error('A new plan has no not-started column.');
  const boardRanks = initialRanks(spec.rows.length);
  const parents: TaskId[] = [];
  const byKey = new Map<string, Task>();
  spec.rows.forEach((row, index) => {
    parents.length = row.level;
    const parentId = row.level === 0 ? null : (parents[row.level - 1] ?? null);
    const next = spec.rows[index + 1];
    const isSummary = next !== undefined && next.level > row.level;
    const id = ctx.newId() as TaskId;
    byKey.set(row.key, newTask({
      id, name: row.name, parentId, rank: '',
      start: ctx.start, finish: ctx.start, statusId: column.id, boardRank: boardRanks[index] ?? String(index),
      kind: isSummary ? 'summary' : row.milestone ? 'milestone' : 'task',
      durationMinutes: row.milestone ? 0 : (row.days ?? 1) * ctx.plan.project.minutesPerDay,
      phase: row.phase ?? null,
    }, ctx.plan.project.minutesPerDay));
    parents[row.level] = id;
  });
  return withSiblingRanks(byKey);
}

/** Ranks each parent's children in spec order. */
function withSiblingRanks(byKey: Map<string, Task>): Map<string, Task> {
  const groups = new Map<string, string[]>();
  for (const [key, task] of byKey) groups.set(task.parentId ?? '', [...(groups.get(task.parentId ?? '') ?? []), key]);
  const ranked = new Map(byKey);
  for (const keys of groups.values()) {
    const ranks = initialRanks(keys.length);
    keys.forEach((key, i) => {
      const task = byKey.get(key);
      if (task) ranked.set(key, { ...task, rank: ranks[i] ?? task.rank });
    });
  }
  return ranked;
}

function buildLinks(spec: TemplateSpec, tasks: Map<string, Task>, ctx: BuildContext): Link[] {
  return spec.rows.flatMap((row) => (row.after ?? []).map((text): Link => {
    const parsed = parsePredecessor(text);
    const predecessor = tasks.get(parsed.key);
    const successor = tasks.get(row.key);
    if (!predecessor || !successor) throw new Error(`Template "${spec.key}": unknown row "${parsed.key}".`);
    return {
      id: ctx.newId() as LinkId, predecessorId: predecessor.id, successorId: successor.id, type: parsed.type,
      lagMinutes: parsed.lagDays * ctx.plan.project.minutesPerDay, lagIsElapsed: false,
    };
  }));
}

function buildRisks(spec: TemplateSpec, tasks: Map<string, Task>, ctx: BuildContext): Risk[] {
  return spec.risks.map((r, index): Risk => ({
    id: ctx.newId() as RiskId, code: `R-${String(index + 1).padStart(3, '0')}`, title: r.title, description: '',
    category: r.category, probability: r.probability, impact: r.impact, status: 'open', owner: '',
    mitigation: r.mitigation, contingency: '', trigger: '', kind: 'threat',
    taskIds: r.rows.flatMap((key) => tasks.get(key)?.id ?? []),
    raisedOn: ctx.start.slice(0, 10) as LocalDate, reviewOn: null,
  }));
}

/** The last milestone under row `index` (its gate), in spec order. */
function gateRowKey(spec: TemplateSpec, index: number): string | null {
  const level = spec.rows[index]?.level ?? 0;
  let gate: string | null = null;
  for (let i = index + 1; i < spec.rows.length; i++) {
    const row = spec.rows[i];
    if (!row || row.level <= level) break;
    if (row.milestone) gate = row.key;
  }
  return gate;
}

/**
 * A phase object for each row that names a phase, in spec order: the row's name, the standard
 * stage's colour and exit criteria, and a gate tied to the last milestone under the row.
 */
function buildPhases(spec: TemplateSpec, tasks: Map<string, Task>, ctx: BuildContext): LifecyclePhase[] {
  const phases: LifecyclePhase[] = [];
  spec.rows.forEach((row, index) => {
    if (!row.phase) return;
    const standard = STANDARD_PHASES.find((s) => s.lifecycle === row.phase);
    const gateKey = gateRowKey(spec, index);
    phases.push({
      id: ctx.newId() as PhaseId, name: row.name, order: phases.length, lifecycle: row.phase,
      ...(standard ? { colour: standard.colour } : {}),
      gate: {
        milestoneId: gateKey === null ? null : (tasks.get(gateKey)?.id ?? null),
        criteria: (standard?.criteria ?? []).map((item) => ({ id: ctx.newId(), item, ownerId: null, done: false })),
        decision: null,
      },
    });
  });
  return phases;
}

/** Each phase row's task joins its phase object; its subtasks follow it. */
function withPhaseIds(spec: TemplateSpec, tasks: Map<string, Task>, phases: readonly LifecyclePhase[]): Map<string, Task> {
  const out = new Map(tasks);
  let next = 0;
  for (const row of spec.rows) {
    const task = tasks.get(row.key);
    if (!row.phase || !task) continue;
    const phase = phases[next++];
    if (phase) out.set(row.key, { ...task, phaseId: phase.id });
  }
  return out;
}

export interface SpecPlanOptions {
  readonly start: LocalDateTime;
  readonly now: string;
  readonly newId: IdFactory;
}

/** The spec as a template plan (see templates.ts), dated from `options.start`. */
export function planFromSpec(spec: TemplateSpec, options: SpecPlanOptions): Plan {
  const plan = emptyPlan({ name: spec.name, start: options.start, now: options.now, newId: options.newId });
  const ctx: BuildContext = { plan, newId: options.newId, start: options.start };
  const rowTasks = buildTasks(spec, ctx);
  const links = buildLinks(spec, rowTasks, ctx);
  const risks = buildRisks(spec, rowTasks, ctx);
  const phases = buildPhases(spec, rowTasks, ctx);
  const tasks = withPhaseIds(spec, rowTasks, phases);
  const built: Plan = {
    ...plan,
    tasks: Object.fromEntries([...tasks.values()].map((t) => [t.id, t])),
    links: Object.fromEntries(links.map((l) => [l.id, l])),
    risks: Object.fromEntries(risks.map((r) => [r.id, r])),
    phases: Object.fromEntries(phases.map((p) => [p.id, p])),
  };
  return planAsTemplate(built, { name: spec.name, description: spec.description });
}

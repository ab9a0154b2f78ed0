/** Names and categories of changes, as a PM reads them in the compare table. */
import type { Plan } from '../model';
import type { ChangeCategory, ChangeOp, DiffCollection } from './types';

const TASK_FIELDS: Readonly<Record<string, ChangeCategory>> = {
  name: 'renamed', parentId: 'moved', rank: 'moved', start: 'stored-dates', finish: 'stored-dates',
  constraint: 'dates', deadline: 'dates', durationMinutes: 'duration', durationIsElapsed: 'duration', splits: 'duration',
  percentComplete: 'progress', actualStart: 'progress', actualFinish: 'progress', actualWorkMinutes: 'progress',
  physicalPercentComplete: 'progress', reopenPercentComplete: 'progress', statusId: 'board', boardRank: 'board',
  fixedCost: 'costs', fixedCostAccrual: 'costs', actualCost: 'costs', budget: 'costs', earnedValueMethod: 'costs',
};

const COLLECTION_CATEGORY: Readonly<Record<DiffCollection, ChangeCategory>> = {
  project: 'project', tasks: 'task', links: 'links', calendars: 'calendars', resources: 'people', assignments: 'assignments',
  baselines: 'baselines', risks: 'registers', stakeholders: 'registers', changes: 'registers', columns: 'board',
  issues: 'registers', assumptions: 'registers', decisions: 'registers', raci: 'registers', communications: 'registers',
  reports: 'registers', phases: 'project',
};

/** The category a change belongs to: added/removed for whole tasks, else by field. */
export function categoryOf(collection: DiffCollection, op: ChangeOp, field: string | undefined): ChangeCategory {
  if (collection === 'tasks' && op === 'add') return 'added';
  if (collection === 'tasks' && op === 'remove') return 'removed';
  if (collection === 'tasks' && field !== undefined) return TASK_FIELDS[field] ?? 'task';
  if (collection === 'assignments' && (field === 'costAmount' || field === 'actualCost')) return 'costs';
  if (collection === 'resources' && field !== undefined && /cost|rate/i.test(field)) return 'costs';
  if (collection === 'project' && field !== undefined && /budget|reserve|cost/i.test(field)) return 'costs';
  return COLLECTION_CATEGORY[collection];
}

const KIND_NAMES: Readonly<Record<DiffCollection, string>> = {
  project: 'project', tasks: 'task', links: 'link', calendars: 'calendar', resources: 'person', assignments: 'assignment',
  baselines: 'baseline', risks: 'risk', stakeholders: 'stakeholder', changes: 'change request', columns: 'board column',
  issues: 'issue', assumptions: 'assumption', decisions: 'decision', raci: 'RACI cell', communications: 'communication', reports: 'status report',
  phases: 'phase',
};

type Loose = Readonly<Record<string, unknown>>;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** "task 'Deploy'", "link 'Design' → 'Build'", "risk R-003 'Vendor late'". */
export function entityLabel(collection: DiffCollection, entity: unknown, ...plans: readonly Plan[]): string {
  const e = (typeof entity === 'object' && entity !== null ? entity : {}) as Loose;
  const taskName = (id: unknown): string => {
    for (const plan of plans) {
      const found = typeof id === 'string' ? plan.tasks[id] : undefined;
      if (found) return `'${found.name}'`;
    }
    return `'${String(id)}'`;
  };
  const personName = (id: unknown): string => {
    for (const plan of plans) {
      const found = typeof id === 'string' ? plan.resources[id] : undefined;
      if (found) return found.name;
    }
    return String(id);
  };
  if (collection === 'project') return 'project';
  if (collection === 'links') return `link ${taskName(e.predecessorId)} → ${taskName(e.successorId)}`;
  if (collection === 'assignments') return `${personName(e.resourceId)} on ${taskName(e.taskId)}`;
  const code = text(e.code);
  const title = text(e.name) ?? text(e.title) ?? text(e.statement) ?? text(e.decision) ?? text(e.id) ?? '';
  return `${KIND_NAMES[collection]} ${code === null ? '' : `${code} `}'${title}'`;
}

/** Fields that hold another entity's id, and where that entity's name is. */
const REFERENCES: Readonly<Record<string, (plan: Plan, id: string) => string | undefined>> = {
  parentId: (p, id) => p.tasks[id]?.name,
  taskId: (p, id) => p.tasks[id]?.name,
  statusId: (p, id) => p.columns[id]?.name,
  phaseId: (p, id) => p.phases[id]?.name,
  ownerId: (p, id) => p.resources[id]?.name,
  resourceId: (p, id) => p.resources[id]?.name,
  calendarId: (p, id) => p.calendars[id]?.name,
};

/**
 * The names of what the changes' id fields point at ('parentId/t7' -> 'Build'), looked up in
 * either plan, so a report says "outline parent: Build → Test", not two generated ids.
 */
export function referenceNames(changes: readonly { readonly field?: string; readonly before?: unknown; readonly after?: unknown }[], ...plans: readonly Plan[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const c of changes) {
    const lookUp = c.field === undefined ? undefined : REFERENCES[c.field];
    if (!lookUp) continue;
    for (const value of [c.before, c.after]) {
      if (typeof value !== 'string') continue;
      const name = plans.map((plan) => lookUp(plan, value)).find((n) => n !== undefined);
      if (name !== undefined) names[`${c.field ?? ''}/${value}`] = name;
    }
  }
  return names;
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  name: 'name', parentId: 'outline parent', rank: 'outline position', durationMinutes: 'duration',
  actualWorkMinutes: 'actual work', levelingDelayMinutes: 'leveling delay', lagMinutes: 'lag', workMinutes: 'work',
  percentComplete: '% complete', constraint: 'constraint', deadline: 'deadline',
  phaseId: 'phase', phase: 'lifecycle stage', statusId: 'board column', boardRank: 'place in board column', ownerId: 'owner', calendarId: 'calendar',
};

/**
 * A stored field's name in words, for the compare table and the merge's messages: 'durationMinutes'
 * reads "duration", and a field no map names is spaced out ('dueOn' reads "due on").
 */
export function fieldInWords(field: string): string {
  return FIELD_WORDS[field] ?? field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A value as one short line for tables and Markdown. */
export function showValue(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return 'none';
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 77)}...` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

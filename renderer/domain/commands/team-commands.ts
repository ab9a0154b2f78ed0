/** Commands for the team (resources) and who is assigned to what. */
import { castDraft, current } from 'immer';
import type { AssignmentId, ResourceId, TaskId } from '../model/ids';
import type { Resource } from '../model/plan';
import { initialsOf } from '../model/initials';

export { initialsOf };
import { withEmailChecked } from '../model/email-address';
import type { Problem } from '../model/result';
import { defineCommand } from './command';
import { MAX_MONEY } from '../formats/plan-bounds';
import { dropResourceFromStakeholderPlans } from './stakeholder-commands';

export type ResourceFields = Partial<Omit<Resource, 'id'>>;

/**
 * Initials follow the name until the person sets their own: a rename carries them along while
 * they are still the old name's initials. Read from the data rather than a flag, so it holds for
 * plans saved before this rule and for files from other tools. Undefined = leave them as they are.
 */
function followingInitials(resource: Pick<Resource, 'name' | 'initials'>, changes: ResourceFields): string | undefined {
  if (changes.name === undefined || changes.initials !== undefined) return undefined;
  if (resource.initials !== initialsOf(resource.name)) return undefined;
  return initialsOf(changes.name);
}

function validateResource(fields: ResourceFields): Problem | undefined {
  if (fields.name !== undefined && !fields.name.trim()) return { message: 'A team member needs a name.' };
  if (fields.initials !== undefined && !fields.initials.trim()) return { message: 'Initials cannot be empty.' };
  if (fields.initials !== undefined && fields.initials.trim().length > 4) return { message: 'Initials are at most 4 characters.' };
  if (fields.maxUnits !== undefined && !(fields.maxUnits > 0 && fields.maxUnits <= 10)) {
    return { message: 'Capacity must be more than 0% and at most 1000%.' };
  }
  for (const key of ['costPerHour', 'overtimeCostPerHour', 'costPerUse'] as const) {
    const value = fields[key];
    if (value === undefined) continue;
    if (!Number.isFinite(value)) return { message: 'A rate must be a number.' };
    if (value < 0) return { message: 'Rates cannot be negative.' };
    // The bound the import gate holds files to (plan-bounds.ts).
    if (value > MAX_MONEY) return { message: `A rate must be at most ${MAX_MONEY.toLocaleString('en-US')}.` };
  }
  return undefined;
}

export interface AddResourceArgs {
  readonly id?: ResourceId;
  readonly fields: ResourceFields & { readonly name: string };
}

export const addResource = defineCommand<AddResourceArgs>({
  name: 'addResource',
  label: () => 'Add team member',
  apply(draft, args, ctx) {
    const problem = validateResource(args.fields);
    if (problem) return problem;
    const fields = withEmailChecked(args.fields, `Team member '${args.fields.name.trim()}'`);
    if ('message' in fields) return fields;
    const id = args.id ?? (ctx.newId() as ResourceId);
    const name = fields.name.trim();
    draft.resources[id] = castDraft({
      id,
      initials: initialsOf(name),
      role: '',
      email: '',
      type: 'work',
      maxUnits: 1,
      costPerHour: 0,
      overtimeCostPerHour: 0,
      costPerUse: 0,
      calendarId: null,
      ...fields,
      name,
    } satisfies Resource);
    return undefined;
  },
});

export interface UpdateResourceArgs {
  readonly id: ResourceId;
  readonly changes: ResourceFields;
}

export const updateResource = defineCommand<UpdateResourceArgs>({
  name: 'updateResource',
  label: (args) => (args.changes.name !== undefined ? 'Rename team member' : 'Edit team member'),
  apply(draft, args) {
    const resource = draft.resources[args.id];
    if (!resource) return { message: 'That team member no longer exists.' };
    const where = `Team member '${resource.name}'`;
    const problem = validateResource(args.changes);
    if (problem) return { ...problem, where };
    const changes = withEmailChecked(args.changes, where);
    if ('message' in changes) return changes;
    const initials = followingInitials(resource, changes);
    Object.assign(resource, castDraft(initials === undefined ? changes : { ...changes, initials }));
    return undefined;
  },
});

export const deleteResource = defineCommand<{ readonly id: ResourceId }>({
  name: 'deleteResource',
  label: () => 'Remove team member',
  apply(draft, args) {
    if (!draft.resources[args.id]) return { message: 'That team member no longer exists.' };
    delete draft.resources[args.id];
    for (const [id, a] of Object.entries(draft.assignments)) if (a.resourceId === args.id) delete draft.assignments[id];
    dropResourceFromStakeholderPlans(draft, args.id);
    return undefined;
  },
});

export interface SetAssigneesArgs {
  readonly taskId: TaskId;
  readonly resourceIds: readonly ResourceId[];
}

/** Makes exactly these people assigned to the task; kept assignments keep their units. */
export const setAssignees = defineCommand<SetAssigneesArgs>({
  name: 'setAssignees',
  label: () => 'Assign people',
  apply(draft, args, ctx) {
    const task = draft.tasks[args.taskId];
    if (!task) return { message: 'That task no longer exists.' };
    if (task.kind === 'summary') return { message: `Task '${task.name}' is a summary: assign people to its subtasks.` };
    const wanted = new Set(args.resourceIds);
    for (const id of wanted) if (!draft.resources[id]) return { message: 'One of those people is no longer on the team.' };
    const present = new Set<string>();
    // Read through current(): walking the draft would make a proxy of every assignment in the plan.
    for (const [id, a] of Object.entries(current(draft).assignments)) {
      if (a.taskId !== args.taskId) continue;
      if (wanted.has(a.resourceId)) present.add(a.resourceId);
      else delete draft.assignments[id];
    }
    for (const resourceId of args.resourceIds) {
      if (present.has(resourceId)) continue;
      const id = ctx.newId() as AssignmentId;
      const units = Math.min(1, draft.resources[resourceId]?.maxUnits ?? 1);
      draft.assignments[id] = { id, taskId: args.taskId, resourceId, units, workMinutes: null };
    }
    return undefined;
  },
});

export const updateAssignment = defineCommand<{ readonly id: AssignmentId; readonly units: number }>({
  name: 'updateAssignment',
  label: () => 'Change assignment units',
  apply(draft, args) {
    const a = draft.assignments[args.id];
    if (!a) return { message: 'That assignment no longer exists.' };
    if (!(args.units > 0 && args.units <= 10)) return { message: 'Units must be more than 0% and at most 1000%.' };
    a.units = args.units;
    return undefined;
  },
});

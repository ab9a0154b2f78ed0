/**
 * Commands that create, edit and delete dependency links. A link must join two different tasks,
 * never a summary with its own subtasks (MS Project refuses those too), at most once per pair,
 * and never close a loop: the refusal names the loop so the PM can see which link to drop.
 */
import type { LinkId, TaskId } from '../model/ids';
import type { Link, LinkType } from '../model/plan';
import type { Problem } from '../model/result';
import { defineCommand, type PlanDraft } from './command';
import { isDescendant, taskLabel } from './outline-draft';

export const LINK_TYPE_NAMES: Readonly<Record<LinkType, string>> = {
  FS: 'Finish-to-Start',
  SS: 'Start-to-Start',
  FF: 'Finish-to-Finish',
  SF: 'Start-to-Finish',
};

const LINK_TYPES = Object.keys(LINK_TYPE_NAMES) as readonly LinkType[];

export interface AddLinkArgs {
  /** Preset id (tests, imports); otherwise the context makes one. */
  readonly id?: LinkId;
  readonly predecessorId: TaskId;
  readonly successorId: TaskId;
  readonly type: LinkType;
  readonly lagMinutes: number;
  readonly lagIsElapsed: boolean;
}

type LinkGraph = Pick<PlanDraft, 'links' | 'tasks'>;

/**
 * The path successor → … → predecessor through existing links, or null. Adding
 * predecessor → successor closes exactly this path into a loop. Breadth-first, so the loop
 * shown is the shortest one.
 */
export function findLinkPath(plan: LinkGraph, from: TaskId, to: TaskId, ignore?: LinkId): TaskId[] | null {
  const successors = new Map<TaskId, TaskId[]>();
  for (const link of Object.values(plan.links)) {
    if (link.id === ignore) continue;
    const list = successors.get(link.predecessorId);
    if (list) list.push(link.successorId);
    else successors.set(link.predecessorId, [link.successorId]);
  }
  const cameFrom = new Map<TaskId, TaskId | null>([[from, null]]);
  const queue: TaskId[] = [from];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head] as TaskId;
    if (current === to) return walkBack(cameFrom, to);
    for (const next of successors.get(current) ?? []) {
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, current);
      queue.push(next);
    }
  }
  return null;
}

function walkBack(cameFrom: ReadonlyMap<TaskId, TaskId | null>, end: TaskId): TaskId[] {
  const path: TaskId[] = [];
  for (let at: TaskId | null | undefined = end; at !== null && at !== undefined; at = cameFrom.get(at)) path.push(at);
  return path.reverse();
}

/** "'Deploy' → 'QA' → 'Deploy'" */
export function describeLoop(plan: LinkGraph, ids: readonly TaskId[]): string {
  return ids.map((id) => taskLabel(plan.tasks[id])).join(' → ');
}

/** Why a link between these tasks cannot exist, or undefined when it can. */
function refuseLink(draft: LinkGraph, args: Omit<AddLinkArgs, 'id'>, ignore?: LinkId): Problem | undefined {
  const pred = draft.tasks[args.predecessorId];
  const succ = draft.tasks[args.successorId];
  if (!pred || !succ) return { message: 'One of the linked tasks no longer exists.' };
  if (!LINK_TYPES.includes(args.type)) return { message: `Unknown link type '${String(args.type)}'.` };
  if (!Number.isFinite(args.lagMinutes)) return { message: 'Lag must be a number of minutes.' };
  const where = `Task ${taskLabel(succ)}`;
  if (pred.id === succ.id) return { message: `${taskLabel(pred)} cannot depend on itself.`, where };
  if (isDescendant(draft as PlanDraft, succ.id, pred.id) || isDescendant(draft as PlanDraft, pred.id, succ.id)) {
    return { message: `A summary task cannot be linked to its own subtasks (${taskLabel(pred)} and ${taskLabel(succ)}).`, where };
  }
  const duplicate = Object.values(draft.links).find(
    (l) => l.id !== ignore && l.predecessorId === pred.id && l.successorId === succ.id,
  );
  if (duplicate) return { message: `${taskLabel(succ)} already depends on ${taskLabel(pred)}.`, where };
  const back = findLinkPath(draft, succ.id, pred.id, ignore);
  if (back) {
    const loop = describeLoop(draft, [pred.id, ...back]);
    return { message: `Linking ${taskLabel(pred)} to ${taskLabel(succ)} would make a loop: ${loop}.`, where };
  }
  return undefined;
}

export const addLink = defineCommand<AddLinkArgs>({
  name: 'addLink',
  label: () => 'Link tasks',
  apply(draft, args, ctx) {
    const problem = refuseLink(draft, args);
    if (problem) return problem;
    const id = args.id ?? (ctx.newId() as LinkId);
    if (draft.links[id]) return { message: `A link with id ${id} already exists.` };
    const link: Link = {
      id,
      predecessorId: args.predecessorId,
      successorId: args.successorId,
      type: args.type,
      lagMinutes: args.lagMinutes,
      lagIsElapsed: args.lagIsElapsed,
    };
    draft.links[id] = link;
    return undefined;
  },
});

export type LinkChanges = Partial<Pick<Link, 'type' | 'lagMinutes' | 'lagIsElapsed' | 'predecessorId' | 'successorId'>>;

export interface UpdateLinkArgs {
  readonly id: LinkId;
  readonly changes: LinkChanges;
}

export const updateLink = defineCommand<UpdateLinkArgs>({
  name: 'updateLink',
  label: (args) => (Object.keys(args.changes).length === 1 && args.changes.lagMinutes !== undefined ? 'Change lag' : 'Edit link'),
  apply(draft, args) {
    const link = draft.links[args.id];
    if (!link) return { message: 'That link no longer exists.' };
    const next = { ...link, ...args.changes };
    const problem = refuseLink(draft, next, link.id);
    if (problem) return problem;
    Object.assign(link, args.changes);
    return undefined;
  },
});

export interface RemoveLinkArgs {
  readonly id: LinkId;
}

export const removeLink = defineCommand<RemoveLinkArgs>({
  name: 'removeLink',
  label: () => 'Remove link',
  apply(draft, args) {
    if (!draft.links[args.id]) return { message: 'That link no longer exists.' };
    delete draft.links[args.id];
    return undefined;
  },
});

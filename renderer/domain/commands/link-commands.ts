/**
 * Commands that create, edit and delete dependency links. A link must join two different tasks,
 * never a summary with its own subtasks (MS Project refuses those too), at most once per pair,
 * and never close a loop: the refusal names the loop so the PM can see which link to drop.
 */
import type { LinkId, TaskId } from '../model/ids';
import { current } from 'immer';
import type { Link, LinkType, Plan } from '../model/plan';
import { describeCycle, findLinkCycle, tableRowOf } from '../schedule';
import type { Problem } from '../model/result';
import { defineCommand, type PlanDraft } from './command';
import { isDescendant, taskLabel } from './outline-draft';
import { MAX_SPAN_MINUTES } from '../formats/plan-bounds';
import { SPAN_TEXT } from './task-changes';

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


/**
 * The loop a link would close, by the engine's own rule (links plus the outline, as MS Project
 * counts them), judged on the draft as it is now with the edited link itself left out. Its tasks
 * are named with their table rows: the loop's other links are in other rows' Predecessors cells.
 */
function loopThrough(draft: PlanDraft, predecessorId: TaskId, successorId: TaskId, ignore?: LinkId): string | null {
  const now: Plan = current(draft);
  const plan = ignore === undefined ? now : { ...now, links: Object.fromEntries(Object.entries(now.links).filter(([id]) => id !== ignore)) };
  const loop = findLinkCycle(plan, predecessorId, successorId);
  return loop ? describeCycle(plan, loop, tableRowOf(plan)) : null;
}

/** Why a link between these tasks cannot exist, or undefined when it can. */
function refuseLink(draft: PlanDraft, args: Omit<AddLinkArgs, 'id'>, ignore?: LinkId): Problem | undefined {
  const pred = draft.tasks[args.predecessorId];
  const succ = draft.tasks[args.successorId];
  if (!pred || !succ) return { message: 'One of the linked tasks no longer exists.' };
  if (!LINK_TYPES.includes(args.type)) return { message: `Unknown link type '${String(args.type)}'.` };
  if (!Number.isFinite(args.lagMinutes)) return { message: 'Lag must be a number of minutes.' };
  const where = `Task ${taskLabel(succ)}`;
  if (Math.abs(args.lagMinutes) > MAX_SPAN_MINUTES) return { message: `A lag can be at most ${SPAN_TEXT}, ahead or back.`, where };
  if (pred.id === succ.id) return { message: `${taskLabel(pred)} cannot depend on itself.`, where };
  if (isDescendant(draft, succ.id, pred.id) || isDescendant(draft, pred.id, succ.id)) {
    return { message: `A summary task cannot be linked to its own subtasks (${taskLabel(pred)} and ${taskLabel(succ)}).`, where };
  }
  const duplicate = Object.values(draft.links).find(
    (l) => l.id !== ignore && l.predecessorId === pred.id && l.successorId === succ.id,
  );
  if (duplicate) return { message: `${taskLabel(succ)} already depends on ${taskLabel(pred)}.`, where };
  const loop = loopThrough(draft, pred.id, succ.id, ignore);
  if (loop) return { message: `Linking ${taskLabel(pred)} to ${taskLabel(succ)} would make a loop: ${loop}.`, where };
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

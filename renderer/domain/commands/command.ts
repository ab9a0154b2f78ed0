/**
 * One command path for every plan edit (STYLE.md). A command is a named, labelled function that
 * edits an immer draft of the plan; running it yields the next plan, the forward patches and the
 * inverse patches. Undo/redo, dirty state, persistence and menus all hang off this one shape.
 */
import { enablePatches, produceWithPatches, setAutoFreeze, type Draft, type Patch } from 'immer';
import type { IdFactory } from '../model/ids';
import type { Plan } from '../model/plan';
import { recordPlanEdit } from '../model/record-edits';
import type { Problem, Result } from '../model/result';

enablePatches();
// Immer's own freezing walks every entry of each record it copied: on a 10,000-task plan a
// one-task edit spent more in that walk than in the edit. freezeEdited freezes what the edit
// made new (the touched entities, the copied records shallowly) instead.
setAutoFreeze(false);

export interface CommandContext {
  readonly newId: IdFactory;
  /** ISO timestamp of the edit; the domain never reads the clock itself. */
  readonly now: string;
}

export type PlanDraft = Draft<Plan>;

export interface CommandSpec<Args> {
  /** verbNoun, unique: 'renameTask'. */
  readonly name: string;
  /** What Edit → Undo shows: "Undo Rename task". */
  readonly label: (args: Args, plan: Plan) => string;
  /** Applies the edit to the draft; returns a Problem to refuse it (the plan is left untouched). */
  readonly apply: (draft: PlanDraft, args: Args, ctx: CommandContext) => Problem | undefined;
}

export interface CommandOutcome {
  readonly plan: Plan;
  readonly patches: readonly Patch[];
  readonly inverse: readonly Patch[];
  readonly label: string;
}

/** Runs a command. A refused command or one that changes nothing returns an error/empty patches. */
export function runCommand<Args>(
  spec: CommandSpec<Args>, plan: Plan, args: Args, ctx: CommandContext,
): Result<CommandOutcome> {
  let problem: Problem | undefined;
  const [next, patches, inverse] = produceWithPatches(plan, (draft) => {
    problem = spec.apply(draft, args, ctx);
    if (problem === undefined && draft.project.updatedAt !== ctx.now) draft.project.updatedAt = ctx.now;
  });
  if (problem !== undefined) return { ok: false, error: problem };
  const changed = patches.some((p) => !(p.path[0] === 'project' && p.path[1] === 'updatedAt'));
  if (!changed) return { ok: true, value: { plan, patches: [], inverse: [], label: spec.label(args, plan) } };
  freezeEdited(next, patches);
  recordPlanEdit(plan, next, patches);
  return { ok: true, value: { plan: next, patches, inverse, label: spec.label(args, plan) } };
}

function freezeDeep(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
}

/**
 * Freezes what patches made new in `plan`: the plan and each copied collection record shallowly
 * (their other entries are the earlier plan's objects), each touched entity deeply (stopping at
 * what is frozen already). A patch replacing a whole collection freezes it deeply.
 */
export function freezeEdited(plan: Plan, patches: readonly { readonly path: readonly (string | number)[] }[]): void {
  Object.freeze(plan);
  const root = plan as unknown as Record<string, unknown>;
  for (const { path } of patches) {
    const [collection, id] = path;
    if (collection === undefined) freezeDeep(plan);
    else if (id === undefined) freezeDeep(root[collection]);
    else {
      const record = root[collection];
      if (typeof record !== 'object' || record === null) continue;
      Object.freeze(record);
      freezeDeep((record as Record<string, unknown>)[id]);
    }
  }
}

export function defineCommand<Args>(spec: CommandSpec<Args>): CommandSpec<Args> {
  return spec;
}

/** A row the persistence layer must write: the project itself or one entity of a collection. */
export type TouchedKey = { readonly collection: 'project' } | { readonly collection: Exclude<keyof Plan, 'project'>; readonly id: string };

/**
 * What a set of patches touched, one key per entity, so a change writes exactly the rows it
 * changed. A patch replacing a whole collection touches every key before and after it.
 */
export function touchedKeys(patches: readonly Patch[], before: Plan, after: Plan): TouchedKey[] {
  const seen = new Set<string>();
  const out: TouchedKey[] = [];
  const add = (key: TouchedKey): void => {
    const id = key.collection === 'project' ? 'project' : `${key.collection}/${key.id}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(key);
    }
  };
  for (const patch of patches) {
    const [collection, id] = patch.path;
    if (collection === 'project') add({ collection: 'project' });
    else if (typeof collection === 'string' && id !== undefined) add({ collection: collection as Exclude<keyof Plan, 'project'>, id: String(id) });
    else if (typeof collection === 'string') {
      const name = collection as Exclude<keyof Plan, 'project'>;
      for (const key of [...Object.keys(before[name]), ...Object.keys(after[name])]) add({ collection: name, id: key });
    }
  }
  return out;
}

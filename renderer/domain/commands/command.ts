/**
 * One command path for every plan edit (STYLE.md). A command is a named, labelled function that
 * edits an immer draft of the plan; running it yields the next plan, the forward patches and the
 * inverse patches. Undo/redo, dirty state, persistence and menus all hang off this one shape.
 */
import { enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { IdFactory } from '../model/ids';
import type { Plan } from '../model/plan';
import type { Problem, Result } from '../model/result';

enablePatches();

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
  return { ok: true, value: { plan: next, patches, inverse, label: spec.label(args, plan) } };
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

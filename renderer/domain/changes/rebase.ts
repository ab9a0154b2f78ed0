/**
 * Replaying a proposal's edits onto a plan: the sandbox a person edits, the rebase when the live
 * plan moved since, and the application on approval all run the recorded commands again, each
 * with the ids and clock it had when recorded. An edit whose command now refuses (its task was
 * deleted, its link would close a loop) is a conflict; the others still apply. This is the one
 * rebase function: a three-way merge may replace its body later.
 */
import type { CommandContext, CommandSpec, PlanDraft } from '../commands/command';
import { runCommand } from '../commands/command';
import type { ProposedEdit } from '../model/changes';
import type { IdFactory } from '../model/ids';
import type { Plan } from '../model/plan';
import type { Problem } from '../model/result';

/** Finds a plan command by registry name; undefined for unknown names and for commands a proposal may not hold. */
export type CommandLookup = (name: string) => CommandSpec<unknown> | undefined;

export interface EditConflict {
  /** Position of the edit in the proposal. */
  readonly index: number;
  readonly label: string;
  /** Why it no longer applies, in the command's own words. */
  readonly message: string;
}

export interface RebasedProposal {
  /** The live plan with every edit that still applies. */
  readonly plan: Plan;
  readonly conflicts: readonly EditConflict[];
}

/**
 * The recorded ids in order; past them (a rebased command creating more than it did) ids derived
 * from the edit's position, so replaying the same proposal twice gives the same plan.
 */
function replayIds(edit: ProposedEdit, scope: string): IdFactory {
  let next = 0;
  return () => {
    const id = edit.ids[next] ?? `${scope}-${String(next)}`;
    next += 1;
    return id;
  };
}

function contextOf(edit: ProposedEdit, scope: string): CommandContext {
  return { newId: replayIds(edit, scope), now: edit.at };
}

const unreadable = (error: unknown): Problem => ({ message: `The edit could not be replayed (${error instanceof Error ? error.message : 'unreadable arguments'}).` });

/** Applies every edit that still applies to `live`; the rest come back as conflicts. `scope` names the proposal (its request id). */
export function rebaseProposal(live: Plan, edits: readonly ProposedEdit[], lookup: CommandLookup, scope: string): RebasedProposal {
  let plan = live;
  const conflicts: EditConflict[] = [];
  edits.forEach((edit, index) => {
    const spec = lookup(edit.command);
    if (!spec) {
      conflicts.push({ index, label: edit.label, message: `“${edit.command}” is not an edit a proposal can hold.` });
      return;
    }
    try {
      const result = runCommand(spec, plan, edit.args, contextOf(edit, `${scope}-${String(index)}`));
      if (result.ok) plan = result.value.plan;
      else conflicts.push({ index, label: edit.label, message: result.error.message });
    } catch (error) {
      conflicts.push({ index, label: edit.label, message: unreadable(error).message });
    }
  });
  return { plan, conflicts };
}

/**
 * Applies every edit to a command's draft, for approval as one undoable step; the first edit that
 * refuses refuses the whole approval (the draft is then discarded by runCommand).
 */
export function applyEditsToDraft(draft: PlanDraft, edits: readonly ProposedEdit[], lookup: CommandLookup, scope: string): Problem | undefined {
  for (const [index, edit] of edits.entries()) {
    const spec = lookup(edit.command);
    if (!spec) return { message: `Edit ${String(index + 1)} (“${edit.label}”) is not an edit a proposal can hold.` };
    let problem: Problem | undefined;
    try {
      problem = spec.apply(draft, edit.args, contextOf(edit, `${scope}-${String(index)}`));
    } catch (error) {
      problem = unreadable(error);
    }
    if (problem) return { message: `Edit ${String(index + 1)} (“${edit.label}”) no longer applies: ${problem.message} Drop it or edit the proposal again.` };
  }
  return undefined;
}

/** Wraps an id factory to remember the ids a command drew, in order, for its ProposedEdit. */
export function recordingIds(base: IdFactory): { readonly newId: IdFactory; readonly taken: () => readonly string[] } {
  const taken: string[] = [];
  return {
    newId: () => {
      const id = base();
      taken.push(id);
      return id;
    },
    taken: () => [...taken],
  };
}

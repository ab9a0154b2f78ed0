/**
 * The proposal sandbox. While a change request's proposal is open, the views show the live plan
 * with the proposal's edits replayed on it, and every edit a view dispatches is run there and then
 * recorded on the request (one live command, so Undo takes it back and storage keeps it across a
 * reload). The live plan itself is untouched until the request is approved.
 */
import { editsOf, isProposalOpen, rebaseProposal, recordingIds, type EditConflict } from '../domain/changes';
import { proposalCommand, runCommand, type CommandContext } from '../domain/commands';
import type { ChangeRequestId, Plan, ProposedEdit, Result } from '../domain/model';

export interface OpenProposal {
  readonly changeId: ChangeRequestId;
  /** Edits that no longer apply to the live plan (it changed since they were made). */
  readonly conflicts: readonly EditConflict[];
}

/** What the views show for `live`: the plan itself, or with the open proposal replayed (null when it is closed or decided). */
export function sandboxOf(live: Plan, changeId: ChangeRequestId | null): { readonly plan: Plan; readonly proposal: OpenProposal | null } {
  const change = changeId ? live.changes[changeId] : undefined;
  if (!change || !isProposalOpen(change.status)) return { plan: live, proposal: null };
  const rebased = rebaseProposal(live, editsOf(change), proposalCommand, change.id);
  return { plan: rebased.plan, proposal: { changeId: change.id, conflicts: rebased.conflicts } };
}

/** Runs a view's edit in the sandbox: the edit to record, null when it changed nothing, or the command's refusal. */
export function proposeEdit(sandbox: Plan, name: string, args: unknown, ctx: CommandContext): Result<ProposedEdit | null> {
  const spec = proposalCommand(name);
  if (!spec) return { ok: false, error: { message: 'Change requests are edited in the change log, not inside a proposal. Press Done first.' } };
  const ids = recordingIds(ctx.newId);
  const result = runCommand(spec, sandbox, args, { newId: ids.newId, now: ctx.now });
  if (!result.ok) return result;
  if (result.value.patches.length === 0) return { ok: true, value: null };
  return { ok: true, value: { command: name, args, label: result.value.label, ids: ids.taken(), at: ctx.now } };
}

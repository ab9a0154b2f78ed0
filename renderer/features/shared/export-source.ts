/**
 * Which plan an export holds while a change request's proposal is open, decided here once for
 * every export (File → Export…, Save as, Save as template, the register and stakeholder CSVs, the
 * change log, a comparison's table of changes, status reports, the Gantt and cost-chart images),
 * so no button makes its own choice.
 *
 * - A record ('live'): a plan file, a table, a status report. It holds the live plan: a proposed
 *   edit is not the plan until the request is approved, and a report or register sent out must
 *   not pass one off as decided. The person is told so (`note`).
 * - A picture of a view ('shown'): the Gantt or a cost chart as PNG, SVG or PDF. It holds what the
 *   view shows, the proposal, because showing a change board what a change does is the point of
 *   exporting it then; its title and file name say it is the proposal, so it is never taken for
 *   the plan.
 *
 * Pure: no React, store or platform; the session state is passed in.
 */
import { changeCode } from '../../domain/changes';
import type { ChangeRequestId, Plan } from '../../domain/model';

export type ExportKind = 'live' | 'shown';

/** The part of the session an export reads (store/plan-store.ts SessionState). */
export interface ExportSessionState<Schedule> {
  readonly plan: Plan | null;
  readonly schedule: Schedule | null;
  readonly livePlan: Plan | null;
  readonly liveSchedule: Schedule | null;
  readonly proposal: { readonly changeId: ChangeRequestId } | null;
}

export interface ExportSource<Schedule> {
  readonly plan: Plan;
  readonly schedule: Schedule | null;
  /** The open proposal's request code ('CR-001'), or null when no proposal is open. */
  readonly proposalCode: string | null;
  /** True when the export holds the proposal's edits (a picture while a proposal is open). */
  readonly isProposal: boolean;
  /** Goes after a file's base name: ' (proposal CR-001)' for the proposal, '' otherwise. */
  readonly fileSuffix: string;
  /**
   * Goes before a picture's title: 'Proposal CR-001 (not approved): ' for the proposal, '' otherwise.
   * First, so a long project name cut short in the chart's title never cuts the label.
   */
  readonly titlePrefix: string;
  /** What the person is told beside the control and after the save; null when no proposal is open. */
  readonly note: string | null;
}

/** The plan an export of `kind` holds, with its labels; null when no plan is open. */
export function exportSource<Schedule>(state: ExportSessionState<Schedule>, kind: ExportKind): ExportSource<Schedule> | null {
  const live = state.livePlan;
  if (live === null) return null;
  const code = state.proposal ? changeCode(live, state.proposal.changeId) : null;
  if (code === null || state.plan === null) {
    return { plan: live, schedule: state.liveSchedule, proposalCode: null, isProposal: false, fileSuffix: '', titlePrefix: '', note: null };
  }
  if (kind === 'live') {
    return {
      plan: live, schedule: state.liveSchedule, proposalCode: code, isProposal: false, fileSuffix: '', titlePrefix: '',
      note: `A proposal (${code}) is open: the export holds the live plan, without its proposed edits.`,
    };
  }
  return {
    plan: state.plan, schedule: state.schedule, proposalCode: code, isProposal: true,
    fileSuffix: ` (proposal ${code})`, titlePrefix: `Proposal ${code} (not approved): `,
    note: `A proposal (${code}) is open: the image shows the proposal, not the live plan, and its title says so.`,
  };
}

/** `name` with the source's suffix before its extension: 'Plan Gantt.png' -> 'Plan Gantt (proposal CR-001).png'. */
export function labelledFileName(name: string, source: Pick<ExportSource<unknown>, 'fileSuffix'>): string {
  if (source.fileSuffix === '') return name;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}${source.fileSuffix}${name.slice(dot)}` : `${name}${source.fileSuffix}`;
}

/** What to say after a saved export: its name, and the note when a proposal is open. */
export function exportedMessage(fileName: string, source: Pick<ExportSource<unknown>, 'note'>): string {
  return source.note === null ? `Exported ${fileName}.` : `Exported ${fileName}. ${source.note}`;
}

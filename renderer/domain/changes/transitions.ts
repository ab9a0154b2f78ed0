/**
 * The change request life cycle as a table: proposed → under review → approved / rejected /
 * deferred → implemented. A deferred request goes back under review when it is taken up again; a
 * rejected one may be reopened for review (new information). Implemented is final.
 */
import type { ChangeStatus } from '../model/changes';
import type { Problem } from '../model/result';

export const CHANGE_TRANSITIONS: Readonly<Record<ChangeStatus, readonly ChangeStatus[]>> = {
  'proposed': ['under-review'],
  'under-review': ['approved', 'rejected', 'deferred'],
  'approved': ['implemented'],
  'rejected': ['under-review'],
  'deferred': ['under-review'],
  'implemented': [],
};

export const CHANGE_STATUS_LABELS: Readonly<Record<ChangeStatus, string>> = {
  'proposed': 'Proposed', 'under-review': 'Under review', 'approved': 'Approved', 'rejected': 'Rejected',
  'deferred': 'Deferred', 'implemented': 'Implemented',
};

/** The statuses a request in `from` may move to next. */
export function nextStatuses(from: ChangeStatus): readonly ChangeStatus[] {
  return CHANGE_TRANSITIONS[from];
}

/** Undefined when `from` → `to` is allowed, else a sentence saying which moves are. */
export function checkTransition(from: ChangeStatus, to: ChangeStatus): Problem | undefined {
  if (CHANGE_TRANSITIONS[from].includes(to)) return undefined;
  const allowed = CHANGE_TRANSITIONS[from].map((s) => CHANGE_STATUS_LABELS[s].toLowerCase());
  const then = allowed.length === 0 ? 'it is final' : `it can only become ${allowed.join(' or ')}`;
  return { message: `A request that is ${CHANGE_STATUS_LABELS[from].toLowerCase()} cannot become ${CHANGE_STATUS_LABELS[to].toLowerCase()}: ${then}.` };
}

/** Statuses whose proposal may still be edited (a decision closes it). */
export function isProposalOpen(status: ChangeStatus): boolean {
  return status === 'proposed' || status === 'under-review' || status === 'deferred';
}

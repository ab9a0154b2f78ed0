/** Change control: the request life cycle, proposals replayed onto the plan, their impact, the change log's CSV. */
export { CHANGE_STATUS_LABELS, CHANGE_TRANSITIONS, checkTransition, isProposalOpen, nextStatuses } from './transitions';
export { categoryOf, changeCode, changeCodes, editsOf, priorityOf } from './records';
export { applyEditsToDraft, rebaseProposal, recordingIds, type CommandLookup, type EditConflict, type RebasedProposal } from './rebase';
export { changedTasks, proposalImpact, type MilestoneMove, type ProposalImpact, type ScheduledPlan } from './impact';
export { exportChangeLogCsv } from './change-csv';
export { proposedEditInWords } from './edit-words';
export { matchesChangeFilter, NO_CHANGE_FILTER, type ChangeFilter } from './filter';

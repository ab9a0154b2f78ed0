export { MergeHost } from './MergeHost';
export { useMergeActions } from './use-merge-actions';
export { knownLineage, rememberSave, stampRevision, type StampedRevision } from './lineage-store';
export { useComparisonStore, useOpenComparison, type ComparisonSource, type OpenComparison } from './comparison';
export { useMergeDialogs } from './merge-dialogs';

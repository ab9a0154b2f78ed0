export { MergeHost } from './MergeHost';
export { useMergeActions } from './use-merge-actions';
export { knownLineage, rememberSave } from './lineage-store';

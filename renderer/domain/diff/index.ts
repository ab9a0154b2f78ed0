/** Diff and three-way merge of plans, and the lineage that finds their common ancestor (pure). */
export * from './types';
export { diffPlans, applyDiff, applyChanges, entityChanges, type DiffOptions } from './diff-plans';
export { mergePlans } from './merge';
export { categoryOf, entityLabel, fieldInWords, showValue } from './describe';
export { durationInPlan } from './duration-texts';
export * from './lineage';
export { diffToMarkdown, diffToCsv, meaningfulChanges, visibleChanges, type DiffRow } from './diff-report';
export { compareWithBaseline, compareWithPlan, type Comparison, type GhostOnly } from './compare';

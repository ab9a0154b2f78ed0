/**
 * Branded string ids. A TaskId cannot be passed where a ResourceId is expected,
 * although both are plain strings in storage and in files.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ProjectId = Brand<string, 'ProjectId'>;
export type TaskId = Brand<string, 'TaskId'>;
export type LinkId = Brand<string, 'LinkId'>;
export type CalendarId = Brand<string, 'CalendarId'>;
export type ResourceId = Brand<string, 'ResourceId'>;
export type AssignmentId = Brand<string, 'AssignmentId'>;
export type BaselineId = Brand<string, 'BaselineId'>;
export type RiskId = Brand<string, 'RiskId'>;
export type StakeholderId = Brand<string, 'StakeholderId'>;
export type ChangeRequestId = Brand<string, 'ChangeRequestId'>;
export type ColumnId = Brand<string, 'ColumnId'>;
export type IssueId = Brand<string, 'IssueId'>;
export type AssumptionId = Brand<string, 'AssumptionId'>;
export type DecisionId = Brand<string, 'DecisionId'>;
export type ReportId = Brand<string, 'ReportId'>;

/** Ids are injected (never Math.random() inside the domain) so tests and imports are deterministic. */
export type IdFactory = () => string;

/** A deterministic id factory for tests, imports and generated plans: prefix-1, prefix-2, ... */
export function sequentialIds(prefix: string, start = 1): IdFactory {
  let next = start;
  return () => `${prefix}${String(next++)}`;
}

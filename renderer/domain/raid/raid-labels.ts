/**
 * The words the RAID registers show for each stored value ('in-progress' reads "In progress"):
 * the risk register's table, the risk editor's pickers, the logs' pickers and the CSV exports all
 * read them from here, so a column in Excel says what the screen says. The stored values stay as
 * they are (plan files and commands use them); only what a person reads comes from these maps.
 * Each list is in the order its picker offers it.
 */
import type { AssumptionStatus, IssuePriority, IssueStatus, RiskKind, RiskResponse, RiskStatus } from '../model/raid';
import type { Trend } from './scoring';

export const RISK_KIND_LABELS: Readonly<Record<RiskKind, string>> = { threat: 'Threat', opportunity: 'Opportunity' };

export const RISK_STATUSES: readonly RiskStatus[] = ['open', 'mitigating', 'occurred', 'closed'];
export const RISK_STATUS_LABELS: Readonly<Record<RiskStatus, string>> = {
  open: 'Open', mitigating: 'Mitigating', occurred: 'Occurred', closed: 'Closed',
};

/** PMBOK's response strategies (THREAT_RESPONSES, OPPORTUNITY_RESPONSES in the model). */
export const RISK_RESPONSE_LABELS: Readonly<Record<RiskResponse, string>> = {
  avoid: 'Avoid', mitigate: 'Mitigate', transfer: 'Transfer', accept: 'Accept', exploit: 'Exploit', enhance: 'Enhance', share: 'Share',
};

export const ISSUE_PRIORITIES: readonly IssuePriority[] = ['low', 'medium', 'high', 'critical'];
export const ISSUE_PRIORITY_LABELS: Readonly<Record<IssuePriority, string>> = {
  low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical',
};

export const ISSUE_STATUSES: readonly IssueStatus[] = ['open', 'in-progress', 'resolved', 'closed'];
export const ISSUE_STATUS_LABELS: Readonly<Record<IssueStatus, string>> = {
  'open': 'Open', 'in-progress': 'In progress', 'resolved': 'Resolved', 'closed': 'Closed',
};

export const ASSUMPTION_STATUSES: readonly AssumptionStatus[] = ['unvalidated', 'valid', 'invalid'];
export const ASSUMPTION_STATUS_LABELS: Readonly<Record<AssumptionStatus, string>> = {
  unvalidated: 'Unvalidated', valid: 'Valid', invalid: 'Invalid',
};

/**
 * The register's trend arrow (TREND_ARROWS) in words, for a file read without the arrows' colours:
 * the same words the status report uses for a score that moved ("rising", "falling", "unchanged").
 */
export const SCORE_TREND_LABELS: Readonly<Record<Trend, string>> = { up: 'Rising', down: 'Falling', flat: 'Unchanged' };

/**
 * The issues log's order: by a column a person picks, as a spreadsheet sorts, with the issue's
 * code breaking ties so equal rows keep a stable order.
 */
import type { Issue, Plan } from '../model';
import { ISSUE_PRIORITIES, ISSUE_STATUSES } from './raid-labels';
import { isIssueOpen } from './scoring';

export type IssueSortKey = 'code' | 'title' | 'priority' | 'status' | 'owner' | 'due';

export interface IssueSort {
  readonly key: IssueSortKey;
  readonly isDescending: boolean;
}

export const ISSUE_LOG_ORDER: IssueSort = { key: 'code', isDescending: false };

/** Numbers inside texts compare as numbers: I-1000 after I-999. */
const textOrder = (a: string, b: string): number => a.localeCompare(b, undefined, { numeric: true });
const byCode = (a: Issue, b: Issue): number => textOrder(a.code, b.code);

/**
 * The issues in `sort`'s order, the resolved and closed left out when `isOpenOnly`. Rows without a
 * value (no due date, no owner) go last whichever way the column is sorted, as in Excel: an
 * undated issue is not the most urgent one.
 */
export function sortedIssues(plan: Plan, sort: IssueSort, isOpenOnly = false): Issue[] {
  const ownerName = (issue: Issue): string | null => (issue.ownerId === null ? null : plan.resources[issue.ownerId]?.name ?? null);
  const valueOf = (issue: Issue): string | number | null => {
    switch (sort.key) {
      case 'code': return issue.code;
      case 'title': return issue.title.toLocaleLowerCase();
      case 'priority': return ISSUE_PRIORITIES.indexOf(issue.priority);
      case 'status': return ISSUE_STATUSES.indexOf(issue.status);
      case 'owner': return ownerName(issue)?.toLocaleLowerCase() ?? null;
      case 'due': return issue.dueOn;
    }
  };
  const direction = sort.isDescending ? -1 : 1;
  const compare = (a: Issue, b: Issue): number => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === null || y === null) return x === y ? byCode(a, b) : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : textOrder(String(x), String(y));
    return order === 0 ? byCode(a, b) : order * direction;
  };
  return Object.values(plan.issues).filter((issue) => !isOpenOnly || isIssueOpen(issue)).sort(compare);
}

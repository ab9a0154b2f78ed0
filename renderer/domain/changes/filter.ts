/** The change log's filters: status, category, priority and words in the code, title, description or requester. */
import type { ChangeCategory, ChangePriority, ChangeRequest, ChangeStatus } from '../model/changes';
import { categoryOf, priorityOf } from './records';

export interface ChangeFilter {
  readonly status: ChangeStatus | 'all';
  readonly category: ChangeCategory | 'all';
  readonly priority: ChangePriority | 'all';
  readonly text: string;
}

export const NO_CHANGE_FILTER: ChangeFilter = { status: 'all', category: 'all', priority: 'all', text: '' };

export function matchesChangeFilter(c: ChangeRequest, code: string, f: ChangeFilter): boolean {
  if (f.status !== 'all' && c.status !== f.status) return false;
  if (f.category !== 'all' && categoryOf(c) !== f.category) return false;
  if (f.priority !== 'all' && priorityOf(c) !== f.priority) return false;
  const words = f.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = [code, c.title, c.description, c.requestedBy, c.rationale ?? ''].join(' ').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

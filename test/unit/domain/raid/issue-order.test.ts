/** The issues log sorted by a column, as a spreadsheet sorts, and the resolved and closed hidden on request. */
import { describe, expect, it } from 'vitest';
import { addResource, raiseIssue, type CommandContext } from '../../../../renderer/domain/commands';
import { sequentialIds, type Issue, type IssueId, type LocalDate, type Plan, type ResourceId } from '../../../../renderer/domain/model';
import { ISSUE_LOG_ORDER, sortedIssues, type IssueSortKey } from '../../../../renderer/domain/raid';
import { runOk } from '../../../support/plan-builder';
import { basePlan } from '../schedule/plan-kit';

const ctx = (): CommandContext => ({ newId: sequentialIds('n'), now: '2026-03-02T08:00:00.000Z' });

/** Five issues raised in this order (codes I-001..I-005), owned by Zoe or Adam or nobody. */
function log(): Plan {
  let p = runOk(addResource, basePlan(), { id: 'zoe' as ResourceId, fields: { name: 'Zoe' } }, ctx()).plan;
  p = runOk(addResource, p, { id: 'adam' as ResourceId, fields: { name: 'adam' } }, ctx()).plan;
  const raised: [string, Issue['priority'], Issue['status'], string | null, string | null][] = [
    ['Sandbox down', 'high', 'open', '2026-03-10', 'zoe'],
    ['licence expired', 'critical', 'resolved', '2026-03-05', null],
    ['Flaky build', 'low', 'in-progress', null, 'adam'],
    ['Vendor silent', 'critical', 'open', '2026-03-20', 'adam'],
    ['Access request', 'medium', 'closed', '2026-03-01', 'zoe'],
  ];
  raised.forEach(([title, priority, status, dueOn, ownerId], n) => {
    p = runOk(raiseIssue, p, {
      id: `i${String(n + 1)}` as IssueId, fields: { title, priority, status, dueOn: dueOn as LocalDate | null, ownerId: ownerId as ResourceId | null },
    }, ctx()).plan;
  });
  return p;
}

const titles = (p: Plan, key: IssueSortKey, isDescending = false, isOpenOnly = false): string[] =>
  sortedIssues(p, { key, isDescending }, isOpenOnly).map((i) => i.title);

describe('the issues log order', () => {
  it('is by code unless a column is picked, and a column turned round reverses it', () => {
    const p = log();
    expect(sortedIssues(p, ISSUE_LOG_ORDER).map((i) => i.code)).toEqual(['I-001', 'I-002', 'I-003', 'I-004', 'I-005']);
    expect(titles(p, 'code', true)).toEqual(['Access request', 'Vendor silent', 'Flaky build', 'licence expired', 'Sandbox down']);
    // Letters compared without their case: "licence" between "Flaky" and "Sandbox".
    expect(titles(p, 'title')).toEqual(['Access request', 'Flaky build', 'licence expired', 'Sandbox down', 'Vendor silent']);
  });

  it('sorts priority by rank, not by name, ties in code order', () => {
    expect(titles(log(), 'priority', true)).toEqual(['licence expired', 'Vendor silent', 'Sandbox down', 'Access request', 'Flaky build']);
    expect(titles(log(), 'status')).toEqual(['Sandbox down', 'Vendor silent', 'Flaky build', 'licence expired', 'Access request']);
  });

  it('puts issues without a due date or owner last, whichever way the column is sorted', () => {
    const p = log();
    expect(titles(p, 'due')).toEqual(['Access request', 'licence expired', 'Sandbox down', 'Vendor silent', 'Flaky build']);
    expect(titles(p, 'due', true)).toEqual(['Vendor silent', 'Sandbox down', 'licence expired', 'Access request', 'Flaky build']);
    expect(titles(p, 'owner')).toEqual(['Flaky build', 'Vendor silent', 'Sandbox down', 'Access request', 'licence expired']);
    expect(titles(p, 'owner', true)).toEqual(['Sandbox down', 'Access request', 'Flaky build', 'Vendor silent', 'licence expired']);
  });

  it('leaves out the resolved and closed when asked to, in the same order', () => {
    expect(titles(log(), 'priority', true, true)).toEqual(['Vendor silent', 'Sandbox down', 'Flaky build']);
  });

  it('reads numbers in codes as numbers', () => {
    let p = log();
    p = { ...p, issues: { ...p.issues, ['i1' as IssueId]: { ...(p.issues['i1' as IssueId] as Issue), code: 'I-1000' } } };
    expect(sortedIssues(p, ISSUE_LOG_ORDER).map((i) => i.code)).toEqual(['I-002', 'I-003', 'I-004', 'I-005', 'I-1000']);
  });
});

import { describe, expect, it } from 'vitest';
import { findCommonAncestor, NEVER_SEEN_MESSAGE, planHash, UNRELATED_MESSAGE, withSavedRevision } from '../../../../renderer/domain/diff';
import { MAX_LINEAGE_REVISIONS } from '../../../../renderer/domain/model';
import { basePlan, withTask } from '../schedule/plan-kit';

const rev = (id: string, savedAt = `2026-03-0${id.length}T00:00:00Z`) => ({ id, hash: 'h', savedAt });

describe('lineage', () => {
  it('finds the newest revision both copies saved', () => {
    const ours = { planId: 'p', revisions: [rev('a'), rev('b'), rev('c')] };
    const theirs = { planId: 'p', revisions: [rev('a'), rev('b'), rev('x')] };
    expect(findCommonAncestor(ours, theirs)).toEqual({ kind: 'found', revision: rev('b') });
  });

  it('says plainly when the plans are unrelated or the shared history is unknown here', () => {
    expect(findCommonAncestor({ planId: 'p', revisions: [] }, { planId: 'q', revisions: [] })).toEqual({ kind: 'unrelated', message: UNRELATED_MESSAGE });
    expect(findCommonAncestor(undefined, { planId: 'q', revisions: [] }).kind).toBe('unrelated');
    expect(findCommonAncestor({ planId: 'p', revisions: [rev('a')] }, { planId: 'p', revisions: [rev('z')] })).toEqual({ kind: 'no-shared-revision', message: NEVER_SEEN_MESSAGE });
  });

  it('records saves, keeping the newest revisions only, and hashes content not the save time', () => {
    let plan = basePlan();
    for (let i = 0; i < MAX_LINEAGE_REVISIONS + 5; i++) plan = withSavedRevision(plan, undefined, { id: `r${String(i).padStart(4, '0')}`, hash: 'h', savedAt: `2026-03-01T00:00:00.${String(i).padStart(3, '0')}Z` });
    expect(plan.project.lineage?.planId).toBe(plan.project.id);
    expect(plan.project.lineage?.revisions).toHaveLength(MAX_LINEAGE_REVISIONS);
    expect(plan.project.lineage?.revisions[0]?.id).toBe('r0005');
    const later = { ...plan, project: { ...plan.project, updatedAt: 'later' } };
    expect(planHash(later)).toBe(planHash(plan));
    expect(planHash(withTask(plan, 'X'))).not.toBe(planHash(plan));
    expect(planHash(plan)).toMatch(/^[0-9a-f]{28}$/);
  });
});

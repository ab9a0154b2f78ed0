import { describe, expect, it } from 'vitest';
import { DIGEST_FORMAT, digestProject, type ProjectDigest } from '../../../../renderer/domain/lifecycle';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { keepLeftDigest } from '../../../../renderer/features/portfolio/keep-left-digest';
import type { LocalDate } from '../../../../renderer/domain/model';
import { generatePlan } from '../../../support/generate-plan';

/** The day the tests measure a plan without a status date of its own at. */
const TODAY = '2026-03-02' as LocalDate;

describe('keepLeftDigest', () => {
  it('keeps the left project\'s digest for the revision it was left at, after the switch (not during it)', async () => {
    const kept: { projectId: string; revision: string; format: number; digest: ProjectDigest }[] = [];
    const keep = keepLeftDigest({ keepDigest: async (projectId, revision, format, digest) => { kept.push({ projectId, revision, format, digest }); } }, () => TODAY);
    const plan = generatePlan({ tasks: 60, seed: 7, assignmentsPerLeaf: 1, people: 4 });
    const schedule = scheduleProject(plan);
    keep(plan, schedule, '12:w1');
    expect(kept).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(kept).toEqual([{ projectId: plan.project.id, revision: '12:w1', format: DIGEST_FORMAT, digest: digestProject({ plan, schedule }, TODAY) }]);
  });

  it('loses nothing when the digest cannot be kept', async () => {
    const keep = keepLeftDigest({ keepDigest: () => Promise.reject(new Error('QuotaExceededError')) }, () => TODAY);
    const plan = generatePlan({ tasks: 10, seed: 1 });
    expect(() => keep(plan, scheduleProject(plan), '1:w1')).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
});

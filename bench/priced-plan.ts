/**
 * The money benches' plan (bench/money.bench.ts, bench/scurve/page.tsx): a generated plan with one
 * work assignment per leaf and every person's rate changing mid-plan, so costs cross a rate change.
 */
import type { LocalDateTime, Plan } from '../renderer/domain/model';
import { generatePlan } from '../test/support/generate-plan';

export function pricedPlan(size: number): Plan {
  const plan = generatePlan({ tasks: size, seed: 42, assignmentsPerLeaf: 1 });
  const resources = Object.fromEntries(Object.values(plan.resources).map((r, i) => [r.id, {
    ...r, costPerHour: 80 + (i % 5) * 10,
    rateChanges: [{ from: '2026-07-01T00:00' as LocalDateTime, costPerHour: 95 + (i % 5) * 10, overtimeCostPerHour: 0, costPerUse: 0 }],
  }]));
  return { ...plan, resources };
}

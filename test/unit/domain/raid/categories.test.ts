/** The risk category list (issue 14: "editable list"): add, rename, remove, reorder, one undo step each. */
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { addRisk, runCommand, setRiskCategories, type CommandContext } from '../../../../renderer/domain/commands';
import { parsePlotline, serializePlotline } from '../../../../renderer/domain/formats/native';
import { sequentialIds, type Plan, type RiskId } from '../../../../renderer/domain/model';
import { DEFAULT_RISK_CATEGORIES, riskCategoriesOf, riskCodesInCategory } from '../../../../renderer/domain/raid';
import { runOk } from '../../../support/plan-builder';
import { basePlan } from '../schedule/plan-kit';

const ctx = (): CommandContext => ({ newId: sequentialIds('n'), now: '2026-03-02T08:00:00.000Z' });
const DEFAULTS = [...DEFAULT_RISK_CATEGORIES];

/** filed under vendor, R-003 under people. */
function plan(): Plan {
  let p = basePlan();
  p = runOk(addRisk, p, { id: 'r1' as RiskId, fields: { title: 'Vendor late', category: 'vendor' } }, ctx()).plan;
  p = runOk(addRisk, p, { id: 'r2' as RiskId, fields: { title: 'Vendor bankrupt', category: 'vendor' } }, ctx()).plan;
  return runOk(addRisk, p, { id: 'r3' as RiskId, fields: { title: 'Key person away', category: 'people' } }, ctx()).plan;
}

describe('risk categories', () => {
  it('starts from the eight defaults and adds and reorders through one command', () => {
    const p = plan();
    expect(riskCategoriesOf(p)).toEqual(['technical', 'security', 'vendor', 'schedule', 'cost', 'scope', 'people', 'compliance']);
    const next = ['compliance', ...DEFAULTS.filter((c) => c !== 'compliance'), 'legal'];
    const out = runOk(setRiskCategories, p, { categories: next }, ctx());
    expect(riskCategoriesOf(out.plan)).toEqual(next);
    expect(applyPatches(out.plan, out.inverse as never)).toEqual(p);
  });

  it('renames a category and refiles its risks in the same step; the inverse restores both', () => {
    const p = plan();
    const categories = DEFAULTS.map((c) => (c === 'vendor' ? 'supplier' : c));
    const out = runOk(setRiskCategories, p, { categories, renames: [{ from: 'vendor', to: 'supplier' }] }, ctx());
    expect(out.plan.risks.r1?.category).toBe('supplier');
    expect(out.plan.risks.r2?.category).toBe('supplier');
    expect(out.plan.risks.r3?.category).toBe('people');
    expect(riskCategoriesOf(out.plan)[2]).toBe('supplier');
    const undone = applyPatches(out.plan, out.inverse as never);
    expect(undone.risks.r1?.category).toBe('vendor');
    expect(undone).toEqual(p);
  });

  it('refuses to remove a category in use, naming its risks, and moves them when asked', () => {
    const p = plan();
    const without = DEFAULTS.filter((c) => c !== 'vendor');
    expect(runCommand(setRiskCategories, p, { categories: without }, ctx())).toEqual({
      ok: false,
      error: { message: "Category 'vendor' is used by 2 risks (R-001, R-002); move them to another category to remove it.", where: 'Risk categories' },
    });
    const moved = runOk(setRiskCategories, p, { categories: without, moveRemovedTo: 'schedule' }, ctx());
    expect([moved.plan.risks.r1?.category, moved.plan.risks.r2?.category]).toEqual(['schedule', 'schedule']);
    expect(riskCodesInCategory(moved.plan, 'schedule')).toEqual(['R-001', 'R-002']);
    // An unused category goes without a question.
    expect(riskCategoriesOf(runOk(setRiskCategories, p, { categories: DEFAULTS.filter((c) => c !== 'cost') }, ctx()).plan)).not.toContain('cost');
  });

  it('refuses an empty list and a move or rename to a category not in the list', () => {
    const p = plan();
    expect(runCommand(setRiskCategories, p, { categories: ['  '] }, ctx())).toMatchObject({ ok: false, error: { message: 'Keep at least one risk category.' } });
    expect(runCommand(setRiskCategories, p, { categories: ['people'], moveRemovedTo: 'legal' }, ctx()))
      .toMatchObject({ ok: false, error: { message: "Risks can only move to a category in the list ('legal' is not)." } });
    expect(runCommand(setRiskCategories, p, { categories: DEFAULTS, renames: [{ from: 'vendor', to: 'supplier' }] }, ctx()))
      .toMatchObject({ ok: false, error: { message: "Rename 'vendor' to a category in the list ('supplier' is not)." } });
  });

  it('keeps the edited list and the refiled risks through a .plotline round trip', () => {
    const categories = ['supplier', 'technical', 'legal'];
    const out = runOk(setRiskCategories, plan(), { categories, renames: [{ from: 'vendor', to: 'supplier' }], moveRemovedTo: 'legal' }, ctx()).plan;
    const reread = parsePlotline(serializePlotline(out, { app: 'Plotline test', exported: '2026-03-02T08:00:00.000Z' }));
    if (!reread.ok) throw new Error(reread.error.message);
    expect(reread.value.plan.project.riskCategories).toEqual(categories);
    expect(Object.values(reread.value.plan.risks).map((r) => r.category).sort()).toEqual(['legal', 'supplier', 'supplier']);
  });
});

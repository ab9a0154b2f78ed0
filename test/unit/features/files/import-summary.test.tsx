// @vitest-environment happy-dom
/**
 * "Open as new project" hands on the plan its reader admitted — the very object — unless people
 * are linked to the pool: the host relies on that identity to skip the gate it already passed in
 * the worker (FilesHost), so a linked plan, a different object, goes through the gate again.
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { PlanRepository } from '../../../../renderer/db';
import { addResource } from '../../../../renderer/domain/commands';
import { summarizePlan, type ImportedPlan } from '../../../../renderer/domain/formats';
import type { Plan, ResourceId } from '../../../../renderer/domain/model';
import { ImportSummaryDialog } from '../../../../renderer/features/files/ImportSummaryDialog';
import { ServicesProvider, type Services } from '../../../../renderer/features/shared/services';
import { blankPlan, runOk, testContext } from '../../../support/plan-builder';
import { rootPerTest } from '../../../support/react-root';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function withPerson(projectName: string, name: string, email: string): Plan {
  const plan = runOk(addResource, blankPlan(projectName), { id: 'r-1' as ResourceId, fields: { name } }, testContext(projectName)).plan;
  const person = plan.resources['r-1'];
  if (!person) throw new Error('no person added');
  return { ...plan, resources: { ...plan.resources, [person.id]: { ...person, email } } };
}

/** Services whose storage holds `others` (the pool is read from them); nothing else is used. */
function servicesWith(others: readonly Plan[]): Services {
  const repository = {
    listProjects: () => Promise.resolve(others.map((p) => ({ id: p.project.id, name: p.project.name }))),
    openPlan: (id: string) => {
      const plan = others.find((p) => p.project.id === id);
      return Promise.resolve(plan ? { kind: 'opened', stored: { plan, revision: '1:a', dropped: [] } } : { kind: 'missing' });
    },
  };
  // Only the repository's reads are reached by the dialog (usePoolPeople).
  return { repository: repository as unknown as PlanRepository } as Services;
}

const { root, host } = rootPerTest();

async function confirmWith(imported: ImportedPlan, others: readonly Plan[]): Promise<Plan> {
  let confirmed: Plan | null = null;
  await act(async () => {
    root().render(
      <ServicesProvider services={servicesWith(others)}>
        <ImportSummaryDialog fileName="team.plotline" format="plotline" imported={imported}
          onConfirm={(plan) => { confirmed = plan; return Promise.resolve(); }} onCancel={() => undefined} />
      </ServicesProvider>,
    );
    // The pool's read settles.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  const button = [...host().ownerDocument.querySelectorAll('button')].find((b) => b.textContent === 'Open as new project');
  if (!button) throw new Error('no "Open as new project" button');
  await act(async () => { button.click(); await Promise.resolve(); });
  if (confirmed === null) throw new Error('nothing was confirmed');
  return confirmed;
}

describe('the import summary\'s "Open as new project"', () => {
  const file = withPerson('From file', 'Ana Lima', 'ana@example.com');
  const imported: ImportedPlan = { plan: file, warnings: [], summary: summarizePlan(file) };

  it('hands on the admitted plan itself when nobody is linked to the pool', async () => {
    expect(await confirmWith(imported, [])).toBe(file);
    // Someone in the pool, but not this file's person: nothing to link either.
    expect(await confirmWith(imported, [withPerson('Other', 'Bo Chen', 'bo@example.com')])).toBe(file);
  });

  it('hands on a new plan when a person is linked, so the gate runs on it again', async () => {
    const confirmed = await confirmWith(imported, [withPerson('Other', 'Ana M. Lima', 'ana@example.com')]);
    expect(confirmed).not.toBe(file);
    expect(confirmed.resources['r-1']?.name).toBe('Ana M. Lima');
  });
});

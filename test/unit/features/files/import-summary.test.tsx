// @vitest-environment happy-dom
/**
 * "Open as new project" hands on the plan its reader admitted — the very object, said to be as
 * read — unless people are linked to the pool: the host then skips the gate it already passed in
 * the worker (FilesHost), and a linked plan, a different object, goes through the gate again.
 * The summary shows the file's head at once; the plan itself may arrive after it, or not at all.
 */
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PlanRepository } from '../../../../renderer/db';
import { addResource } from '../../../../renderer/domain/commands';
import { summarizePlan, type ImportedPlan } from '../../../../renderer/domain/formats';
import { fail, ok, type Plan, type ResourceId, type Result } from '../../../../renderer/domain/model';
import { headOf, runFileJob, type PlanHead } from '../../../../renderer/features/files/file-jobs';
import { ImportSummaryDialog } from '../../../../renderer/features/files/ImportSummaryDialog';
import { formatDate } from '../../../../renderer/features/shared/format';
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

interface Confirmed { readonly plan: Plan; readonly isAsRead: boolean }

function render(plan: Promise<Result<ImportedPlan>>, head: PlanHead, others: readonly Plan[], onConfirm: (confirmed: Confirmed) => void): Promise<void> {
  return act(async () => {
    root().render(
      <ServicesProvider services={servicesWith(others)}>
        <ImportSummaryDialog fileName="team.plotline" format="plotline" head={head} plan={plan}
          onConfirm={(chosen, isAsRead) => { onConfirm({ plan: chosen, isAsRead }); return Promise.resolve(); }} onCancel={() => undefined} />
      </ServicesProvider>,
    );
    // The pool's read settles.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const openButton = (): HTMLButtonElement => {
  const button = [...host().ownerDocument.querySelectorAll('button')].find((b) => /^(Open as new project|Adding…)$/.test(b.textContent ?? ''));
  if (!button) throw new Error('no "Open as new project" button');
  return button;
};

async function click(): Promise<void> {
  await act(async () => {
    openButton().click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function confirmWith(imported: ImportedPlan, others: readonly Plan[]): Promise<Confirmed> {
  let confirmed: Confirmed | null = null;
  await render(Promise.resolve(ok(imported)), headOf(imported), others, (c) => { confirmed = c; });
  await click();
  if (confirmed === null) throw new Error('nothing was confirmed');
  return confirmed;
}

describe('the import summary\'s "Open as new project"', () => {
  const file = withPerson('From file', 'Ana Lima', 'ana@example.com');
  const imported: ImportedPlan = { plan: file, warnings: [], summary: summarizePlan(file) };

  it('hands on the admitted plan itself when nobody is linked to the pool', async () => {
    expect(await confirmWith(imported, [])).toEqual({ plan: file, isAsRead: true });
    expect((await confirmWith(imported, [])).plan).toBe(file);
    // Someone in the pool, but not this file's person: nothing to link either.
    expect((await confirmWith(imported, [withPerson('Other', 'Bo Chen', 'bo@example.com')])).plan).toBe(file);
  });

  it('hands on a new plan when a person is linked, so the gate runs on it again', async () => {
    const confirmed = await confirmWith(imported, [withPerson('Other', 'Ana M. Lima', 'ana@example.com')]);
    expect(confirmed.plan).not.toBe(file);
    expect(confirmed.isAsRead).toBe(false);
    expect(confirmed.plan.resources['r-1']?.name).toBe('Ana M. Lima');
  });

  it('shows what the file holds before the plan has arrived, and adds it once it comes', async () => {
    let arrive: (read: Result<ImportedPlan>) => void = () => undefined;
    const plan = new Promise<Result<ImportedPlan>>((resolve) => { arrive = resolve; });
    let confirmed: Confirmed | null = null;
    await render(plan, headOf(imported), [], (c) => { confirmed = c; });
    const text = host().textContent ?? '';
    expect(text).toContain('From file');
    expect(host().querySelector('[data-testid="summary-tasks"]')?.textContent).toBe(String(imported.summary.tasks));
    await click();
    // Clicked before the plan came: it waits, saying so, and adds nothing yet.
    expect(openButton().textContent).toBe('Adding…');
    expect(confirmed).toBeNull();
    await act(async () => {
      arrive(ok(imported));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(confirmed).toEqual({ plan: file, isAsRead: true });
  });

  it('says why and adds nothing when the plan never arrives', async () => {
    let confirmed: Confirmed | null = null;
    const lost: Result<ImportedPlan> = fail("Reading 'team.plotline' took longer than 20 s, so Plotline stopped.");
    await render(Promise.resolve(lost), headOf(imported), [], (c) => { confirmed = c; });
    await click();
    expect(confirmed).toBeNull();
    expect(host().querySelector('[role="alert"]')?.textContent).toBe("Nothing was added. Reading 'team.plotline' took longer than 20 s, so Plotline stopped.");
    expect(openButton().disabled).toBe(true);
  });
});

describe('the import summary\'s dates', () => {
  /** The Dates line once the plan has arrived and been scheduled behind the summary. */
  async function datesShown(plan: Promise<Result<ImportedPlan>>, head: PlanHead): Promise<string> {
    await render(plan, head, [], () => undefined);
    const dates = (): string => host().querySelector('[data-testid="summary-dates"]')?.textContent ?? '';
    // Scheduled in a later task (when the window is idle). Each poll lets that task run inside a
    // short act() of its own, whose end renders what it set: one act() around the whole wait kept
    // the update queued until the wait ended, so the test passed only when the task happened to
    // run before render()'s own act() ended (it failed on loaded CI machines).
    await vi.waitFor(async () => {
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
      expect(dates()).not.toBe('Scheduling…');
    }, { timeout: 15_000 });
    return dates();
  }

  it('are the scheduled ones the plan shows once open, not an MS Project file\'s stored dates its links contradict', async () => {
    // Build is stored as starting on 2 March, before Design (its predecessor) finishes on 3 March.
    const text = readFileSync('test/fixtures/mspdi/stale-dates.xml', 'utf8');
    const read = runFileJob({ kind: 'plan', fileName: 'stale-dates.xml', text, now: '2026-12-05T10:00:00.000Z' });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.summary).toMatchObject({ start: '2027-03-01T08:00', finish: '2027-03-05T17:00' });
    expect(await datesShown(Promise.resolve(read), headOf(read.value))).toBe(`${formatDate('2027-03-01')} → ${formatDate('2027-03-09')}`);
  });

  it('are the file\'s own when the plan never arrives', async () => {
    const file = blankPlan('From file');
    const head = headOf({ plan: file, warnings: [], summary: summarizePlan(file) });
    const start = file.project.start;
    expect(await datesShown(Promise.resolve(fail('Reading stopped.')), head)).toBe(`${formatDate(start)} → ${formatDate(start)}`);
  });
});

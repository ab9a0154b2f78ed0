// @vitest-environment happy-dom
/**
 * A refused edit is reported once, by the shell (Notices, from the session's lastProblem): the
 * change log, the RAID logs, the risk editor and the estimates table pass a command's refusal on to it and notify only
 * what they find themselves (a typed amount they read). The ui-store drops a repeated identical
 * notice, which hid a view's second notify from the screen; this counts the calls to notify.
 */
import { act, type ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Notices } from '../../../renderer/app/Notices';
import type { PlanRepository } from '../../../renderer/db';
import { planCommands } from '../../../renderer/domain/commands';
import { sequentialIds, type Plan, type RiskId } from '../../../renderer/domain/model';
import { scheduleProject, type ScheduleResult } from '../../../renderer/domain/schedule';
import { ChangeLogView } from '../../../renderer/features/changes/ChangeLogView';
import { EstimateTable } from '../../../renderer/features/risks/EstimateTable';
import { RaidLogs } from '../../../renderer/features/risks/RaidLogs';
import { RiskEditor } from '../../../renderer/features/risks/RiskEditor';
import { ServicesProvider, type Services } from '../../../renderer/features/shared/services';
import { createSessionStore, createUiStore, StoresProvider, type Notice, type Stores } from '../../../renderer/store';
import { withTask } from '../../support/cost-plan';
import { MemoryStorage } from '../../support/memory-persistence';
import { blankPlan, runOk } from '../../support/plan-builder';
import { rootPerTest } from '../../support/react-root';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const { root, host } = rootPerTest();
const NOW = '2026-03-05T10:00:00.000Z';

let notified: Omit<Notice, 'id'>[];
beforeEach(() => { notified = []; });

function registersPlan(): Plan {
  let plan = blankPlan('Payments');
  plan = runOk(planCommands.addChangeRequest, plan, { fields: { title: 'Single sign-on' } }).plan;
  plan = runOk(planCommands.raiseIssue, plan, { fields: { title: 'Vendor API late' } }).plan;
  plan = runOk(planCommands.addRisk, plan, { id: 'risk-1' as RiskId, fields: { title: 'Key supplier fails' } }).plan;
  return plan;
}

/** Opens the plan in a session, with every call to the ui-store's notify counted. */
async function open(plan: Plan): Promise<Stores> {
  const storage = new MemoryStorage();
  storage.put(plan);
  const session = createSessionStore<ScheduleResult>({
    persistence: storage.window('w1'), newId: sequentialIds('n'), now: () => NOW, schedule: (p) => scheduleProject(p), notify: () => undefined,
  });
  await session.getState().openProject(plan.project.id);
  const ui = createUiStore();
  const notify = ui.getState().notify;
  ui.setState({ notify: (notice) => { notified.push(notice); notify(notice); } });
  return { session, ui };
}

async function mount(stores: Stores, view: ReactNode): Promise<void> {
  const services = { newId: sequentialIds('id-'), now: () => NOW, today: () => '2026-03-05', repository: {} as PlanRepository, stores } as unknown as Services;
  await act(async () => {
    root().render(<ServicesProvider services={services}><StoresProvider stores={stores}><Notices viewArea={{ current: null }} />{view}</StoresProvider></ServicesProvider>);
    await Promise.resolve();
  });
}

/** Types `text` into the field and leaves it, as a person clearing a title does. */
async function typeAndLeave(field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  await act(async () => {
    field.focus();
    // Through the prototype's setter, as typing does: React ignores a value set on the element itself.
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set?.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.blur();
    await Promise.resolve();
  });
}

function fieldLabelled(label: string, within: ParentNode = host()): HTMLInputElement {
  const found = [...within.querySelectorAll('label')].find((l) => l.firstChild?.textContent?.trim() === label)?.querySelector('input, textarea');
  if (!(found instanceof HTMLInputElement)) throw new Error(`no field labelled ${label}`);
  return found;
}

const times = (message: string): number => notified.filter((n) => n.message === message).length;

describe('a refused edit in the registers', () => {
  it('is notified once in the change log', async () => {
    const stores = await open(registersPlan());
    await mount(stores, <ChangeLogView />);
    const id = Object.keys(stores.session.getState().plan?.changes ?? {})[0];
    await act(async () => { stores.ui.getState().selectChange(id as never); await Promise.resolve(); });
    await typeAndLeave(fieldLabelled('Title', host().querySelector('.change-detail') ?? host()), '');
    expect(times('Change CR-001: A change request needs a title.')).toBe(1);
    expect(notified).toHaveLength(1);
  });

  it('is notified once in the issue log', async () => {
    const stores = await open(registersPlan());
    await mount(stores, <RaidLogs tab="issues" onShowRisk={() => undefined} />);
    // The log offers only priorities the command accepts; one it has no option for is refused through the same path.
    const priority = host().querySelector<HTMLSelectElement>('select[aria-label="I-001 priority"]');
    if (!priority) throw new Error('no issue priority');
    await act(async () => {
      priority.value = 'urgent';
      priority.dispatchEvent(new Event('change', { bubbles: true }));
      await Promise.resolve();
    });
    expect(notified.map((n) => n.message)).toEqual([expect.stringMatching(/^Issue I-001: Priority must be one of/)]);
  });

  it('is notified once in the risk editor, and a typed amount it cannot read is its own notice', async () => {
    const stores = await open(registersPlan());
    const plan = stores.session.getState().plan;
    if (!plan) throw new Error('no plan');
    await mount(stores, <RiskEditor plan={plan} riskId={'risk-1' as RiskId} onClose={() => undefined} />);
    await typeAndLeave(fieldLabelled('Title'), '');
    expect(times('Risk R-001: A risk needs a title.')).toBe(1);
    expect(notified).toHaveLength(1);
    const amount = host().querySelector<HTMLInputElement>('input[aria-label="Cost impact amount (USD)"]');
    if (!amount) throw new Error('no cost impact field');
    await typeAndLeave(amount, 'lots');
    expect(notified).toHaveLength(2);
    expect(notified[1]?.message).toMatch(/^Cost impact/);
  });

  it('is notified once in the estimates table', async () => {
    const stores = await open(withTask(blankPlan('Payments'), 'Build'));
    const plan = stores.session.getState().plan;
    if (!plan) throw new Error('no plan');
    await mount(stores, <EstimateTable plan={plan} />);
    const optimistic = host().querySelector<HTMLInputElement>('input[aria-label="Optimistic days for Build"]');
    if (!optimistic) throw new Error('no optimistic field');
    await typeAndLeave(optimistic, '-2');
    expect(notified.map((n) => n.message)).toEqual(["Task 'Build': Estimates must be zero or more."]);
  });
});

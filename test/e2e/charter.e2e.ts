/**
 * The project charter and closure as a TPM uses them, from an empty project built by keyboard:
 * a purpose, sponsor and approval date; two objectives tied to milestones whose status follows
 * the plan (one milestone done, one slipping past its baseline) and a third on a target value (a
 * typo refused and kept to correct); a deliverable on a milestone; the last gate decided "go" offers
 * closure; a closure item is ticked and a lesson recorded, which ticks the Closure gate's lessons
 * criterion in the same undoable step; everything is still there after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, type AppHandle, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CharterPage } from './pages/charter-page';
import { GanttPage } from './pages/gantt-page';
import { PhasesPage } from './pages/phases-page';
import { SettingsPage } from './pages/settings-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;
let charter: CharterPage;
let phases: PhasesPage;
let gantt: GanttPage;
let settings: SettingsPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  charter = new CharterPage(page);
  phases = new PhasesPage(page);
  gantt = new GanttPage(page);
  settings = new SettingsPage(page);
});

const press = async (...keys: string[]): Promise<void> => { for (const k of keys) await page.keyboard.press(k); };
const typeCell = async (text: string): Promise<void> => { await page.keyboard.type(text); await page.keyboard.press('Enter'); };

/** The view at 1024×768 and 1440×900, light and dark. */
const shots = (name: string): Promise<string[]> => screenshotsAtBothSizes(page, `charter-${name}`);

/** [name, duration, predecessors]: Build 5d from Mon 4 Jan 2027, then the two milestones after it. */
const PLAN = [['Build checkout', '5d', null], ['Beta ready', '0d', '1'], ['Launch', '0d', '2']] as const;

describe('project charter and closure', () => {
  it('fills the charter with two objectives on milestones, sees their status, records closure after the last gate, and keeps it all after a reload', async () => {
    await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
    await settings.newProjectDialog.waitFor();
    await page.keyboard.type('Checkout revamp');
    await settings.newProjectDialog.getByLabel('Start date').fill('2027-01-04');
    await settings.newProjectDialog.getByLabel('Name', { exact: true }).press('Enter');
    await settings.newProjectDialog.waitFor({ state: 'detached' });
    await expect.poll(() => app.title.textContent()).toBe('Checkout revamp');

    // The plan by keyboard: names down the entry row, then durations and predecessors.
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    for (const [name] of PLAN) await typeCell(name);
    await press('PageUp', 'ArrowRight');
    for (const [, duration] of PLAN) await typeCell(duration);
    await press('PageUp', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    for (const [, , predecessors] of PLAN) { if (predecessors) await typeCell(predecessors); else await press('ArrowDown'); }
    await expect.poll(() => app.cell('Launch', 'predecessors').textContent()).toBe('2');

    // Baseline, then the build slips two days and the beta milestone is reached.
    await app.openView('Gantt');
    await (await gantt.control('button', 'Save baseline')).click();
    await app.expectNotice('Baseline saved.');
    await page.locator('.notice').filter({ hasText: 'Baseline saved.' }).getByRole('button', { name: 'Dismiss' }).click();
    await app.openView('Tasks');
    await app.editCell('Build checkout', 'duration', '7d');
    await app.editCell('Beta ready', 'percent', '100');
    await expect.poll(() => app.cell('Beta ready', 'percent').textContent()).toMatch(/^100/);

    // The charter: purpose, sponsor, approval, a line of scope, two objectives on the milestones.
    await charter.open();
    await charter.type(charter.section('Purpose and business case').getByLabel('Purpose', { exact: true }), 'Cut checkout drop-off before the sales season');
    await charter.type(charter.section('Purpose and business case').getByLabel('Sponsor', { exact: true }), 'Dana Okafor');
    const approval = charter.section('Purpose and business case').getByLabel('Approval date', { exact: true });
    const approvalSays = (): Promise<string> => charter.section('Purpose and business case').getByRole('status', { name: 'Approval' }).innerText();
    // A date ahead (the steering meeting, entered before it) is an approval planned, not given.
    await approval.fill(new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10));
    // Tab moves between the day, month and year of a date field; Enter leaves it.
    await approval.press('Enter');
    await expect.poll(approvalSays).toMatch(/^Not approved yet: planned for \w{3}, \w{3} \d{1,2}, \d{2,4}$/);
    await approval.fill('2026-11-02');
    await approval.press('Enter');
    await expect.poll(approvalSays).toBe('Approved by Dana Okafor');
    const inScope = charter.section('Scope').getByLabel('New line for in scope');
    await inScope.focus();
    await typeCell('Web checkout');
    await charter.addObjective('Beta for customers', 'Beta ready');
    await charter.addObjective('Launch on time', 'Launch');
    await expect.poll(() => charter.status('Beta for customers').innerText()).toBe('Achieved');
    await expect.poll(() => charter.status('Launch on time').innerText()).toBe('Late');
    expect(await charter.objective('Launch on time').innerText()).toContain("'Launch' is forecast after its baseline");
    expect(await charter.section('Objectives').innerText()).toContain('1 of 2 achieved');
    expect(await charter.closure.innerText()).toContain('Closure is offered when the last phase gate passes.');
    await shots('view');

    // A deliverable tied to the milestone that marks it, with its progress and forecast finish.
    const deliverables = charter.section('Deliverables');
    await deliverables.getByLabel('New deliverable').focus();
    await typeCell('Checkout live in production');
    const deliverable = deliverables.getByRole('listitem', { name: 'Deliverable Checkout live in production' });
    await deliverable.getByLabel('Task of Checkout live in production').selectOption({ label: '◆ Launch' });
    await expect.poll(() => deliverable.innerText()).toMatch(/0% done · finish /);
    // An objective measured by a target: a typo in the value is refused, named, and kept in the field to correct.
    const objectives = charter.section('Objectives');
    await objectives.getByLabel('New objective').focus();
    await typeCell('Faster checkout');
    const target = charter.objective('Faster checkout');
    await target.getByLabel('Measured by, Faster checkout').selectOption({ label: 'A target value' });
    await charter.type(target.getByLabel('Metric of Faster checkout'), 'p95 checkout time, ms');
    await target.getByLabel('Target direction of Faster checkout').selectOption({ label: 'At most' });
    const targetValue = target.getByLabel('Target value of Faster checkout');
    await targetValue.focus();
    await typeCell('2OO');
    await app.expectNotice("Objective 'Faster checkout', Target: The target value must be a number.");
    await page.locator('.notice').filter({ hasText: 'must be a number' }).getByRole('button', { name: 'Dismiss' }).click();
    expect(await targetValue.inputValue()).toBe('2OO');
    await charter.type(targetValue, '200');
    await charter.type(target.getByLabel('Current value of Faster checkout'), '240');
    await expect.poll(() => charter.status('Faster checkout').innerText()).toBe('Not met');
    expect(await target.innerText()).toContain('240 against at most 200');
    await charter.section('Assumptions and top risks').scrollIntoViewIfNeeded();
    expect(await charter.section('Assumptions and top risks').innerText()).toContain('None in the RAID log yet.');
    await shots('view-lower');

    // The last gate decided go: the Phases view offers closure, which opens the charter's closure.
    await phases.open();
    expect(await phases.page.getByRole('region', { name: 'Closure offer' }).count()).toBe(0);
    const last = phases.decision('Closure');
    await last.getByLabel('Decided by').fill('Dana Okafor');
    await last.getByRole('button', { name: 'Record decision' }).click();
    const offer = page.getByRole('region', { name: 'Closure offer' });
    await expect.poll(() => offer.innerText()).toContain('The last gate (Closure) has passed');
    // The offer stays in sight while the last gate's card, at the bottom, is on screen.
    expect(await offer.isVisible() && await last.isVisible()).toBe(true);
    const [offerBox, scrollBox] = [await offer.boundingBox(), await page.locator('.phases-scroll').boundingBox()];
    expect(offerBox && scrollBox && offerBox.y >= scrollBox.y && offerBox.y + offerBox.height <= scrollBox.y + scrollBox.height).toBe(true);
    await shots('phases-offer');
    await offer.getByRole('button', { name: 'Start closure' }).click();
    await page.getByRole('toolbar', { name: 'Charter actions' }).waitFor();
    await expect.poll(() => charter.checklist.innerText()).toContain('0 of 6 done');
    await charter.checklist.getByRole('checkbox', { name: 'Deliverables accepted by the sponsor', exact: true }).check();
    await expect.poll(() => charter.checklist.innerText()).toContain('1 of 6 done');
    const form = charter.lessons.getByRole('group', { name: 'New lesson' });
    await form.getByLabel('Lesson kind').selectOption({ label: 'What to improve' });
    await form.getByLabel('Lesson category').fill('Testing');
    await form.getByLabel('New lesson').focus();
    await typeCell('Load-test the payment page before the beta');
    const improve = charter.lessons.getByRole('group', { name: 'What to improve' });
    await expect.poll(() => improve.getByLabel(/^Lesson: /).inputValue()).toBe('Load-test the payment page before the beta');
    expect(await improve.getByLabel(/^Category of /).inputValue()).toBe('Testing');
    // Recording the lesson ticked the Closure gate's "Lessons learned recorded" in the same step.
    await expect.poll(() => charter.lessons.getByRole('status', { name: 'Closure gate criterion' }).innerText()).toBe("'Lessons learned recorded' is ticked at the Closure gate.");
    await shots('closure');
    await phases.open();
    const lessonsCriterion = phases.checklist('Closure').getByRole('checkbox', { name: 'Lessons learned recorded', exact: true });
    await expect.poll(() => lessonsCriterion.isChecked()).toBe(true);
    // One undo takes back the lesson and the tick; redo brings both back.
    await page.getByRole('banner').getByRole('button', { name: 'Undo Add lesson learned (ticks the Closure gate)', exact: true }).waitFor();
    await app.undo();
    await expect.poll(() => lessonsCriterion.isChecked()).toBe(false);
    await app.redo();
    await expect.poll(() => lessonsCriterion.isChecked()).toBe(true);
    await charter.open();
    await expect.poll(() => charter.lessons.getByRole('group', { name: 'What to improve' }).getByLabel(/^Lesson: /).inputValue()).toBe('Load-test the payment page before the beta');

    await app.waitSaved();
    await handle.reload();
    await charter.open();
    await expect.poll(() => charter.section('Purpose and business case').getByLabel('Purpose', { exact: true }).inputValue()).toBe('Cut checkout drop-off before the sales season');
    expect(await charter.section('Purpose and business case').getByLabel('Approval date', { exact: true }).inputValue()).toBe('2026-11-02');
    expect(await charter.section('Scope').getByLabel('In scope: Web checkout').inputValue()).toBe('Web checkout');
    await expect.poll(() => charter.status('Beta for customers').innerText()).toBe('Achieved');
    expect(await charter.status('Launch on time').innerText()).toBe('Late');
    expect(await charter.status('Faster checkout').innerText()).toBe('Not met');
    expect(await charter.section('Deliverables').getByLabel('Task of Checkout live in production').inputValue()).not.toBe('');
    expect(await charter.checklist.innerText()).toContain('1 of 6 done');
    expect(await charter.lessons.getByRole('group', { name: 'What to improve' }).getByLabel(/^Lesson: /).inputValue()).toBe('Load-test the payment page before the beta');
    await phases.open();
    expect(await phases.checklist('Closure').getByRole('checkbox', { name: 'Lessons learned recorded', exact: true }).isChecked()).toBe(true);
  // Sixteen screenshots (four views, two sizes, two schemes) on a shared machine: more than the default minute.
  }, 300_000);
});

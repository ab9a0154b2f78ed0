/**
 * An empty name in the registers: from an EMPTY project built by keyboard, a stakeholder's, a
 * phase's, an objective's and a change request's name cleared and left is refused with a notice,
 * and the field shows the stored name again (it stayed blank, reading as a stakeholder or phase
 * without a name until a reload), after a reload too.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { CharterPage } from './pages/charter-page';
import { PhasesPage } from './pages/phases-page';
import { StakeholdersPage } from './pages/stakeholders-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

/** Clears the field by keyboard and leaves it with `leave`. */
async function clear(field: Locator, leave: 'Tab' | 'Enter'): Promise<void> {
  await field.focus();
  await handle.page.keyboard.press('ControlOrMeta+A');
  await handle.page.keyboard.press('Delete');
  await handle.page.keyboard.press(leave);
}

const notices = (): Promise<string[]> => handle.page.locator('.notice').allInnerTexts();

describe('empty names in the registers', () => {
  it('refuses an empty stakeholder, phase, objective and change request name and shows the stored name again', async () => {
    const page = handle.page;
    await app.newEmptyProject();

    const stakeholders = new StakeholdersPage(page);
    await stakeholders.open();
    await stakeholders.addStakeholder('Dana Okafor');
    await stakeholders.addStakeholder('Lee Park');
    const lee = stakeholders.register.getByLabel('Name of Lee Park', { exact: true });
    await clear(lee, 'Tab');
    await app.expectNotice('A stakeholder needs a name.');
    expect(await lee.inputValue()).toBe('Lee Park');
    await screenshotsAtBothSizes(page, 'register-empty-names-stakeholders');

    const phases = new PhasesPage(page);
    await phases.open();
    await page.getByLabel('New phase').focus();
    await page.keyboard.type('Discovery');
    await page.keyboard.press('Enter');
    const discovery = phases.phase('Discovery').getByLabel('Phase name');
    await clear(discovery, 'Enter');
    await app.expectNotice("Phase 'Discovery': A phase needs a name.");
    expect(await discovery.inputValue()).toBe('Discovery');

    const charter = new CharterPage(page);
    await charter.open();
    await charter.section('Objectives').getByLabel('New objective').focus();
    await page.keyboard.type('Partner sign-ups');
    await page.keyboard.press('Enter');
    const title = charter.objective('Partner sign-ups').getByLabel('Objective title');
    await clear(title, 'Enter');
    await app.expectNotice("Objective 'Partner sign-ups': An objective needs a title.");
    expect(await title.inputValue()).toBe('Partner sign-ups');

    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Changes/ }).click();
    await page.getByLabel('New change request title').focus();
    await page.keyboard.type('Single sign-on for partners');
    await page.keyboard.press('Enter');
    const changeTitle = page.getByRole('complementary', { name: 'Change CR-001' }).getByLabel('Title', { exact: true });
    await clear(changeTitle, 'Enter');
    await app.expectNotice('Change CR-001: A change request needs a title.');
    expect(await changeTitle.inputValue()).toBe('Single sign-on for partners');
    // Leaving the field after the refusal does not refuse it again.
    const refusals = async (): Promise<number> => (await notices()).filter((n) => n.includes('needs a title')).length;
    const before = await refusals();
    await page.keyboard.press('Tab');
    await page.getByRole('complementary', { name: 'Change CR-001' }).getByLabel('Description', { exact: true }).waitFor();
    expect(await refusals()).toBe(before);
    await app.waitSaved();

    await handle.reload();
    await stakeholders.open();
    expect(await stakeholders.register.getByLabel('Name of Lee Park', { exact: true }).inputValue()).toBe('Lee Park');
    await phases.open();
    expect(await phases.names()).toContain('Discovery');
  });
});

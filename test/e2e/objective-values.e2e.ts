/**
 * An objective measured by a target, typed as a TPM writes numbers: from an EMPTY project built by
 * keyboard, a target of "1,500" sign-ups and a current "900" read as 1500 and 900, so the
 * objective is not met (the comma was read as a decimal point: a target of 1.5, met by 900), after
 * a reload too.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { CharterPage } from './pages/charter-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

describe('objective target values', () => {
  it('reads 1,500 as fifteen hundred, says the objective is not met at 900, and keeps it after reload', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    const charter = new CharterPage(page);
    await charter.open();
    const objectives = charter.section('Objectives');
    await objectives.getByLabel('New objective').focus();
    await page.keyboard.type('Partner sign-ups');
    await page.keyboard.press('Enter');
    const objective = charter.objective('Partner sign-ups');
    await objective.getByLabel('Measured by, Partner sign-ups').selectOption({ label: 'A target value' });
    await charter.type(objective.getByLabel('Metric of Partner sign-ups'), 'partners signed up');
    await charter.type(objective.getByLabel('Target value of Partner sign-ups'), '1,500');
    await charter.type(objective.getByLabel('Current value of Partner sign-ups'), '900');
    await expect.poll(() => charter.status('Partner sign-ups').innerText()).toBe('Not met');
    expect(await objective.innerText()).toContain('900 against at least 1,500');
    await charter.type(objective.getByLabel('Current value of Partner sign-ups'), '1,620');
    await expect.poll(() => charter.status('Partner sign-ups').innerText()).toBe('Achieved');
    await charter.type(objective.getByLabel('Current value of Partner sign-ups'), '900');
    await expect.poll(() => charter.status('Partner sign-ups').innerText()).toBe('Not met');
    await screenshotsAtBothSizes(page, 'objective-values', () => objective.scrollIntoViewIfNeeded());
    await app.waitSaved();

    await handle.reload();
    await charter.open();
    await expect.poll(() => charter.status('Partner sign-ups').innerText()).toBe('Not met');
    expect(await charter.objective('Partner sign-ups').getByLabel('Target value of Partner sign-ups').inputValue()).toBe('1,500');
  });
});

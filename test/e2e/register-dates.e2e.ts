/**
 * Dates typed by keyboard in the registers: from an EMPTY project built by keyboard, a change
 * request's Requested on and Decision date, the charter's approval date and a risk's review date
 * are typed as a person types them. A date is stored once the field is left (not a day per
 * keystroke: a native date field stored year 26 for "02302026"); an impossible date is refused by
 * name under the field and the stored date stays, after a reload too.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
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

const openView = (name: string): Promise<void> => handle.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();

/** The app's date form for an ISO day ("Sun, Mar 15, 26" in en-US). */
const shown = (iso: string): Promise<string> => handle.page.evaluate((d) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), iso);

describe('dates typed in the registers', () => {
  it('stores a change request\'s typed dates when left and refuses an impossible one by name, after reload too', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await openView('Changes');
    await page.getByLabel('New change request title').focus();
    await page.keyboard.type('Single sign-on for partners');
    await page.keyboard.press('Enter');
    const detail = page.getByRole('complementary', { name: 'Change CR-001' });
    const requestedOn = detail.getByLabel('Requested on', { exact: true });
    const requested = page.getByRole('table', { name: 'Change requests' }).locator('tbody tr').first().locator('td').last();
    const today = await requested.innerText();

    await app.typeOver(requestedOn, '2026-02-30', 'Tab');
    await expect.poll(() => detail.getByRole('alert').innerText()).toMatch(/^Requested on: /);
    expect(await requested.innerText()).toBe(today);
    await app.typeOver(requestedOn, '2026-03-15', 'Tab');
    await expect.poll(() => requested.innerText()).toBe(await shown('2026-03-15'));
    expect(await detail.getByRole('alert').count()).toBe(0);
    // One date typed is one edit: a single undo takes it back to the day the request was raised.
    await app.undo();
    await expect.poll(() => requested.innerText()).toBe(today);
    await app.redo();
    await expect.poll(() => requested.innerText()).toBe(await shown('2026-03-15'));

    await detail.getByRole('group', { name: 'CR-001 status' }).getByRole('button', { name: 'Start review' }).click();
    // An approval names who decided (Approve with Decision by empty is refused).
    await detail.getByLabel('Decision by', { exact: true }).fill('Steering group');
    await detail.getByLabel('Decision by', { exact: true }).press('Enter');
    await detail.getByRole('group', { name: 'CR-001 status' }).getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Change requests' }).innerText()).toContain('Approved');
    // The board met on the 20th; the request was approved in the app later.
    await app.typeOver(detail.getByLabel('Decision date', { exact: true }), '2026-03-20', 'Enter');
    await screenshotsAtBothSizes(page, 'register-dates-change');
    await app.waitSaved();

    await handle.reload();
    await openView('Changes');
    await page.getByRole('table', { name: 'Change requests' }).getByRole('button', { name: 'Single sign-on for partners' }).click();
    await expect.poll(() => requested.innerText()).toBe(await shown('2026-03-15'));
    expect(await detail.getByLabel('Requested on', { exact: true }).inputValue()).toBe('2026-03-15');
    expect(await detail.getByLabel('Decision date', { exact: true }).inputValue()).toBe('2026-03-20');
  });

  it('keeps the charter\'s approval and a risk\'s review date when an impossible date is typed over them', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    const charter = new CharterPage(page);
    await charter.open();
    const basics = charter.section('Purpose and business case');
    const approval = basics.getByLabel('Approval date', { exact: true });
    // A day already past: one ahead is an approval planned, not given.
    await app.typeOver(approval, '2026-11-02', 'Enter');
    await expect.poll(() => basics.getByRole('status', { name: 'Approval' }).innerText()).toBe('Approved');
    await app.typeOver(approval, '2027-02-30', 'Tab');
    await expect.poll(() => basics.getByRole('alert').innerText()).toMatch(/^Approval date: /);
    expect(await basics.getByRole('status', { name: 'Approval' }).innerText()).toBe('Approved');
    await screenshotsAtBothSizes(page, 'register-dates-charter');

    await openView('Risks');
    await page.getByRole('toolbar', { name: 'Risk register' }).getByRole('button', { name: 'Add risk' }).focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    await page.keyboard.type('Payment provider certification late');
    const reviewOn = editor.getByLabel('Review on', { exact: true });
    // As tall as the fields beside it (it was the app's 30 px among the form's 20 px ones).
    const height = async (field: Locator): Promise<number> => Math.round((await field.boundingBox())?.height ?? 0);
    expect(Math.abs(await height(reviewOn) - await height(editor.getByLabel('Status', { exact: true })))).toBeLessThanOrEqual(3);
    await app.typeOver(reviewOn, '2026-12-20', 'Tab');
    await app.typeOver(reviewOn, '2026-13-01', 'Tab');
    await expect.poll(() => editor.getByRole('alert').innerText()).toMatch(/^Review on: /);
    // Done does not close over a refused date: the message and what was typed stay to be corrected.
    await editor.getByRole('button', { name: 'Done' }).click();
    expect(await editor.count()).toBe(1);
    expect(await reviewOn.inputValue()).toBe('2026-13-01');
    await screenshotsAtBothSizes(page, 'register-dates-risk', () => reviewOn.scrollIntoViewIfNeeded());
    await app.typeOver(reviewOn, '2026-12-21', 'Tab');
    await editor.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => editor.count()).toBe(0);
    await app.waitSaved();

    await handle.reload();
    await charter.open();
    expect(await charter.section('Purpose and business case').getByLabel('Approval date', { exact: true }).inputValue()).toBe('2026-11-02');
    await openView('Risks');
    await page.getByRole('table', { name: 'Risks' }).getByRole('button', { name: 'Payment provider certification late' }).click();
    expect(await editor.getByLabel('Review on', { exact: true }).inputValue()).toBe('2026-12-21');
  });
});

/**
 * A change request decided by a board that met earlier: from an EMPTY project built by keyboard,
 * the decision date typed before Approve is the decision's date, as Decision by and Rationale are
 * (it was replaced by today), after a reload too. Approve with nobody named in Decision by is
 * refused with a notice saying where to name them, and the rationale and date typed stay.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

describe('change decision date', () => {
  it('keeps the decision date typed before approving, after reload too', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Changes/ }).click();
    await page.getByLabel('New change request title').focus();
    await page.keyboard.type('Single sign-on for partners');
    await page.keyboard.press('Enter');
    const detail = page.getByRole('complementary', { name: 'Change CR-001' });
    const status = detail.getByRole('group', { name: 'CR-001 status' });
    await status.getByRole('button', { name: 'Start review' }).focus();
    await page.keyboard.press('Enter');
    await detail.getByLabel('Decision by', { exact: true }).focus();
    await page.keyboard.type('Steering group');
    await page.keyboard.press('Enter');
    const decisionDate = detail.getByLabel('Decision date', { exact: true });
    await decisionDate.focus();
    await decisionDate.fill('2026-03-20');
    await decisionDate.press('Enter');
    await status.getByRole('button', { name: 'Approve' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('table', { name: 'Change requests' }).innerText()).toContain('Approved');
    expect(await decisionDate.inputValue()).toBe('2026-03-20');
    expect(await detail.getByLabel('Decision by', { exact: true }).inputValue()).toBe('Steering group');
    await screenshotsAtBothSizes(page, 'change-decision-date', () => detail.getByRole('region', { name: 'Decision' }).scrollIntoViewIfNeeded());
    await app.waitSaved();

    await handle.reload();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Changes/ }).click();
    await page.getByRole('table', { name: 'Change requests' }).getByRole('button', { name: 'Single sign-on for partners' }).click();
    await expect.poll(() => detail.getByLabel('Decision date', { exact: true }).inputValue()).toBe('2026-03-20');
  });

  it('refuses Approve while Decision by is empty, says where to name who decided, and keeps what was typed', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Changes/ }).click();
    await page.getByLabel('New change request title').focus();
    await page.keyboard.type('Single sign-on for partners');
    await page.keyboard.press('Enter');
    const detail = page.getByRole('complementary', { name: 'Change CR-001' });
    const status = detail.getByRole('group', { name: 'CR-001 status' });
    await status.getByRole('button', { name: 'Start review' }).focus();
    await page.keyboard.press('Enter');
    const decisionDate = detail.getByLabel('Decision date', { exact: true });
    await decisionDate.focus();
    await decisionDate.fill('2026-03-20');
    await decisionDate.press('Enter');
    // A textarea's text is part of its label's (React writes the default value as its content).
    const rationale = detail.getByLabel(/^Rationale/);
    await rationale.focus();
    await page.keyboard.type('Partners asked for it in the Q1 review');
    await status.getByRole('button', { name: 'Approve' }).focus();
    await page.keyboard.press('Enter');

    const said = 'Change CR-001: Approve needs who decided: type the name in Decision by, in the Decision section of this request, then approve.';
    await app.expectNotice(said);
    expect((await page.locator('.notice').allInnerTexts()).filter((n) => n.includes(said))).toHaveLength(1);
    expect(await page.getByRole('table', { name: 'Change requests' }).innerText()).toContain('Under review');
    expect(await decisionDate.inputValue()).toBe('2026-03-20');
    expect(await rationale.inputValue()).toBe('Partners asked for it in the Q1 review');
    await screenshotsAtBothSizes(page, 'change-approve-unnamed', () => detail.getByRole('region', { name: 'Decision' }).scrollIntoViewIfNeeded());

    // The keyboard is where the name goes: typing it and clicking Approve straight away (the name
    // is stored as the field is left) decides the request.
    await page.keyboard.type('Steering group');
    await status.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Change requests' }).innerText()).toContain('Approved');
    expect(await detail.getByLabel('Decision by', { exact: true }).inputValue()).toBe('Steering group');
    expect(await rationale.inputValue()).toBe('Partners asked for it in the Q1 review');
    expect(await decisionDate.inputValue()).toBe('2026-03-20');
  });
});

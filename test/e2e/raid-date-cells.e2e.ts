/**
 * The registers' date cells are the app's date field (they were the browser's date inputs, which
 * read typed keys as month/day/year segments): from an EMPTY project built by keyboard, an issue's
 * due date, an assumption's validate-by date and a communication's next due date are typed
 * YYYY-MM-DD or picked in the calendar (Alt+↓), and are what the page shows and keeps after a reload.
 * An issue due before today is "overdue"; an impossible date (Feb 30) is refused with a message
 * naming the field and the stored date kept, Esc puts it back in the box, and an emptied cell clears the date.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { RisksPage } from './pages/risks-page';
import { StakeholdersPage } from './pages/stakeholders-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let page: Page;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
});

async function expectAppDateField(field: Locator, cell: Locator): Promise<void> {
  expect(await field.getAttribute('type')).toBe('text');
  expect(await field.getAttribute('placeholder')).toBe('YYYY-MM-DD');
  expect(await cell.getByRole('button', { name: 'Open calendar' }).count()).toBe(1);
}

/** Opens the field's calendar by Alt+↓, moves a day on and picks it by Enter, with pictures of it open. */
async function pickNextDay(field: Locator, label: string, name: string): Promise<void> {
  await field.focus();
  await page.keyboard.press('Alt+ArrowDown');
  const calendar = page.getByRole('dialog', { name: `Calendar: ${label}` });
  await calendar.waitFor();
  // The popover follows a resized window a frame or two later (it repositions on resize): wait for it to settle on screen.
  const inView = async (): Promise<void> => {
    await expect.poll(async () => {
      const box = await calendar.boundingBox();
      const size = page.viewportSize();
      return Boolean(box && size && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height);
    }, { message: 'calendar on screen', timeout: 5_000 }).toBe(true);
  };
  await screenshotsAtBothSizes(page, name, inView);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await calendar.waitFor({ state: 'detached' });
}

describe('register date cells', () => {
  it('keep typed and picked dates, flag an overdue issue, refuse an impossible date, put back on Esc and clear when emptied', async () => {
    await app.newEmptyProject('Register dates');
    await app.typeTasks([['Build', '4d']]);
    const risks = new RisksPage(app);
    await app.openView('Risks');
    await page.getByRole('tab', { name: 'Issues' }).click();
    await risks.addLine('New issue title', 'Payment sandbox down');
    const issues = page.getByRole('table', { name: 'Issues' });
    const dueCell = issues.getByRole('row').filter({ hasText: 'Payment sandbox down' }).getByRole('cell').nth(5);
    const due = issues.getByLabel('I-001 due', { exact: true });
    await expectAppDateField(due, dueCell);

    // Due years ago: overdue on any day this runs.
    await app.typeOver(due, '2020-01-06', 'Tab');
    expect(await due.inputValue()).toBe('2020-01-06');
    await expect.poll(() => dueCell.innerText()).toContain('overdue');

    // Feb 30: refused by name, what was typed stays to be corrected, the stored date (and its flag) too.
    await app.typeOver(due, '2027-02-30', 'Tab');
    const message = dueCell.getByRole('alert');
    await expect.poll(() => message.innerText()).toBe('I-001 due: \'2027-02-30\' is not a real date: there is no such day in the calendar.');
    expect(await due.inputValue()).toBe('2027-02-30');
    expect(await due.getAttribute('aria-invalid')).toBe('true');
    expect(await dueCell.innerText()).toContain('overdue');
    // The issues log's eight columns still fit 1024 px with the message showing.
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const control of ['I-001 status', 'I-001 due']) {
      const box = await issues.getByLabel(control, { exact: true }).boundingBox();
      expect((box?.x ?? 2000) + (box?.width ?? 0), control).toBeLessThanOrEqual(1024);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshotsAtBothSizes(page, 'raid-date-cells-refused');
    await due.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => due.inputValue()).toBe('2020-01-06');
    expect(await message.count()).toBe(0);
    await page.keyboard.press('Tab');

    // A date to come: no longer overdue.
    await app.typeOver(due, '2099-03-15', 'Enter');
    await expect.poll(() => dueCell.innerText()).not.toContain('overdue');
    await pickNextDay(due, 'I-001 due', 'raid-date-cells-issue-calendar');
    expect(await due.inputValue()).toBe('2099-03-16');

    await page.getByRole('tab', { name: 'Assumptions' }).click();
    await risks.addLine('New assumption', 'The vendor keeps its dates');
    const assumptions = page.getByRole('table', { name: 'Assumptions' });
    const validateBy = assumptions.getByLabel('A-001 validate by', { exact: true });
    await expectAppDateField(validateBy, assumptions.getByRole('row').filter({ hasText: 'The vendor keeps its dates' }));
    await app.typeOver(validateBy, '2026-04-01', 'Tab');
    await app.typeOver(validateBy, '2026-04-31', 'Tab');
    await expect.poll(() => assumptions.getByRole('alert').innerText()).toBe('A-001 validate by: \'2026-04-31\' is not a real date: there is no such day in the calendar.');
    await app.typeOver(validateBy, '2026-04-30', 'Tab');
    expect(await assumptions.getByRole('alert').count()).toBe(0);
    await pickNextDay(validateBy, 'A-001 validate by', 'raid-date-cells-assumption-calendar');
    expect(await validateBy.inputValue()).toBe('2026-05-01');

    const stakeholders = new StakeholdersPage(page);
    await stakeholders.open();
    await stakeholders.tab('Communication plan');
    await risks.addLine('New communication', 'Steering committee update');
    const next = stakeholders.communications.getByLabel('Next due of Steering committee update', { exact: true });
    await expectAppDateField(next, stakeholders.communications);
    await app.typeOver(next, '2020-01-06', 'Tab');
    await expect.poll(() => stakeholders.dueThisWeek.innerText()).toMatch(/Steering committee update · due .* · overdue/);
    await expect.poll(() => stakeholders.communications.innerText()).toContain('Overdue');
    await app.typeOver(next, '2099-07-01', 'Tab');
    await expect.poll(() => stakeholders.communications.innerText()).not.toContain('Overdue');
    await pickNextDay(next, 'Next due of Steering committee update', 'communication-plan-date-calendar');
    expect(await next.inputValue()).toBe('2099-07-02');
    // Emptied: no next due date.
    await app.typeOver(next, '', 'Tab');
    expect(await stakeholders.communications.getByRole('alert').count()).toBe(0);

    // The issue's due date emptied clears it too.
    await app.openView('Risks');
    await page.getByRole('tab', { name: 'Issues' }).click();
    await app.typeOver(due, '', 'Tab');
    expect(await issues.getByRole('alert').count()).toBe(0);
    await app.waitSaved();

    await handle.reload();
    await app.openView('Risks');
    await page.getByRole('tab', { name: 'Issues' }).click();
    await expect.poll(() => due.inputValue()).toBe('');
    expect(await dueCell.innerText()).not.toContain('overdue');
    await page.getByRole('tab', { name: 'Assumptions' }).click();
    await expect.poll(() => validateBy.inputValue()).toBe('2026-05-01');
    await stakeholders.open();
    await stakeholders.tab('Communication plan');
    await expect.poll(() => next.inputValue()).toBe('');
    await screenshotsAtBothSizes(page, 'communication-plan-date-cells');
  }, 180_000);
});

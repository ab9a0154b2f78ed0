/**
 * The Reports view's status date is the app's own date field, as the Cost view's and the
 * dialogs' dates are: from an EMPTY project built by keyboard, a date typed is the report's;
 * an emptied field or an impossible date (Feb 30) is refused with a message naming the field,
 * said once, under the field: the preview keeps the report of the date kept, greyed, and says which
 * date that is (it said "No report: …" again, two messages of one problem in a meeting). Nothing
 * refused is stored: after a reload the report is of the date typed before.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { ReportsPage } from './pages/reports-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;
let reports: ReportsPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  reports = new ReportsPage(page);
});

/** Lines on the page (the report frame aside) that say the status date typed is missing or not a date. */
async function problemLines(): Promise<string[]> {
  const lines = (await page.locator('body').innerText()).split('\n');
  return lines.filter((line) => /date is needed|not a (real )?date|no such day|without a status date|no report/i.test(line));
}

describe('the Reports view\'s status date field', () => {
  it('reports at a typed date and refuses an empty or impossible one with one message, storing neither', async () => {
    await app.newEmptyProject('Report field');
    await app.typeTasks([['Design', '2d']]);
    await reports.open();
    const field = reports.statusDate;
    expect(await field.getAttribute('type')).toBe('text');
    expect(await field.getAttribute('placeholder')).toBe('YYYY-MM-DD');
    expect(await reports.toolbar.getByRole('button', { name: 'Open calendar' }).count()).toBe(1);

    await app.typeOver(reports.statusDate, '2031-03-14', 'Enter');
    await expect.poll(() => reports.text()).toContain('Fri, Mar 14, 31');
    const message = reports.toolbar.getByRole('alert');
    const issue = reports.issueButton;
    const note = reports.view.getByRole('region', { name: 'Report preview' }).getByRole('note');
    const exportPdf = reports.toolbar.getByRole('button', { name: 'Export PDF' });
    expect(await note.count()).toBe(0);

    // Emptied: said once, under the field; the preview keeps the report of the date kept.
    await app.typeOver(reports.statusDate, '', 'Tab');
    await expect.poll(() => message.innerText()).toBe('Status date: a date is needed here.');
    expect(await field.inputValue()).toBe('');
    expect(await problemLines()).toEqual(['Status date: a date is needed here.']);
    expect(await note.innerText()).toBe('Still showing the report as of Fri, Mar 14, 31.');
    expect(await reports.text()).toContain('Fri, Mar 14, 31');
    expect(await issue.isDisabled()).toBe(true);
    expect(await exportPdf.isDisabled()).toBe(true);
    await screenshotsAtBothSizes(page, 'report-status-date-emptied');

    // Impossible: refused by name, once, in the field.
    await app.typeOver(reports.statusDate, '2026-02-30', 'Enter');
    await expect.poll(() => message.innerText()).toBe('Status date: \'2026-02-30\' is not a real date: there is no such day in the calendar.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await problemLines()).toEqual(['Status date: \'2026-02-30\' is not a real date: there is no such day in the calendar.']);
    expect(await note.innerText()).toBe('Still showing the report as of Fri, Mar 14, 31.');
    expect(await reports.text()).toContain('Fri, Mar 14, 31');
    expect(await issue.isDisabled()).toBe(true);
    expect(await exportPdf.isDisabled()).toBe(true);
    await screenshotsAtBothSizes(page, 'report-status-date-refused');
    await app.waitSaved();

    // Neither was stored: the report is of the date typed before.
    await handle.reload();
    await reports.open();
    await expect.poll(() => field.inputValue()).toBe('2031-03-14');
    await expect.poll(() => reports.text()).toContain('Fri, Mar 14, 31');
    expect(await message.count()).toBe(0);
    expect(await note.count()).toBe(0);
    expect(await problemLines()).toEqual([]);
    await screenshotsAtBothSizes(page, 'report-status-date-field');
  }, 120_000);
});

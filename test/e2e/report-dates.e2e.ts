/**
 * The status report writes its days as the rest of the app does: an empty project from Mon 4 Jan
 * 2027 by keyboard, Design (5d) then Launch (a milestone after it). The report as of Fri 1 Jan, before the start, on
 * screen, in its Markdown file and in the issued reports' list, says the project finish and the
 * status date as the task table's Finish cell and the top bar write them ("Fri, Jan 8, 27"); it
 * wrote "Fri 8 Jan 2027" beside the top bar's "Fri, Jan 8, 27".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';
import { ReportsPage } from './pages/reports-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

/** A day as the report wrote it before: "Fri 8 Jan 2027". */
const REPORT_OWN_DAY = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}\b/;

describe('the status report’s days', () => {
  it('read as the task table and the top bar write them, on screen, in the Markdown file and in the issued list', async () => {
    await newProjectStarting(page, 'Payments platform migration', '2027-01-04');
    await app.typeTasks([['Design', '5d'], ['Launch', '0d']]);
    await app.typeDown('Launch', 'predecessors', ['1']);
    await app.waitSaved();
    const finish = await app.cell('Design', 'finish').innerText();
    expect(finish).toMatch(/^Fri/);
    expect(await app.topBarFacts()).toContain(finish);

    const reports = new ReportsPage(page);
    await reports.open();
    await reports.setStatusDate('2027-01-01');
    await reports.setAudience('Team report');
    await expect.poll(() => reports.text()).toContain(`forecast finish ${finish}`);
    const shown = await reports.text();
    expect(shown).toContain(`Forecast finish: ${finish}.`);
    expect(shown).not.toMatch(REPORT_OWN_DAY);
    const statusDay = /Status report · ([^·]+) ·/.exec(shown)?.[1]?.trim() ?? '';
    expect(statusDay).toMatch(/^Fri.*27$/);

    const md = (await new FilesPage(page).download(() => reports.toolbar.getByRole('button', { name: 'Export Markdown' }).click())).text;
    expect(md).toContain(`status report, ${statusDay}`);
    expect(md).toContain(`forecast finish ${finish}`);
    expect(md).not.toMatch(REPORT_OWN_DAY);

    await reports.issue();
    await expect.poll(() => reports.history.innerText()).toContain(statusDay);
    expect(await reports.history.innerText()).toContain(`Finish ${finish}`);
    await screenshotsAtBothSizes(page, 'report-dates');
  }, 90_000);
});

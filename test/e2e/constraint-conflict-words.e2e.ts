/**
 * A constraint the links cannot meet is worded as a scheduling conflict a TPM acts on: which task
 * is late for it and by how much, in the app's durations. An empty project starting Mon 4 Jan 2027,
 * by keyboard: Design (5d, to Fri 8 Jan) and Build (2d) after it (#1 in its Predecessors). Build
 * must finish no later than Fri 8 Jan, so Design is 2d late (its Slack cell reads "-2d"); then Build
 * must start on Thu 7 Jan: Design is still 2d late. The warning said "Task 'Build' has a 'finish no
 * later than ...' constraint but its predecessors need it later; it keeps the constraint date with
 * 0 minutes of negative slack", naming neither the late task nor the amount.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

describe('a constraint conflict’s warning', () => {
  it('names the late predecessor, by how much, and the constraint it is late for, also after a reload', async () => {
    await newProjectStarting(page, 'Payments platform migration', '2027-01-04');
    await app.typeTasks([['Design', '5d'], ['Build', '2d']]);
    await app.typeDown('Build', 'predecessors', ['1']);
    await app.showColumns(['Constraint', 'Total slack']);

    await app.constrain('Build', 'Finish no later than', '2027-01-08');
    await expect.poll(() => app.cell('Design', 'totalSlack').innerText()).toBe('-2d');
    const finishBy = (await app.cell('Build', 'constraint').innerText()).replace('Finish no later than ', '');
    expect(finishBy).toMatch(/^Fri.*27$/);
    let text = await app.scheduleWarnings();
    expect(text).toContain(`Scheduling conflict: 'Design' is 2d late for 'Build' to finish no later than ${finishBy} 17:00 (its 'finish no later than' constraint).`);
    expect(text).toContain("'Build' keeps the constraint date and 'Design' shows the negative slack: move the constraint, or shorten or unlink 'Design'.");
    expect(text).not.toMatch(/0 minutes|\d{4}-\d{2}-\d{2}/);
    await screenshotsAtBothSizes(page, 'constraint-conflict-words', async () => { await app.scheduleWarnings(); });
    await page.keyboard.press('Escape');

    await app.constrain('Build', 'Must start on', '2027-01-07');
    const startOn = (await app.cell('Build', 'constraint').innerText()).replace('Must start on ', '');
    expect(startOn).toMatch(/^Thu.*27$/);
    await app.waitSaved();
    await page.reload();
    await app.openView('Tasks');
    text = await app.scheduleWarnings();
    expect(text).toContain(`Scheduling conflict: 'Design' is 2d late for 'Build' to start on ${startOn} 09:00 (its 'must start on' constraint).`);
  }, 60_000);
});

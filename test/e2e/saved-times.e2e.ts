/**
 * When a baseline or a snapshot was saved reads one way wherever it is shown, as the simulation
 * results and the merge preview write an instant: the app's date, then the time, in the person's
 * own zone ("Mon, Mar 2, 26, 5:15 AM"). From an EMPTY project built by keyboard, in Kathmandu
 * (UTC+5:45, so a time read in UTC has other minutes and, late in the UTC day, another day): save
 * a baseline at 23:30 UTC on Sunday 1 March 2026 (Monday 05:15 there), a snapshot at 06:20 UTC on
 * Monday (12:05 there), and read both in the Baselines dialog, the Gantt's replace-baseline
 * question, the Snapshots dialog and the Compare chooser; the Baselines dialog again after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';
import { MergePage } from './pages/merge-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest({ locale: 'en-US', timezoneId: 'Asia/Kathmandu' });
let page: Page;
let app: AppPage;
let costs: CostsPage;
let files: FilesPage;
let gantt: GanttPage;
let merge: MergePage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
  files = new FilesPage(page);
  gantt = new GanttPage(page);
  merge = new MergePage(page);
});

const BASELINE_SAVED_AT = '2026-03-01T23:30:00.000Z';
const SNAPSHOT_TAKEN_AT = '2026-03-02T06:20:00.000Z';

/** Spaces as a person sees them: Intl writes a narrow no-break space before "AM". */
const spaced = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * An instant as a person reads it off their own calendar and clock (the page's locale and zone):
 * the day as the app writes dates, then the hour and minute.
 */
async function readOffTheClock(iso: string): Promise<string> {
  return spaced(await page.evaluate((at) => {
    const instant = new Date(at);
    const day = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit' }).format(instant);
    const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(instant);
    return `${day}, ${time}`;
  }, iso));
}

interface PlanFile { project: { baselines: Record<string, { name: string; savedAt: string }> } }

describe('saved times read as the app writes an instant', () => {
  it('writes when a baseline and a snapshot were saved as the app writes an instant, in every dialog that shows it', async () => {
    await page.clock.setFixedTime(new Date(BASELINE_SAVED_AT));
    await newProjectStarting(page, 'Saved times', '2026-03-02');
    await app.typeTasks([['Design', '2d'], ['Build', '3d']]);
    await app.openView('Gantt');
    await (await gantt.control('button', 'Save baseline')).focus();
    await page.keyboard.press('Enter');
    await app.expectNotice('Baseline saved.');
    await app.waitSaved();

    // The instant the plan holds, read as the person's clock shows it: Monday 05:15 in Kathmandu.
    const saved = await files.download(() => files.choose('Save as .plotline…'));
    const [baseline] = Object.values((JSON.parse(saved.text) as PlanFile).project.baselines);
    expect(baseline?.savedAt).toBe(BASELINE_SAVED_AT);
    const baselineTime = await readOffTheClock(BASELINE_SAVED_AT);
    expect(baselineTime).toBe('Mon, Mar 2, 26, 5:15 AM');

    // Save baseline again asks before replacing it, naming when it was saved.
    await (await gantt.control('button', 'Save baseline')).focus();
    await page.keyboard.press('Enter');
    const replace = page.getByRole('dialog', { name: 'Replace the baseline?' });
    await expect.poll(async () => spaced(await replace.innerText())).toContain(`“Baseline”, saved ${baselineTime}, will hold the plan as it is now`);
    // The More popover that held Save baseline has closed: it sat over the question's text at 1024 px.
    expect(await page.getByRole('dialog', { name: 'More Gantt options' }).count()).toBe(0);
    await screenshotsAtBothSizes(page, 'saved-times-replace-baseline');
    await page.keyboard.press('Escape');
    await replace.waitFor({ state: 'detached' });

    await app.openView('Costs');
    await costs.toolbar.getByRole('button', { name: 'Baselines…' }).focus();
    await page.keyboard.press('Enter');
    await costs.baselinesDialog.waitFor();
    await expect.poll(async () => spaced((await costs.baselineRow('Baseline')).saved)).toBe(baselineTime);
    await screenshotsAtBothSizes(page, 'saved-times-baselines');
    await costs.baselinesDialog.getByRole('button', { name: 'Close', exact: true }).click();

    // Later that morning the page is hidden a moment: the app keeps a snapshot (12:05 in Kathmandu).
    await page.clock.setFixedTime(new Date(SNAPSHOT_TAKEN_AT));
    await files.hidePageMomentarily();
    const snapshotTime = await readOffTheClock(SNAPSHOT_TAKEN_AT);
    expect(snapshotTime).toBe('Mon, Mar 2, 26, 12:05 PM');
    await files.choose('Restore from snapshot…');
    const snapshots = files.dialog('Restore from snapshot').getByRole('table', { name: 'Snapshots' });
    await expect.poll(() => snapshots.getByRole('row').count()).toBe(2);
    const [taken, project] = await snapshots.getByRole('row').nth(1).getByRole('cell').allInnerTexts();
    expect([spaced(taken ?? ''), project]).toEqual([snapshotTime, 'Saved times']);
    await screenshotsAtBothSizes(page, 'saved-times-snapshots');
    await files.dialog('Restore from snapshot').getByRole('button', { name: 'Close', exact: true }).click();

    const chooser = await merge.openCompare();
    const baselineLine = chooser.getByRole('region', { name: 'Baselines' }).getByText(/^saved /);
    await expect.poll(async () => spaced(await baselineLine.innerText())).toBe(`saved ${baselineTime}, 2 tasks`);
    const snapshotButton = chooser.getByRole('region', { name: 'Snapshots' }).getByRole('button', { name: /^Snapshot / });
    await expect.poll(async () => spaced(await snapshotButton.innerText())).toBe(`Snapshot ${snapshotTime}`);
    await screenshotsAtBothSizes(page, 'saved-times-compare');
    await chooser.getByRole('button', { name: 'Cancel' }).click();

    await fixture.handle.reload();
    await app.openView('Costs');
    await costs.toolbar.getByRole('button', { name: 'Baselines…' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => spaced((await costs.baselineRow('Baseline')).saved)).toBe(baselineTime);
  });
});

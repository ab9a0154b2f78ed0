/**
 * The charter's approval date saying why it refused a date does not move the fields beside it:
 * from an EMPTY project built by keyboard, an impossible approval date (Feb 30) shows its message
 * under the date field, and the Sponsor field and the approval's status stay where they were, at
 * 1024 and 1440 px.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { CharterPage } from './pages/charter-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let handle: AppHandle;
let app: AppPage;
let charter: CharterPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  charter = new CharterPage(handle.page);
});

/** Where the Sponsor field and the approval status sit, rounded to whole pixels. */
async function places(basics: Locator): Promise<number[][]> {
  const boxes = [await basics.getByLabel('Sponsor', { exact: true }).boundingBox(), await basics.getByRole('status', { name: 'Approval' }).boundingBox()];
  return boxes.map((b) => (b ? [b.x, b.y, b.width, b.height].map(Math.round) : []));
}

describe('charter approval date', () => {
  it('shows its error under itself without moving Sponsor or the status', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await charter.open();
    const basics = charter.section('Purpose and business case');
    await charter.type(basics.getByLabel('Sponsor', { exact: true }), 'Dana Okafor');
    const approval = basics.getByLabel('Approval date', { exact: true });

    const before = await places(basics);
    // In the order they are read: Sponsor, then the date, then its status.
    expect(before[1]?.[0]).toBeGreaterThan((before[0]?.[0] ?? 0) + (before[0]?.[2] ?? 0));
    await charter.type(approval, '2027-02-30');
    await expect.poll(() => basics.getByRole('alert').innerText()).toMatch(/^Approval date: /);
    expect(await places(basics)).toEqual(before);
    await screenshotsAtBothSizes(page, 'charter-approval-error', () => basics.scrollIntoViewIfNeeded());

    // At 1440 too: the message going (a real date typed) moves nothing either.
    await page.setViewportSize({ width: 1440, height: 900 });
    const withError = await places(basics);
    // A day already past: one ahead is an approval planned, not given.
    await charter.type(approval, '2026-03-01');
    await expect.poll(() => basics.getByRole('alert').count()).toBe(0);
    await expect.poll(() => basics.getByRole('status', { name: 'Approval' }).innerText()).toBe('Approved by Dana Okafor');
    expect((await places(basics))[0]).toEqual(withError[0]);
    expect((await places(basics))[1]?.slice(0, 2)).toEqual(withError[1]?.slice(0, 2));
  });
});

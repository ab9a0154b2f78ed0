/**
 * A done task given a longer duration keeps the work done and moves its finish out, as MS Project
 * does (3d done of 6d: 50 %), and its successor follows; a shorter one stays done and finishes
 * sooner. Before, the new duration sat beside the old dates ("6d" on a 3-day span) and nothing
 * moved. From an empty project built by keyboard; the dates read on screen, then after a reload.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let page: Page;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
});

const text = async (task: string, column: string): Promise<string> => (await app.cell(task, column).textContent()) ?? '';
/** Working days from a start to a finish as the table shows them ("Mon, Dec 14, 26"), Monday to Friday. */
function workingDays(from: string, to: string): number {
  const day = (shown: string): Date => new Date(`${shown.replace(/^\w+, /, '').replace(/, (\d\d)$/, ', 20$1')} 12:00`);
  let count = 0;
  for (const d = day(from); d <= day(to); d.setDate(d.getDate() + 1)) if (d.getDay() !== 0 && d.getDay() !== 6) count++;
  return count;
}

describe('a new duration on a done task', () => {
  it('keeps the work done and moves the finish, with its successor', async () => {
    await app.newEmptyProject('Release');
    await app.typeTasks([['Requirements', '3d'], ['Wireframes', '2d']]);
    await app.editCell('Wireframes', 'predecessors', '1');
    await expect.poll(() => text('Wireframes', 'predecessors')).toBe('1');
    await app.editCell('Requirements', 'percent', '100');
    await expect.poll(() => text('Requirements', 'percent')).toBe('100%');
    const start = await text('Requirements', 'start');
    expect(workingDays(start, await text('Requirements', 'finish'))).toBe(3);
    const wireStartBefore = await text('Wireframes', 'start');

    await app.editCell('Requirements', 'duration', '6d');
    await expect.poll(() => text('Requirements', 'duration')).toBe('6d');
    await expect.poll(() => text('Requirements', 'percent')).toBe('50%');
    expect(await text('Requirements', 'start')).toBe(start);
    await expect.poll(async () => workingDays(start, await text('Requirements', 'finish'))).toBe(6);
    expect(await text('Wireframes', 'start')).not.toBe(wireStartBefore);
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshotsAtBothSizes(page, 'done-task-duration');

    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => text('Requirements', 'percent')).toBe('50%');
    expect(workingDays(start, await text('Requirements', 'finish'))).toBe(6);

    // Done again, then shorter: it stays done and finishes after its new duration.
    await app.editCell('Requirements', 'percent', '100');
    await app.editCell('Requirements', 'duration', '2d');
    await expect.poll(() => text('Requirements', 'duration')).toBe('2d');
    expect(await text('Requirements', 'percent')).toBe('100%');
    await expect.poll(async () => workingDays(start, await text('Requirements', 'finish'))).toBe(2);
  }, 120_000);
});

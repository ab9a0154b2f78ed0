/**
 * The top bar's summary of the plan, from an EMPTY project built by keyboard. It said "1 tasks";
 * it counts as a person does ("1 task", "2 tasks").
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

describe('the top bar\'s summary', () => {
  it('counts one task as "1 task" and two as "2 tasks"', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await app.newEmptyProject('Payments platform migration');
    await app.typeTasks([['Discovery', '3d']]);
    await expect.poll(() => app.topBarFacts()).toMatch(/ · 1 task$/);
    await app.typeTasks([['Design', '2d']]);
    await expect.poll(() => app.topBarFacts()).toMatch(/ · 2 tasks$/);
  });
});

/**
 * A phase gate's decision date is the app's own date field, as every register's: from an EMPTY
 * project built by keyboard, the date is typed (ISO, as anywhere in the app; a native date box
 * read the same keys as month, day and year segments), has the calendar button beside it, and the
 * recorded decision carries that day, after a reload too.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { PhasesPage } from './pages/phases-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;
let phases: PhasesPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  phases = new PhasesPage(handle.page);
});

/** How the app writes a date (features/shared/format.ts formatDate, in the browser's locale). */
/** The recorded decision as one line (its parts are laid out on lines of their own). */
const said = async (decision: ReturnType<PhasesPage['decision']>): Promise<string> => (await decision.getByRole('status').innerText()).replace(/\s+/g, ' ');

const shown = (iso: string): Promise<string> => handle.page.evaluate((d) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' })
  .format(new Date(`${d}T00:00:00Z`)), iso);

describe('gate decision date', () => {
  it('is typed in the app\'s date field and recorded with the decision, after a reload too', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await phases.open();
    const decision = phases.decision('Initiation');
    const date = decision.getByLabel('Date', { exact: true });

    await date.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2027-01-06');
    await decision.getByLabel('Decided by', { exact: true }).focus();
    await page.keyboard.type('Dana Okafor');
    await decision.getByRole('button', { name: 'Record decision' }).focus();
    await page.keyboard.press('Enter');
    const recorded = `Go on ${await shown('2027-01-06')} by Dana Okafor`;
    await expect.poll(() => said(decision)).toContain(recorded);
    expect(await date.inputValue()).toBe('2027-01-06');
    expect(await date.getAttribute('type')).toBe('text');
    expect(await decision.getByRole('button', { name: 'Open calendar' }).count()).toBe(1);
    await screenshotsAtBothSizes(page, 'gate-decision-date', () => decision.scrollIntoViewIfNeeded());
    // At 1024 px every control of the form stays on the card (the wider date field pushed Notes off it).
    await page.setViewportSize({ width: 1024, height: 768 });
    const overhang = await decision.evaluate((group) => {
      const right = group.getBoundingClientRect().right;
      return [...group.querySelectorAll('input, select, button')].map((c) => c.getBoundingClientRect().right - right).filter((d) => d > 0.5);
    });
    expect(overhang).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
    await app.waitSaved();

    await handle.reload();
    await phases.open();
    await expect.poll(() => said(phases.decision('Initiation'))).toContain(recorded);
  });

  it('asks who decided at the field, and records on Enter in Decided by, as a form does', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await phases.open();
    const decision = phases.decision('Planning');
    const decider = decision.getByLabel('Decided by', { exact: true });
    await decision.getByLabel('Notes', { exact: true }).focus();
    await page.keyboard.type('Budget agreed');
    await page.keyboard.press('Enter');
    // Nobody named: the field says so and takes the keyboard; nothing is recorded.
    await expect.poll(() => decision.getByRole('alert').innerText()).toBe('Say who decided.');
    expect(await decider.getAttribute('aria-invalid')).toBe('true');
    expect(await decider.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await decision.getByText('Not decided yet.').count()).toBe(1);
    await screenshotsAtBothSizes(page, 'gate-decision-who', () => decision.scrollIntoViewIfNeeded());
    await page.keyboard.type('Dana Okafor');
    expect(await decision.getByRole('alert').count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => said(decision)).toMatch(/^Go on .* by Dana Okafor · Budget agreed/);
  });
});

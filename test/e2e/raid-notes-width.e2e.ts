/**
 * The Issues and Decisions logs' free text uses a wide window. At 1440x900 the root cause,
 * resolution, rationale and alternatives fields stopped at the register's 160 px while the Owner
 * and Due columns spread over empty room, and a note a sentence long ended in '…' there. From an
 * EMPTY project built by keyboard (an issue with its root cause and resolution, a decision with
 * who decided, its rationale and the alternatives considered, each typed in): at 1440 each note's
 * field is wider than 160 px and neither table scrolls sideways or puts a column past its edge;
 * at 1024x768 both still fit, a note too long ending in '…' with its tooltip. Photographed at both
 * sizes, light and dark.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { RisksPage } from './pages/risks-page';
import { newProjectStarting } from './pages/shared-projects';
import { tableFit } from './pages/table-geometry';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let page: Page;
let app: AppPage;
let risks: RisksPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  risks = new RisksPage(app);
});

const ISSUE_COLUMNS = ['ID', 'Title', 'Tasks', 'Priority / status', 'Owner', 'Due', 'Root cause / resolution'];
const DECISION_COLUMNS = ['ID', 'Decision', 'Date', 'Decided by', 'Rationale', 'Alternatives considered', 'Risks'];
const NOTES = {
  'I-001 root cause': 'Vendor moved its test servers',
  'I-001 resolution': 'Point the sandbox at the new hosts',
  'D-001 rationale': 'Offline sync needs a second month',
  'D-001 alternatives': 'Delay go-live; drop card refunds',
} as const;

/** The field's drawn width in CSS px. */
async function widthOf(field: Locator): Promise<number> {
  return (await field.boundingBox())?.width ?? 0;
}

/** Each table fits its frame at the window's present size: no sideways scroll, no column past the edge, no text cut bare. */
async function expectBothFit(): Promise<void> {
  const size = `${String(page.viewportSize()?.width)}x${String(page.viewportSize()?.height)}`;
  await risks.showTab('Issues');
  const issues = await tableFit(page.getByRole('table', { name: 'Issues' }), ISSUE_COLUMNS);
  expect.soft(issues, `Issues at ${size}`).toMatchObject({ scrollsSideways: false, columnsPastEdge: [], cutText: [] });
  await risks.showTab('Decisions');
  const decisions = await tableFit(page.getByRole('table', { name: 'Decisions' }), DECISION_COLUMNS);
  expect.soft(decisions, `Decisions at ${size}`).toMatchObject({ scrollsSideways: false, columnsPastEdge: [], cutText: [] });
}

describe('the Issues and Decisions logs at 1440 and 1024 px', () => {
  it('give free-text notes the room a wide window has, and still fit a laptop', async () => {
    await newProjectStarting(page, 'Payments replatform', '2027-03-01');
    await app.typeTasks([['Migrate payments API', '15d'], ['Go-live', '1d']]);

    await risks.open('Issues');
    await risks.addLine('New issue title', 'Payment sandbox down');
    await app.typeOver(page.getByLabel('I-001 root cause', { exact: true }), NOTES['I-001 root cause'], 'Tab');
    await app.typeOver(page.getByLabel('I-001 resolution', { exact: true }), NOTES['I-001 resolution'], 'Tab');
    await risks.showTab('Decisions');
    await risks.addLine('New decision', 'Ship without offline sync');
    await app.typeOver(page.getByLabel('D-001 decided by', { exact: true }), 'Margaret Hamilton', 'Tab');
    await app.typeOver(page.getByLabel('D-001 rationale', { exact: true }), NOTES['D-001 rationale'], 'Tab');
    await app.typeOver(page.getByLabel('D-001 alternatives', { exact: true }), NOTES['D-001 alternatives'], 'Tab');
    await app.waitSaved();
    await fixture.handle.reload();

    for (const [label, text] of Object.entries(NOTES)) {
      await risks.showTab(label.startsWith('I-') ? 'Issues' : 'Decisions');
      const field = page.getByLabel(label, { exact: true });
      await expect.poll(() => field.inputValue(), { message: `${label} after a reload` }).toBe(text);
      expect.soft(await widthOf(field), `${label}'s width at 1440 px`).toBeGreaterThan(160);
    }
    await expectBothFit();

    await page.setViewportSize({ width: 1024, height: 768 });
    await expectBothFit();

    await risks.showTab('Issues');
    await screenshotsAtBothSizes(page, 'raid-notes-issues');
    await risks.showTab('Decisions');
    await screenshotsAtBothSizes(page, 'raid-notes-decisions');
  }, 120_000);
});

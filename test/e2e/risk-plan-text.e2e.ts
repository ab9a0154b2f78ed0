/**
 * A risk's mitigation and contingency plans in words: from an EMPTY project built by keyboard, a
 * risk is added and its plans typed in the risk editor, reached by Tab from Response; they are
 * there after a reload and in the register's CSV (its Mitigation and Contingency columns).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { RisksPage } from './pages/risks-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

describe('risk plans in words', () => {
  it('types the mitigation and contingency of a new risk by keyboard and keeps them after reload and in the CSV', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await app.typeTasks([['Integrate vendor API', '5d']]);
    await app.openView('Risks');
    const risks = new RisksPage(app);
    const editor = await risks.newRiskByKeyboard('Vendor API late');
    await editor.getByLabel('Response', { exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await risks.focusedLabel()).toBe('Mitigation');
    await page.keyboard.type('Weekly call with the vendor; stub their API');
    await page.keyboard.press('Tab');
    expect(await risks.focusedLabel()).toBe('Contingency');
    await page.keyboard.type('Ship with the stub behind a flag');
    await screenshotsAtBothSizes(page, 'risk-plan-text-editor', () => editor.getByLabel('Contingency', { exact: true }).scrollIntoViewIfNeeded());
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.count()).toBe(0);
    await app.waitSaved();

    await handle.reload();
    await app.openView('Risks');
    await page.getByRole('table', { name: 'Risks' }).getByRole('button', { name: 'Vendor API late' }).click();
    expect(await editor.getByLabel('Mitigation', { exact: true }).inputValue()).toBe('Weekly call with the vendor; stub their API');
    expect(await editor.getByLabel('Contingency', { exact: true }).inputValue()).toBe('Ship with the stub behind a flag');
    await editor.getByRole('button', { name: 'Done' }).click();

    const csv = await risks.exportRegisterCsv();
    expect(csv.cellsOf(csv.rows[0])).toMatchObject({
      Mitigation: 'Weekly call with the vendor; stub their API', Contingency: 'Ship with the stub behind a flag',
    });
  });
});

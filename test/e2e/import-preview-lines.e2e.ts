/**
 * The import preview of a CSV exported from Plotline (WBS first, then Name): each row's line runs
 * unbroken across the WBS cell into the Name cell, as in every other column; the WBS cell is a
 * table cell as tall and as wide as its column, not a box shorter than its row. Screenshots light
 * and dark at 1024x768 and 1440x900.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { FilesPage } from './pages/files-page';

const fixture = freshAppPerTest();

/** Each body row's first two cells: where their bottom lines are and where the first one ends against the second. */
async function rowLines(preview: Locator): Promise<string[]> {
  return preview.locator('tbody tr').evaluateAll((rows) => rows.map((row) => {
    const [wbs, name] = [...row.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
    if (!wbs || !name) return 'missing cells';
    const gapPx = Math.round(name.left - wbs.right);
    const stepPx = Math.round(name.bottom - wbs.bottom);
    return `gap ${String(gapPx)} px, step ${String(stepPx)} px`;
  }));
}

describe('the import preview', () => {
  it('draws each row line across the WBS column into the Name column without a gap', async () => {
    const { page } = fixture.handle;
    const files = new FilesPage(page);
    // Three columns: each is wider than a preview cell's 220 px cap, as a short file's columns are.
    const csv = 'WBS,Name,Duration\r\n1,Site survey and measurements,3d\r\n1.1,Floor plan,2d\r\n1.2,Electrical audit,1d\r\n';
    await files.open('clinic.csv', csv, 'Import…');
    const mapping = files.dialog('Import “clinic.csv”');
    await mapping.waitFor();
    const preview = mapping.getByRole('region', { name: 'Column mapping preview' });
    await expect.poll(() => preview.locator('tbody tr').count()).toBe(3);
    expect(await rowLines(preview)).toEqual(['gap 0 px, step 0 px', 'gap 0 px, step 0 px', 'gap 0 px, step 0 px']);
    expect(await preview.locator('tbody td').first().evaluate((td) => getComputedStyle(td).display)).toBe('table-cell');
    await screenshotsAtBothSizes(page, 'import-preview-lines', () => preview.scrollIntoViewIfNeeded());
  });
});

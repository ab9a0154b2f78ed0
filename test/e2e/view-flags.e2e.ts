/**
 * Each view's flags look as its own stylesheet writes them. All views' CSS ships in one bundle, so
 * a bare `.flag` rule in one view's stylesheet also styled every other view's `.flag`: the Costs
 * view's "over budget" flags took the Stakeholders view's 4 px left margin. From an EMPTY project
 * built by keyboard: a task priced over its budget and over the project's (the Costs view flags
 * both), and an overdue communication (the Stakeholders view flags it), each flag's computed font
 * size and left margin compared with what its own view's CSS declares for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { staff, typeChain } from './pages/shared-projects';
import { StakeholdersPage } from './pages/stakeholders-page';

/** A view's stylesheet as written in the source (the bundle merges them all). */
const viewCss = (feature: string): string => readFileSync(join(import.meta.dirname, '../../renderer/features', feature, `${feature}.css`), 'utf8');
const costsCss = viewCss('costs');
const stakeholdersCss = viewCss('stakeholders');

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

interface FlagStyle { readonly fontSize: string; readonly marginLeft: string }

/**
 * The font size and left margin `css` declares for an element with these classes: the last
 * declaration among the rules whose selectors name one of them (a rule's other parts, such as
 * `.cost-summary ` before it, are the element's surroundings); no margin declared means none.
 */
function declaredStyle(css: string, classes: readonly string[]): FlagStyle {
  const names = (selector: string): boolean => classes.some((c) => new RegExp(`\\.${c}(?![\\w-])`).test(selector));
  const bodies = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^}]*)\}/g)]
    .filter(([, selectors = '']) => selectors.split(',').some(names))
    .map(([, , body = '']) => body);
  const value = (property: string): string | undefined => bodies
    .flatMap((body) => body.split(';').map((d) => d.split(':')).filter(([p]) => p?.trim() === property).map(([, v = '']) => v.trim()))
    .at(-1);
  return { fontSize: value('font-size') ?? 'not declared', marginLeft: value('margin-left') ?? '0px' };
}

/** What the page draws for a flag, and what `css` (its view's stylesheet) says it should be. */
async function drawnAndDeclared(flag: Locator, css: string): Promise<{ drawn: FlagStyle; declared: FlagStyle }> {
  const { classes, drawn } = await flag.evaluate((el) => {
    const style = getComputedStyle(el);
    return { classes: [...el.classList], drawn: { fontSize: style.fontSize, marginLeft: style.marginLeft } };
  });
  return { drawn, declared: declaredStyle(css, classes) };
}

describe('flags styled by their own view', () => {
  it('draws the Costs view\'s over-budget flags and the Stakeholders view\'s overdue flag as each view\'s CSS says', async () => {
    // Design: 2 days (16 h) at 100/h = 1,600, against a task budget and a project budget of 1,000.
    await typeChain(page, 'Flags', '2027-01-04', [['Design', '2d']]);
    await staff(page, 'Ana Lopez', 100, ['Design']);
    await app.openView('Costs');
    const costs = new CostsPage(page);
    await costs.setProjectMoney('Project budget', 1000);
    const taskBudget = costs.table.getByLabel('Budget of Design', { exact: true });
    await taskBudget.focus();
    await taskBudget.fill('1000');
    await taskBudget.press('Enter');

    const summaryFlag = costs.summary.getByText('over budget', { exact: true });
    const rowFlag = costs.table.getByText('over budget', { exact: true });
    await expect.poll(() => summaryFlag.count()).toBe(1);
    await expect.poll(() => rowFlag.count()).toBe(1);
    for (const flag of [summaryFlag, rowFlag]) {
      const { drawn, declared } = await drawnAndDeclared(flag, costsCss);
      expect(declared.fontSize).toBe('11px');
      expect(drawn).toEqual(declared);
    }
    await screenshotsAtBothSizes(page, 'view-flags-costs');

    // A communication due in 2020 is overdue on any day this runs.
    const view = new StakeholdersPage(page);
    await view.open();
    await view.tab('Communication plan');
    const line = page.getByLabel('New communication', { exact: true });
    await line.fill('Steering committee update');
    await line.press('Enter');
    // The app's date field: typed over by keyboard and left with Tab.
    await view.communications.getByLabel('Next due of Steering committee update', { exact: true }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2020-01-06');
    await page.keyboard.press('Tab');
    const overdueFlag = view.communications.getByText('Overdue', { exact: true });
    await expect.poll(() => overdueFlag.count()).toBe(1);
    const { drawn, declared } = await drawnAndDeclared(overdueFlag, stakeholdersCss);
    expect(declared).toEqual({ fontSize: '12px', marginLeft: '4px' });
    expect(drawn).toEqual(declared);
    await screenshotsAtBothSizes(page, 'view-flags-stakeholders');
  }, 120_000);
});

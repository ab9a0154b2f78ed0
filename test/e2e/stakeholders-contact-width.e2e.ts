/**
 * The Stakeholders register gives Contact the room its addresses need. At 1024x768 the column cut
 * every address ("dana.finance-dire…", a short one too) while Name and Notes kept empty room.
 * From an EMPTY project built by keyboard, two stakeholders typed on the add line with role,
 * organisation, e-mail address and phone: at 1024x768 and 1440x900, after resizing from one to the
 * other and back in one page, and after a reload, the 30-character address shows whole, the
 * 45-character one ends in '…' with the whole address in its tooltip, nothing else in either row
 * is cut or pushed out of its cell, and the table neither scrolls sideways nor cuts a header.
 * Photographed at both sizes, light and dark.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { StakeholdersPage, type StakeholderContact } from './pages/stakeholders-page';
import { tableFit } from './pages/table-geometry';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let page: Page;
let app: AppPage;
let view: StakeholdersPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  view = new StakeholdersPage(page);
});

const SHORT_ADDRESS = 'dana.finance@acme-holdings.com';
const LONG_ADDRESS = 'jo.procurement-lead@northwind-traders.example';
const PEOPLE: readonly (readonly [name: string, contact: StakeholderContact])[] = [
  ['Dana Finance', { role: 'Sponsor', organisation: 'Acme Finance', email: SHORT_ADDRESS, phone: '+44 20 7946 0958' }],
  ['Jo Procurement', { role: 'Buyer', organisation: 'Northwind Traders', email: LONG_ADDRESS, phone: '+1 212 555 0147' }],
];
const COLUMNS = ['Name', 'Role / organisation', 'Contact', 'Infl. / int.', 'Engagement now → wanted', 'Notes', 'Actions'];

/** The short address whole, the long one cut with its tooltip, and nothing else in the rows cut. */
async function expectAddressesRead(when: string): Promise<void> {
  const size = `${String(page.viewportSize()?.width)}x${String(page.viewportSize()?.height)} ${when}`;
  const email = (name: string) => view.register.getByLabel(`Email of ${name}`, { exact: true });
  await expect.poll(() => email('Dana Finance').evaluate((el) => el.scrollWidth - el.clientWidth), { message: `${SHORT_ADDRESS} whole at ${size}` })
    .toBeLessThanOrEqual(0);
  expect.soft(await email('Jo Procurement').evaluate((el) => el.scrollWidth > el.clientWidth), `${LONG_ADDRESS} cut at ${size}`).toBe(true);
  expect.soft(await email('Jo Procurement').getAttribute('title'), `${LONG_ADDRESS}'s tooltip at ${size}`).toBe(LONG_ADDRESS);
  for (const [name] of PEOPLE) {
    const controls = await view.rowControls(name);
    const cut = controls.filter((c) => !c.isWhole && c.text !== LONG_ADDRESS).map((c) => `${c.label}: ${c.text}`);
    expect.soft(cut, `cut in ${name}'s row at ${size}`).toEqual([]);
    expect.soft(controls.filter((c) => !c.isInsideCell).map((c) => c.label), `out of their cells in ${name}'s row at ${size}`).toEqual([]);
  }
  const fit = await tableFit(view.register, COLUMNS);
  expect.soft(fit, `register at ${size}`).toMatchObject({ scrollsSideways: false, columnsPastEdge: [], cutText: [], ellipsed: [`Contact: ${LONG_ADDRESS}`] });
  expect.soft(await view.cutHeaders(), `headers cut at ${size}`).toEqual([]);
}

describe('the Stakeholders register\'s Contact column', () => {
  it('shows an address of 30 characters whole at 1024 and 1440 px, through resizes and a reload; a longer one ends in … with its tooltip', async () => {
    await app.newEmptyProject();
    await view.open();
    for (const [name] of PEOPLE) await view.addStakeholder(name);
    for (const [name, contact] of PEOPLE) await view.typeContact(name, contact);
    await app.waitSaved();

    await expectAddressesRead('as typed');
    await page.setViewportSize({ width: 1024, height: 768 });
    await expectAddressesRead('resized from 1440');
    await page.setViewportSize({ width: 1440, height: 900 });
    await expectAddressesRead('resized back from 1024');

    await page.setViewportSize({ width: 1024, height: 768 });
    await fixture.handle.reload();
    await view.open();
    await expect.poll(() => view.register.getByLabel('Email of Dana Finance', { exact: true }).inputValue()).toBe(SHORT_ADDRESS);
    await expectAddressesRead('after a reload');
    await page.setViewportSize({ width: 1440, height: 900 });
    await expectAddressesRead('after a reload, resized from 1024');
    await screenshotsAtBothSizes(page, 'stakeholders-contact-width');
  }, 120_000);
});

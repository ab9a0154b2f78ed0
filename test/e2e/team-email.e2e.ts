/**
 * The Team's e-mail addresses are checked as the stakeholder register's are (parseEmailAddress):
 * in a person added to an empty project by keyboard, an address that is none ('ana@', 'ana at
 * example.com') is refused with a notice naming the person and the field, stays in the field
 * marked for correction, and the stored address is kept; a good one is stored trimmed, and after
 * a reload the person's address is the good one.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

const refusal = (typed: string): string => `Team member 'Ana Lopez': Email '${typed}' is not an e-mail address (one reads like name@example.com).`;

describe('a team member\'s e-mail address', () => {
  it('is refused when it is none, naming the person; a good one is stored trimmed and kept after a reload', async () => {
    await app.newEmptyProject('Pilot');
    await app.openView('Team');
    await page.getByRole('button', { name: 'Add person' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ana Lopez');
    await page.keyboard.press('Tab');
    const email = page.getByLabel('Email of Ana Lopez', { exact: true });

    await app.typeOver(email, 'ana@', 'Tab');
    await app.expectNotice(refusal('ana@'));
    expect(await email.inputValue()).toBe('ana@');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await screenshotsAtBothSizes(page, 'team-email-refused');

    await app.typeOver(email, '  ana.lopez@example.com ', 'Tab');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBeNull();
    expect(await email.inputValue()).toBe('ana.lopez@example.com');
    await screenshotsAtBothSizes(page, 'team-email-stored');

    // A slip after that costs nothing: the stored address stays, and comes back after a reload.
    await app.typeOver(email, 'ana at example.com', 'Tab');
    await app.expectNotice(refusal('ana at example.com'));
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.inputValue()).toBe('ana at example.com');
    await app.waitSaved();
    await fixture.handle.reload();
    await app.openView('Team');
    await expect.poll(() => page.getByLabel('Email of Ana Lopez', { exact: true }).inputValue()).toBe('ana.lopez@example.com');
    expect(await page.getByLabel('Email of Ana Lopez', { exact: true }).getAttribute('aria-invalid')).toBeNull();
  });

  it('Esc on a refused address puts the stored one back, no longer marked', async () => {
    await app.newEmptyProject('Pilot');
    await app.openView('Team');
    await page.getByRole('button', { name: 'Add person' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ana Lopez');
    await page.keyboard.press('Tab');
    const email = page.getByLabel('Email of Ana Lopez', { exact: true });
    await app.typeOver(email, 'ana@example.com', 'Tab');
    await app.typeOver(email, 'ana@', 'Tab');
    await app.expectNotice(refusal('ana@'));
    await email.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBeNull();
    expect(await email.inputValue()).toBe('ana@example.com');
  });
});

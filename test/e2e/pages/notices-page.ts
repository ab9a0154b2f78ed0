/** Page model of the notices at the window's edge ("Exported …", refusals): what they say and where they stand. */
import type { Locator, Page } from 'playwright-core';

export class NoticesPage {
  constructor(readonly page: Page) {}

  /** Every notice on screen, oldest first. */
  get all(): Locator { return this.page.locator('.notices .notice'); }

  /** The notice saying `text`. */
  withText(text: string | RegExp): Locator { return this.all.filter({ hasText: text }); }

  /** The messages of the notices on screen, oldest first (without their buttons). */
  messages(): Promise<string[]> { return this.page.locator('.notices .notice > span:first-child').allInnerTexts(); }

  /** Clicks the Dismiss button of the notice saying `text`, with the mouse, as a person does. */
  async dismissByClick(text: string | RegExp): Promise<void> {
    await this.withText(text).getByRole('button', { name: 'Dismiss' }).click();
  }

  /**
   * The messages of the notices whose box overlaps `target`'s box on screen, by a pixel or more
   * (a notice flush against it does not count).
   */
  async overlapping(target: Locator): Promise<string[]> {
    const box = await target.boundingBox();
    if (!box) throw new Error('The target is not on screen');
    return this.all.evaluateAll((notices, t) => notices.filter((n) => {
      const r = n.getBoundingClientRect();
      return r.left < t.x + t.width - 1 && t.x < r.right - 1 && r.top < t.y + t.height - 1 && t.y < r.bottom - 1;
    }).map((n) => n.querySelector('span')?.textContent ?? ''), box);
  }

  /**
   * What of the top bar a notice covers: 'title' (the project's name), 'Saved' (the save state) and
   * 'File' (the File menu's button), those a person glances at to know where they are and that their
   * work is kept; empty when no notice is over any of them.
   */
  async topBarItemsCovered(): Promise<string[]> {
    const bar = this.page.getByRole('banner');
    const items = [['title', bar.getByRole('heading', { level: 1 })], ['Saved', bar.locator('.save-state')], ['File', bar.getByRole('button', { name: 'File', exact: true })]] as const;
    const covered: string[] = [];
    for (const [name, item] of items) if ((await this.overlapping(item)).length > 0) covered.push(name);
    return covered;
  }

  /** Where the stack stands with no dialog open: 'bottom' (centre), 'bottom-end' or 'top'. */
  place(): Promise<string | null> { return this.page.locator('.notices').getAttribute('data-place'); }

  /**
   * Whether the notice stack, as large as it is now, would cover `target` at its usual place, the
   * bottom centre of the window 16 px from its edge (app.css .notices): whether a test's focused
   * cell is one the stack has to keep clear of.
   */
  async wouldCoverAtBottomCentre(target: Locator): Promise<boolean> {
    const box = await target.boundingBox();
    if (!box) throw new Error('The target is not on screen');
    return this.page.locator('.notices').evaluate((stack, t) => {
      const { width, height } = stack.getBoundingClientRect();
      const left = (window.innerWidth - width) / 2;
      const top = window.innerHeight - 16 - height;
      return left < t.x + t.width && t.x < left + width && top < t.y + t.height && t.y < top + height;
    }, box);
  }

  /**
   * Whether `target` is what a person sees and clicks at its centre and a quarter in from each
   * corner (inside a round button too), not a notice or anything else drawn over it.
   */
  async isUncovered(target: Locator): Promise<boolean> {
    return target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const points = [[0.5, 0.5], [0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75]].map(([x, y]) => [r.left + r.width * (x ?? 0), r.top + r.height * (y ?? 0)] as const);
      return points.every(([x, y]) => { const hit = document.elementFromPoint(x, y); return hit !== null && (hit === el || el.contains(hit)); });
    });
  }
}

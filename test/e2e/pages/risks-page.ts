/** Page model of the Risks view's registers: the risk register, its editor, its CSV export and the RAID logs' tabs, driven by keyboard. */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { AppPage } from './app-page';
import { FilesPage } from './files-page';

export type RaidTab = 'Risk register' | 'Issues' | 'Assumptions' | 'Decisions';

/** A log's table as a person sees it in its frame (the panel's right edge). */
export interface LogGeometry {
  /** The table scrolls sideways in its frame (a column off the panel's edge). */
  readonly scrollsSideways: boolean;
  /** Controls whose right edge lies past the frame's visible right edge. */
  readonly cutControls: readonly string[];
  /** Each column's width by its header text, in the first row. */
  readonly widths: Readonly<Record<string, number>>;
  /** How many lines the first row's text in each column takes (text nodes only; controls left out). */
  readonly lines: Readonly<Record<string, number>>;
}

/** A downloaded CSV as a spreadsheet reads it: the BOM dropped, quoted cells unquoted, one array per row. */
export interface CsvFile {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The cells of one row by header: `cellsOf(rows[0])['Owner']`. */
  cellsOf(row: readonly string[] | undefined): Readonly<Record<string, string>>;
}

export class RisksPage {
  constructor(readonly app: AppPage) {}

  get page(): Page { return this.app.page; }
  get toolbar(): Locator { return this.page.getByRole('toolbar', { name: 'Risk register' }); }
  get register(): Locator { return this.page.getByRole('table', { name: 'Risks' }); }
  /** The risk editor, whichever risk it shows. */
  get editor(): Locator { return this.page.getByRole('dialog', { name: /^Risk R-/ }); }

  async open(tab: RaidTab = 'Risk register'): Promise<void> {
    await this.app.openView('Risks');
    await this.showTab(tab);
  }

  async showTab(tab: RaidTab): Promise<void> {
    await this.page.getByRole('tab', { name: tab }).click();
  }

  /** Add risk by keyboard (focus on the register toolbar's button, Enter) and its title typed over the selected placeholder; the caret stays in Title, the editor open. */
  async newRiskByKeyboard(title: string): Promise<Locator> {
    await this.toolbar.getByRole('button', { name: 'Add risk' }).focus();
    await this.page.keyboard.press('Enter');
    await expect.poll(() => this.focusedLabel()).toBe('Title');
    await this.page.keyboard.type(title);
    return this.editor;
  }

  /** Add risk by keyboard, its title typed over the selected placeholder and committed by Tab; the editor stays open. */
  async addRiskByKeyboard(title: string): Promise<Locator> {
    await this.newRiskByKeyboard(title);
    await this.page.keyboard.press('Tab');
    await expect.poll(() => this.register.innerText()).toContain(title);
    return this.editor;
  }

  /** Add risk by keyboard, its title typed, then Tab from Schedule impact to Owner and the owner typed; Enter commits and closes. */
  async addRiskOwnedBy(title: string, owner: string): Promise<void> {
    const editor = await this.newRiskByKeyboard(title);
    await editor.getByLabel('Schedule impact (working days)', { exact: true }).focus();
    await this.page.keyboard.press('Tab');
    expect(await this.focusedLabel()).toBe('Owner');
    await this.page.keyboard.type(owner);
    await this.page.keyboard.press('Enter');
    await expect.poll(() => editor.count()).toBe(0);
  }

  /** Add risk by keyboard, its title typed, its Review on date filled and left by Tab; Done closes the editor. */
  async addRiskReviewedOn(title: string, reviewOn: string): Promise<void> {
    const editor = await this.newRiskByKeyboard(title);
    const review = editor.getByLabel('Review on', { exact: true });
    await review.focus();
    await review.fill(reviewOn);
    await review.press('Tab');
    await editor.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => editor.count()).toBe(0);
  }

  /** A risk's field as its editor shows it: the editor opened by a click on the risk's title in the register, closed by Done. */
  async fieldOf(title: string, label: string): Promise<string> {
    await this.register.getByRole('button', { name: title }).click();
    const value = await this.editor.getByLabel(label, { exact: true }).inputValue();
    await this.editor.getByRole('button', { name: 'Done' }).click();
    return value;
  }

  /** Done by keyboard: the editor closes. */
  async closeEditorByKeyboard(): Promise<void> {
    await this.editor.getByRole('button', { name: 'Done' }).focus();
    await this.page.keyboard.press('Enter');
    await this.editor.waitFor({ state: 'detached' });
  }

  /** The register's risk opened by its title's link, by keyboard. */
  async openRisk(title: string): Promise<Locator> {
    await this.register.getByRole('button', { name: title, exact: true }).focus();
    await this.page.keyboard.press('Enter');
    await this.editor.waitFor();
    return this.editor;
  }

  /** A line typed into a log's "New …" field (New issue title, New assumption, New decision) and Entered. */
  async addLine(label: string, text: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).focus();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** The log's table (Issues, Assumptions, Decisions) against its scrolling frame, at the window's present size. */
  logGeometry(name: string): Promise<LogGeometry> {
    return this.page.getByRole('table', { name }).evaluate((table) => {
      const frame = table.parentElement as HTMLElement;
      const right = frame.getBoundingClientRect().left + frame.clientLeft + frame.clientWidth;
      const cutControls = Array.from(table.querySelectorAll('input, select, button, textarea'))
        .filter((control) => control.getBoundingClientRect().right > right + 0.5)
        .map((control) => control.getAttribute('aria-label') ?? control.textContent ?? '');
      const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent ?? '');
      const widths: Record<string, number> = {};
      const lines: Record<string, number> = {};
      const row = table.querySelector('tbody tr');
      headers.forEach((header, index) => {
        const cell = row?.children[index];
        widths[header] = Math.round(cell?.getBoundingClientRect().width ?? 0);
        // A text edited in place (the title) is a text area sized to its content: its lines by its height.
        const area = cell?.querySelector('textarea');
        if (area) {
          const style = getComputedStyle(area);
          const lineHeight = style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.2 : parseFloat(style.lineHeight);
          lines[header] = Math.round((area.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) / lineHeight);
          return;
        }
        const tops = new Set<number>();
        for (const node of Array.from(cell?.childNodes ?? [])) {
          if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of Array.from(range.getClientRects())) tops.add(Math.round(rect.top));
        }
        lines[header] = tops.size;
      });
      return { scrollsSideways: frame.scrollWidth > frame.clientWidth + 1, cutControls, widths, lines };
    });
  }

  /**
   * A closed select's option `label` chosen by keyboard: focused, then ArrowDown from the option it
   * shows until the label's, as a person steps through a closed select (each step is a change).
   */
  async pickByKeyboard(select: Locator, label: string): Promise<void> {
    const labels = await select.locator('option').allTextContents();
    const index = labels.indexOf(label);
    const from = await select.evaluate((s) => (s as HTMLSelectElement).selectedIndex);
    expect(index, `${label} after ${labels[from] ?? ''} among ${labels.join(', ')}`).toBeGreaterThan(from);
    await select.focus();
    for (let i = from; i < index; i += 1) await this.page.keyboard.press('ArrowDown');
  }

  /**
   * Links the option named `label` from a list that acts on its choice (ActionPicker: "Link
   * affected task", "+ task", "+ risk"), by keyboard: arrow steps only show an option there; Enter links it.
   */
  async linkByKeyboard(select: Locator, label: string): Promise<void> {
    await this.pickByKeyboard(select, label);
    await this.page.keyboard.press('Enter');
  }

  /** The names of the tasks linked in a section of the risk editor ('Affected tasks', 'Mitigation tasks'), as its rows read before their Unlink. */
  linkedIn(editor: Locator, section: RegExp): Promise<string[]> {
    return editor.getByRole('group', { name: section }).getByRole('button', { name: 'Unlink' })
      .evaluateAll((buttons) => buttons.map((b) => b.parentElement?.firstChild?.textContent?.trim() ?? ''));
  }

  /** What a select shows: its chosen option's text ("In progress"), not its stored value. */
  shownOption(select: Locator): Promise<string> {
    return select.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.text ?? '');
  }

  /** A risk's row in the register as its cells read, by column header: `{ Type: 'Threat', Status: 'Open', … }`. */
  async registerRow(title: string): Promise<Readonly<Record<string, string>>> {
    const headers = await this.register.locator('thead th').allInnerTexts();
    const cells = await this.register.getByRole('row').filter({ has: this.page.getByRole('button', { name: title, exact: true }) })
      .getByRole('cell').allInnerTexts();
    return Object.fromEntries(headers.map((header, k) => [header.trim(), (cells[k] ?? '').trim()]));
  }

  /** Types into one of the editor's text fields by keyboard and leaves it with Tab (which commits it). */
  async typeField(label: string, text: string): Promise<void> {
    await this.editor.getByLabel(label, { exact: true }).focus();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
  }

  /** The register's Export CSV, the file downloaded and read. */
  exportRegisterCsv(): Promise<CsvFile> {
    return this.downloadCsv(() => this.toolbar.getByRole('button', { name: 'Export CSV' }).click());
  }

  /** The open log's Export CSV (Issues, Assumptions, Decisions tab), the file downloaded and read. */
  exportLogCsv(): Promise<CsvFile> {
    return this.downloadCsv(() => this.page.getByRole('button', { name: 'Export CSV' }).click());
  }

  private async downloadCsv(click: () => Promise<void>): Promise<CsvFile> {
    const { name, text } = await new FilesPage(this.page).download(click);
    const [header = [], ...rows] = readCsv(text.replace(/^\uFEFF/, ''));
    return { name, header, rows, cellsOf: (row) => Object.fromEntries(header.map((column, k) => [column, row?.[k] ?? ''])) };
  }

  focusedLabel(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
  }
}

/** RFC 4180 rows (quoted cells with "" for a quote, CRLF or LF between rows), without a trailing empty row. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let isQuoted = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k] ?? '';
    if (isQuoted) {
      if (c === '"' && text[k + 1] === '"') { cell += '"'; k++; } else if (c === '"') isQuoted = false; else cell += c;
    } else if (c === '"') isQuoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[k + 1] === '\n') k++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

/**
 * A table's text as a person reads it: its innerText, which leaves out what fields hold, plus the
 * text of its text areas (the issues log's titles are edited in place in one).
 */
export function tableText(table: Locator): Promise<string> {
  return table.evaluate((element) => [
    (element as HTMLElement).innerText, ...Array.from(element.querySelectorAll('textarea'), (area) => area.value),
  ].join('\n'));
}

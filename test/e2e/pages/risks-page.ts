/** Page model of the Risks view's risk register and risk editor: what a person sees and does, by role and label. */
import type { Locator, Page } from 'playwright-core';
import { FilesPage } from './files-page';

/** A downloaded CSV as a spreadsheet reads it: the BOM dropped, quoted cells unquoted, one array per row. */
export interface CsvFile {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The cells of one row by header: `cellsOf(rows[0])['Owner']`. */
  cellsOf(row: readonly string[] | undefined): Readonly<Record<string, string>>;
}

export class RisksPage {
  constructor(readonly page: Page) {}

  get toolbar(): Locator { return this.page.getByRole('toolbar', { name: 'Risk register' }); }
  get register(): Locator { return this.page.getByRole('table', { name: 'Risks' }); }
  /** The risk editor, open on any risk ("Risk R-001 — score 9"). */
  get editor(): Locator { return this.page.getByRole('dialog', { name: /^Risk R-/ }); }

  /** Add risk by keyboard (focus, Enter) and its title typed over the placeholder; the editor stays open. */
  async addRiskByKeyboard(title: string): Promise<Locator> {
    await this.toolbar.getByRole('button', { name: /^Add risk/ }).focus();
    await this.page.keyboard.press('Enter');
    await this.editor.waitFor();
    await this.page.keyboard.type(title);
    return this.editor;
  }

  /** Types into one of the editor's text fields by keyboard and leaves it with Tab (which commits it). */
  async typeField(label: string, text: string): Promise<void> {
    await this.editor.getByLabel(label, { exact: true }).focus();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
  }

  /** The register's Export CSV, the file downloaded and read. */
  async exportRegisterCsv(): Promise<CsvFile> {
    const { name, text } = await new FilesPage(this.page).download(() => this.toolbar.getByRole('button', { name: 'Export CSV' }).click());
    const [header = [], ...rows] = readCsv(text.replace(/^\uFEFF/, ''));
    return { name, header, rows, cellsOf: (row) => Object.fromEntries(header.map((column, k) => [column, row?.[k] ?? ''])) };
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

/**
 * The XLSX reader under fuzz. A workbook is bytes read asynchronously (ExcelJS), so it has its own
 * async loop, with the same counts as fuzz-harness.ts. Three kinds of mutation, chosen by the seed:
 * - zip level: bytes of a real workbook flipped, cut short, spliced or repeated (a broken archive);
 * - part level: one XML part inside the zip (sheet, shared strings, workbook, styles) mutated with
 *   the text mutations every XML reader gets, or the zip replaced by another archive renamed .xlsx;
 * - cell level: a real workbook rewritten with hostile cells (extreme years, huge and negative
 *   numbers, formulas, loops in Predecessors, a header full of columns).
 * JSZip is a test-only tool here (ExcelJS's own zip library); the app reaches ExcelJS only through
 * domain/formats/xlsx/excel-io.ts.
 */
import JSZip from 'jszip';
import { importXlsx, planToWorkbook, type SheetCell, type WorkbookData } from '../../../../renderer/domain/formats/xlsx';
import { readWorkbook, writeWorkbook } from '../../../../renderer/domain/formats/xlsx/excel-io';
import { outlineRows, sequentialIds, type LocalDateTime, type Plan, type Result } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { seededRandom } from '../../../support/random';
import { emptyCounts, SLOW_MS, type FuzzCounts, type FuzzFailure } from './fuzz-harness';
import { mutate } from './fuzz-mutations';
import { mutateText } from './semantic-mutations';

const NOW = '2026-03-01T12:00:00.000Z';
const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)] as T;

/** The seed workbooks: a full Plotline export (Tasks, People, Assignments) and a bare task list. */
export async function xlsxSeeds(sample: Plan): Promise<{ bytes: Uint8Array[]; books: WorkbookData[] }> {
  const bare: WorkbookData = { sheets: [{ name: 'Sheet1', rows: [['Name', 'Start', 'Duration', 'Predecessors'], ['Design', { date: '2026-03-02T09:00' as LocalDateTime }, '3d', null], ['Build', null, 5, 1]] }] };
  const books = [planToWorkbook(sample), bare];
  return { books, bytes: await Promise.all(books.map((b) => writeWorkbook(b))) };
}

const HOSTILE: readonly SheetCell[] = [
  '', ' ', '=SUM(A1:A9)', '@cmd', '1e309', '-1', 'NaN', '9999-12-31', '0000-01-01', '1850-01-01', 'x'.repeat(5000), '1FS+99999999d', '2,3,2', '\u0000',
  1e308, -1e308, 0, -5, 1e12, 4294967296, true, false, null, { date: '1850-01-01T09:00' as LocalDateTime }, { date: '2300-01-01T09:00' as LocalDateTime },
  { date: '1900-01-01T00:00' as LocalDateTime },
];

/** Cell level: a few cells of the seed book replaced, a row duplicated or a header widened. */
function mutateBook(book: WorkbookData, random: () => number): WorkbookData {
  const sheets = book.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  const edits = 1 + Math.floor(random() * 6);
  for (let i = 0; i < edits; i++) {
    const sheet = pick(sheets, random);
    const kind = random();
    if (kind < 0.7) {
      const row = sheet.rows[Math.floor(random() * sheet.rows.length)];
      if (row) row[Math.floor(random() * Math.max(1, row.length + 1))] = pick(HOSTILE, random);
    } else if (kind < 0.85) {
      const row = sheet.rows[Math.floor(random() * sheet.rows.length)];
      if (row) for (let k = 0; k < 1 + Math.floor(random() * 200); k++) sheet.rows.push([...row]);
    } else {
      sheet.rows[0] = [...(sheet.rows[0] ?? []), ...Array.from({ length: Math.floor(random() * 3000) }, (_, k) => `Column ${String(k)}`)];
    }
  }
  // The writer takes its header from `columns` when present; without it, row 1 is written as data.
  return { sheets: sheets.map(({ name, rows }) => ({ name, rows })) };
}

/** Zip level: bytes changed in place, the archive cut short, a slice spliced in or repeated. */
function mutateBytes(bytes: Uint8Array, random: () => number): Uint8Array {
  let out = new Uint8Array(bytes);
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * out.length);
    const kind = random();
    if (kind < 0.5) out[at] = Math.floor(random() * 256);
    else if (kind < 0.7) out = out.slice(0, Math.max(4, at));
    else {
      const from = Math.floor(random() * out.length);
      const piece = out.slice(from, from + 1 + Math.floor(random() * 512));
      const copies = kind < 0.9 ? 1 : 1 + Math.floor(random() * 20);
      out = new Uint8Array([...out.slice(0, at), ...Array.from({ length: copies }, () => [...piece]).flat(), ...out.slice(at)]);
    }
  }
  return out;
}

/** Part level: one XML part of the workbook mutated as text, or another archive renamed .xlsx. */
async function mutatePart(bytes: Uint8Array, seed: number, random: () => number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  if (random() < 0.08) {
    const other = new JSZip();
    other.file('word/document.xml', '<w:document/>');
    other.file('[Content_Types].xml', '<Types/>');
    return other.generateAsync({ type: 'uint8array' });
  }
  const parts = Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  const name = pick(parts, random);
  const text = await zip.file(name)?.async('string') ?? '';
  zip.file(name, random() < 0.5 ? mutate(text, seed) : mutateText(text, seed));
  return zip.generateAsync({ type: 'uint8array' });
}

/** The input for a seed: zip-, part- or cell-level. */
export async function xlsxInput(seeds: { bytes: readonly Uint8Array[]; books: readonly WorkbookData[] }, seed: number): Promise<Uint8Array> {
  const random = seededRandom(seed);
  const k = seed % seeds.bytes.length;
  switch (seed % 3) {
    case 0: return mutateBytes(seeds.bytes[k] ?? new Uint8Array(), random);
    case 1: return mutatePart(seeds.bytes[k] ?? new Uint8Array(), seed, random);
    default: return writeWorkbook(mutateBook(seeds.books[k] ?? { sheets: [] }, random));
  }
}

/** The reader as the app and the command line use it: bytes -> workbook -> the first sheet's plan. */
export async function readXlsx(bytes: Uint8Array): Promise<Result<{ readonly plan?: Plan }>> {
  const book = await readWorkbook(bytes, 'fuzz.xlsx');
  if (!book.ok) return book;
  return importXlsx(book.value, { newId: sequentialIds('f'), now: NOW });
}

/** Seeds [first, first + runs) against the XLSX reader, counted as fuzzTarget counts the text readers. */
export async function fuzzXlsx(sample: Plan, first: number, runs: number, now: () => number): Promise<{ counts: FuzzCounts; failures: FuzzFailure[] }> {
  const seeds = await xlsxSeeds(sample);
  const counts = emptyCounts();
  const failures: FuzzFailure[] = [];
  const bad = (seed: number, what: keyof FuzzCounts, detail: string): void => {
    counts[what]++;
    failures.push({ target: 'XLSX', seed, what, detail });
  };
  for (let seed = first; seed < first + runs; seed++) {
    counts.inputs++;
    const input = await xlsxInput(seeds, seed);
    const started = now();
    let result: Result<{ readonly plan?: Plan }>;
    try {
      result = await readXlsx(input);
    } catch (error) {
      bad(seed, 'threw', String(error));
      continue;
    }
    const ms = now() - started;
    if (ms > SLOW_MS && input.length <= 1024 * 1024) bad(seed, 'slow', `${String(Math.round(ms))} ms for ${String(input.length)} bytes`);
    if (!result.ok) {
      if (result.error.where === undefined || result.error.where === '') bad(seed, 'refusedWithoutWhere', result.error.message);
      else counts.refusedWithWhere++;
      continue;
    }
    counts.accepted++;
    judgePlan(result.value.plan, seed, bad);
  }
  return { counts, failures };
}

function judgePlan(plan: Plan | undefined, seed: number, bad: (seed: number, what: keyof FuzzCounts, detail: string) => void): void {
  if (plan === undefined) return;
  try {
    scheduleProject(plan);
  } catch (error) {
    bad(seed, 'schedulerThrew', String(error));
  }
  const stored = Object.keys(plan.tasks).length;
  const shown = outlineRows(plan.tasks).length;
  if (shown !== stored) bad(seed, 'hiddenTasks', `${String(stored - shown)} of ${String(stored)} tasks are on no outline row`);
}

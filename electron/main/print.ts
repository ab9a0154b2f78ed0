/**
 * Prints a print layout (a whole HTML document from the renderer: a status report, the Gantt) to
 * PDF with Chromium's own print engine, so the PDF is vector with selectable, searchable text.
 * The document is treated as untrusted: it is written to a private temp file and loaded in a
 * hidden window of its own in-memory session with JavaScript off, no preload, navigation refused
 * and every request other than the file itself cancelled; window and file are gone afterwards.
 */
import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrintHtmlRequest } from '../contract';

/** A partition name without "persist:": an in-memory session, nothing of it reaches the disk. */
export const PRINT_PARTITION = 'plotline-print';
const LOAD_TIMEOUT_MS = 30_000;

export async function printHtmlToPdf(request: PrintHtmlRequest): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'plotline-print-'));
  const file = join(dir, 'layout.html');
  const allowed = pathToFileURL(file).href;
  const printSession = session.fromPartition(PRINT_PARTITION);
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== allowed }));
  const window = new BrowserWindow({
    show: false, width: 1200, height: 900,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, session: printSession, spellcheck: false },
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  try {
    await writeFile(file, request.html, { encoding: 'utf8', mode: 0o600 });
    await withTimeout(window.loadFile(file), LOAD_TIMEOUT_MS, 'The print layout did not load.');
    const pdf = await window.webContents.printToPDF({
      pageSize: request.pageSize, landscape: request.landscape, printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

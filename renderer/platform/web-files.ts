/**
 * File handling with web APIs only: the browser platform's open and save, and dropped files for
 * both platforms (a dropped File is read in the page, so main never reads a path the page names).
 */
import { BINARY_EXTENSIONS, decodeFileBytes, LIMITS, type FileOpenOutcome, type OpenFileResult, type SaveFileRequest } from './contract';

/** Extensions the open dialog offers on every platform (mirrors electron/main/files.ts). */
export const OPEN_ACCEPT = ['.plotline', '.xml', '.gan', '.csv', '.xlsx', '.ics'] as const;

/** Reads a File the user picked or dropped, refusing anything over the shared size limit. */
export async function readPickedFile(file: File): Promise<FileOpenOutcome> {
  if (file.size > LIMITS.maxReadBytes) {
    const limitMb = String(LIMITS.maxReadBytes / (1024 * 1024));
    return { kind: 'failed', name: file.name, message: `"${file.name}" is larger than ${limitMb} MB, so Plotline did not open it.` };
  }
  try {
    const ext = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (BINARY_EXTENSIONS.includes(ext)) return { kind: 'opened', file: { name: file.name, text: '', bytes } };
    return { kind: 'opened', file: { name: file.name, text: decodeFileBytes(bytes) } };
  } catch (error) {
    return { kind: 'failed', name: file.name, message: `Could not read "${file.name}": ${describe(error)}` };
  }
}

/**
 * Opens the browser's file picker. Resolves 'cancelled' on the input's cancel event (Chromium
 * 113+); older engines simply never resolve a cancelled pick, which only leaks one listener.
 */
export function pickFile(doc: Document): Promise<OpenFileResult> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = OPEN_ACCEPT.join(',');
    input.style.display = 'none';
    const finish = (result: OpenFileResult): void => {
      input.remove();
      resolve(result);
    };
    input.addEventListener('cancel', () => finish({ kind: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.item(0);
      if (file === null || file === undefined) finish({ kind: 'cancelled' });
      else void readPickedFile(file).then(finish);
    });
    doc.body.append(input);
    input.click();
  });
}

/**
 * Saves by downloading through an <a download> with a blob URL: a real download, so Playwright's
 * 'download' event observes it in e2e tests. The URL is revoked later because revoking at once
 * can cancel the download in some engines.
 */
export function downloadFile(doc: Document, request: SaveFileRequest): string {
  const name = safeDownloadName(request.suggestedName);
  const type = typeof request.data === 'string' ? 'text/plain;charset=utf-8' : 'application/octet-stream';
  const part: BlobPart = typeof request.data === 'string' ? request.data : copyBytes(request.data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

/** Strips path separators and control characters a suggested name should never carry. */
export function safeDownloadName(suggested: string): string {
  const cleaned = suggested.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
  return cleaned === '' ? 'plan.plotline' : cleaned.slice(0, LIMITS.maxNameLength);
}

/**
 * Delivers files dropped anywhere on the page. Without preventDefault on dragover the browser
 * (or Electron, where navigation is denied) would try to navigate to the file.
 */
export function listenForDroppedFiles(target: EventTarget, listener: (outcome: FileOpenOutcome) => void): () => void {
  const onDragOver = (event: Event): void => {
    if (hasFiles(event)) event.preventDefault();
  };
  const onDrop = (event: Event): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    for (const file of Array.from(transferOf(event)?.files ?? [])) void readPickedFile(file).then(listener);
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}

/** Drag events are dispatched as plain Events to addEventListener(string); narrow without a cast. */
function transferOf(event: Event): DataTransfer | null {
  return 'dataTransfer' in event && event.dataTransfer instanceof Object ? (event.dataTransfer as DataTransfer) : null;
}

function hasFiles(event: Event): boolean {
  const types = transferOf(event)?.types;
  return types !== undefined && Array.from(types).includes('Files');
}

/** A Uint8Array may view a SharedArrayBuffer, which Blob's types reject; copy into a plain buffer. */
function copyBytes(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The Excel export as one job: the plan (with the engine's dates) to .xlsx bytes. ExcelJS builds and
 * zips a 10,000-task workbook in seconds, so the export runs in a Web Worker started here
 * (xlsx-export-worker.ts) and the window stays responsive; without Worker (unit tests) it runs
 * in-thread, giving the same bytes.
 */
import { planToWorkbook } from '../../domain/formats';
import { writeWorkbook } from '../../domain/formats/xlsx/excel-io';
import { fail, ok, type Plan, type Result } from '../../domain/model';
import { planWithScheduledDates, scheduleProject } from '../../domain/schedule';

export const XLSX_EXPORT_TIMEOUT_MS = 60_000;

/** What the worker does, and what runs in-thread without one. */
export async function writePlanWorkbook(plan: Plan): Promise<Uint8Array> {
  // One scheduling run for the dates, the summaries' progress and the money columns.
  const schedule = scheduleProject(plan);
  return writeWorkbook(planToWorkbook(planWithScheduledDates(plan, schedule), { schedule }));
}

/** The reply of the worker: the bytes, or why they could not be written. */
export type XlsxExportReply = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string };

/** Writes the workbook in a dedicated worker (ended when done), with a time limit that becomes a message. */
export function writePlanWorkbookOffThread(plan: Plan, timeoutMs = XLSX_EXPORT_TIMEOUT_MS): Promise<Result<Uint8Array>> {
  if (typeof Worker === 'undefined') return writePlanWorkbook(plan).then(ok);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./xlsx-export-worker.ts', import.meta.url), { type: 'module' });
    const finish = (result: Result<Uint8Array>): void => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish(fail(`Writing the Excel workbook took longer than ${String(Math.round(timeoutMs / 1000))} s, so Plotline stopped.`, 'the whole plan')), timeoutMs);
    worker.onmessage = (event: MessageEvent<XlsxExportReply>) => {
      const reply = event.data;
      finish(reply.ok ? ok(reply.bytes) : fail(`The Excel workbook could not be written: ${reply.message}`, 'the whole plan'));
    };
    // A worker that cannot start must not lose the export: write it here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      void writePlanWorkbook(plan).then((bytes) => finish(ok(bytes)));
    };
    worker.postMessage(plan);
  });
}

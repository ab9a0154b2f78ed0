/** Web Worker entry: one Excel export per worker (see xlsx-export-job.ts); the bytes are transferred, not copied. */
import type { Plan } from '../../domain/model';
import { writePlanWorkbook, type XlsxExportReply } from './xlsx-export-job';

self.onmessage = (event: MessageEvent<Plan>) => {
  writePlanWorkbook(event.data).then(
    (bytes) => self.postMessage({ ok: true, bytes } satisfies XlsxExportReply, { transfer: [bytes.buffer] }),
    (error: unknown) => self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies XlsxExportReply),
  );
};

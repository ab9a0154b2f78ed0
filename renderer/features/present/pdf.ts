/**
 * A minimal PDF writer: one JPEG image per page, fitted inside the margins. Enough for a
 * Gantt export when the platform cannot print the window to PDF (the browser build), and
 * pure: bytes in, bytes out (PDF 1.4, ISO 32000-1 §7.5 file structure).
 */
export interface PdfImage {
  readonly jpeg: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** A4 landscape in points. */
export const A4_LANDSCAPE = { width: 842, height: 595 } as const;

/** Portrait sizes in points (1/72 in). */
export const PAPER_SIZES = {
  A4: { width: 595, height: 842 },
  A3: { width: 842, height: 1191 },
  Letter: { width: 612, height: 792 },
  Legal: { width: 612, height: 1008 },
  Tabloid: { width: 792, height: 1224 },
} as const;
export type PaperName = keyof typeof PAPER_SIZES;
export type Orientation = 'landscape' | 'portrait';

export function pageSize(paper: PaperName, orientation: Orientation): { width: number; height: number } {
  const { width, height } = PAPER_SIZES[paper];
  return orientation === 'landscape' ? { width: height, height: width } : { width, height };
}
const MARGIN = 24;

function ascii(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function buildPdf(pages: readonly PdfImage[], size: { width: number; height: number } = A4_LANDSCAPE): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (part: Uint8Array): void => {
    chunks.push(part);
    length += part.length;
  };
  const object = (id: number, parts: readonly (string | Uint8Array)[]): void => {
    offsets[id] = length;
    push(ascii(`${String(id)} 0 obj\n`));
    for (const p of parts) push(typeof p === 'string' ? ascii(p) : p);
    push(ascii('\nendobj\n'));
  };
  push(ascii('%PDF-1.4\n%\u00e2\u00e3\n'));
  const pageIds = pages.map((_, i) => 3 + i * 3);
  object(1, ['<< /Type /Catalog /Pages 2 0 R >>']);
  object(2, [`<< /Type /Pages /Kids [${pageIds.map((id) => `${String(id)} 0 R`).join(' ')}] /Count ${String(pages.length)} >>`]);
  pages.forEach((page, i) => {
    const [pageId, contentId, imageId] = [3 + i * 3, 4 + i * 3, 5 + i * 3];
    const fit = Math.min((size.width - 2 * MARGIN) / page.width, (size.height - 2 * MARGIN) / page.height);
    const w = page.width * fit;
    const h = page.height * fit;
    // Top-left aligned: PDF's origin is bottom-left.
    const draw = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} ${String(MARGIN)} ${(size.height - MARGIN - h).toFixed(2)} cm /Im0 Do Q`;
    object(pageId, [`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${String(size.width)} ${String(size.height)}] /Resources << /XObject << /Im0 ${String(imageId)} 0 R >> >> /Contents ${String(contentId)} 0 R >>`]);
    object(contentId, [`<< /Length ${String(draw.length)} >>\nstream\n${draw}\nendstream`]);
    object(imageId, [
      `<< /Type /XObject /Subtype /Image /Width ${String(page.width)} /Height ${String(page.height)} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${String(page.jpeg.length)} >>\nstream\n`,
      page.jpeg,
      '\nendstream',
    ]);
  });
  const count = 3 + pages.length * 3;
  const xrefAt = length;
  let xref = `xref\n0 ${String(count)}\n0000000000 65535 f \n`;
  for (let id = 1; id < count; id++) xref += `${String(offsets[id] ?? 0).padStart(10, '0')} 00000 n \n`;
  push(ascii(`${xref}trailer\n<< /Size ${String(count)} /Root 1 0 R >>\nstartxref\n${String(xrefAt)}\n%%EOF\n`));
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

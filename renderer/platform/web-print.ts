/**
 * Printing a print layout in a plain browser. A page cannot reach Chromium's PDF printer itself;
 * a host that can (the e2e harness, with Playwright's page.pdf(), i.e. the same print engine as
 * Electron's printToPDF) may expose `plotlinePrintHtmlToPdf(html, pageSize, landscape)` on the
 * window, resolving base64 PDF bytes. Without one, the layout goes to the browser's print dialog.
 */
import type { PrintHtmlRequest } from './contract';

type HostFunction = (html: string, pageSize: string, landscape: boolean) => Promise<string>;

export type PrintHost = (request: PrintHtmlRequest) => Promise<Uint8Array>;

export function printHostOf(doc: Document): PrintHost | null {
  const view = doc.defaultView as (Window & { plotlinePrintHtmlToPdf?: HostFunction }) | null;
  const host = view?.plotlinePrintHtmlToPdf;
  if (typeof host !== 'function') return null;
  return async (request) => {
    const base64 = await host(request.html, request.pageSize, request.landscape);
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  };
}

/**
 * Shows the browser's print dialog for the layout, from a hidden frame whose sandbox allows no
 * script (the layout has none; its own CSP says so too). Resolves null: no bytes come back.
 */
export async function printInBrowser(doc: Document, html: string): Promise<null> {
  const frame = doc.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
  frame.srcdoc = html;
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    doc.body.append(frame);
  });
  try {
    frame.contentWindow?.print();
  } finally {
    frame.remove();
  }
  return null;
}

/**
 * app://plotline/ serves the built renderer (dist/renderer). A fixed privileged origin, instead of
 * file://, gives IndexedDB one stable origin across installs and lets the CSP say 'self'.
 */
import { protocol, type Session } from 'electron';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'plotline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The one policy (electron/csp.ts), also written into index.html's meta tag at build time. */
export { CONTENT_SECURITY_POLICY } from '../csp';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.plotline': 'application/json; charset=utf-8',
};

/**
 * Must run before app 'ready': Chromium fixes scheme privileges at startup. `codeCache` lets V8
 * keep the compiled renderer between launches, as it does for web pages (Electron 28+, standard
 * schemes only): without it every start compiles the app's JavaScript afresh. Not measured here:
 * this machine has no Electron binary, and the Chromium benches load the renderer over http.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
}

export function registerAppProtocol(session: Session, rootDir: string): void {
  session.protocol.handle(APP_SCHEME, (request) => serveAppRequest(rootDir, request.url));
}

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps app://plotline/<path> to a file under rootDir, or null for anything that could escape it:
 * another host, '..' segments (also percent-encoded), backslashes, NUL, drive letters, or an
 * absolute path after decoding. Checked on the decoded path and again on the joined result.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  const match = /^app:\/\/plotline(\/[^?#]*)?(?:[?#].*)?$/i.exec(requestUrl);
  if (match === null) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(match[1] ?? '/');
  } catch {
    return null;
  }
  if (/[\\\0]/.test(decoded) || /^\/*[a-z]:/i.test(decoded) || decoded.startsWith('//')) return null;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return null;
  const relativePath = segments.length === 0 ? 'index.html' : segments.join(sep);
  const full = join(rootDir, relativePath);
  const back = relative(rootDir, full);
  if (back === '' || back.startsWith('..') || isAbsolute(back)) return null;
  return full;
}

function isInside(root: string, path: string): boolean {
  const back = relative(root, path);
  return back !== '' && !back.startsWith('..') && !isAbsolute(back);
}

function textResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });
}

export async function serveAppRequest(rootDir: string, requestUrl: string): Promise<Response> {
  const requested = resolveAppPath(rootDir, requestUrl);
  if (requested === null) return textResponse(403, 'Forbidden');
  try {
    // Symlinks are resolved before serving: a link inside the renderer folder that points
    // outside it (or a linked folder) is refused, whatever the URL looked like.
    const filePath = await realpath(requested);
    if (!isInside(await realpath(rootDir), filePath)) return textResponse(403, 'Forbidden');
    const info = await stat(filePath);
    if (!info.isFile()) return textResponse(404, 'Not found');
    const body = await readFile(filePath);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': mimeTypeFor(filePath),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  } catch {
    return textResponse(404, 'Not found');
  }
}

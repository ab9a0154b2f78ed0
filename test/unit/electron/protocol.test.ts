import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));

const { protocol } = await import('electron');
const { APP_SCHEME, CONTENT_SECURITY_POLICY, mimeTypeFor, registerAppSchemePrivileges, resolveAppPath, serveAppRequest } = await import('../../../electron/main/protocol');

let root: string;
let outside: string;

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'plotline-protocol-'));
  root = join(base, 'renderer');
  outside = base;
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Plotline</title>');
  await writeFile(join(root, 'assets', 'app-1.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'style.css'), 'body{}');
  await writeFile(join(base, 'secret.txt'), 'do not serve');
});

afterAll(async () => {
  await rm(outside, { recursive: true, force: true });
});

describe('registerAppSchemePrivileges', () => {
  it('registers the app scheme as a standard, secure origin whose scripts V8 may cache between launches', () => {
    registerAppSchemePrivileges();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: APP_SCHEME, privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) as unknown },
    ]);
  });
});

describe('resolveAppPath', () => {
  it('maps the root and plain paths into the renderer folder', () => {
    expect(resolveAppPath(root, 'app://plotline/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://plotline')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://plotline/assets/app-1.js?v=2#x')).toBe(join(root, 'assets', 'app-1.js'));
  });

  it.each([
    'app://plotline/../secret.txt',
    'app://plotline/assets/../../secret.txt',
    'app://plotline/%2e%2e/secret.txt',
    'app://plotline/%2E%2E%2Fsecret.txt',
    'app://plotline/assets/%2e%2e/%2e%2e/secret.txt',
    'app://plotline/..%5csecret.txt',
    'app://plotline/assets\\..\\..\\secret.txt',
    'app://plotline//etc/passwd',
    'app://plotline/%2Fetc%2Fpasswd',
    'app://plotline/C:/Windows/win.ini',
    'app://plotline/c%3A%5CWindows',
    'app://plotline/index.html%00.js',
    'app://plotline/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://plotline/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('serveAppRequest', () => {
  it('serves files with their MIME type, the CSP and nosniff', async () => {
    const response = await serveAppRequest(root, 'app://plotline/assets/app-1.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves index.html as HTML for the root', async () => {
    const response = await serveAppRequest(root, 'app://plotline/');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Plotline</title>');
  });

  it('answers 404 for missing files and directories, 403 for escapes', async () => {
    expect((await serveAppRequest(root, 'app://plotline/missing.js')).status).toBe(404);
    expect((await serveAppRequest(root, 'app://plotline/assets/')).status).toBe(404);
    const escape = await serveAppRequest(root, 'app://plotline/%2e%2e/secret.txt');
    expect(escape.status).toBe(403);
    expect(await escape.text()).not.toContain('do not serve');
  });

  it('has a strict CSP', () => {
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "worker-src 'self' blob:"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('knows the MIME types the renderer build uses', () => {
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.SVG')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});

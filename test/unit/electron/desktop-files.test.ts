/**
 * Desktop file handling (issue 20): saving over a symlink writes its target, temp files of killed
 * saves are cleaned at start, app:// refuses symlinks that leave the renderer folder, snapshots
 * keep an overall disk cap, every BOM decodes with the one decoder, the CSP has one source, and
 * the preload exposes exactly the documented functions.
 */
import { lstat, mkdir, mkdtemp, readFile, readlink, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../electron/contract';

const exposed = vi.hoisted((): { api: Record<string, unknown> } => ({ api: {} }));
vi.mock('electron', () => ({
  protocol: { registerSchemesAsPrivileged: vi.fn() },
  contextBridge: { exposeInMainWorld: (_key: string, api: Record<string, unknown>) => (exposed.api = api) },
  ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));

const { cleanLeftoverTempFiles, tempFileFolders, tempPathFor, writeFileAtomic } = await import('../../../electron/main/atomic-write');
const { CONTENT_SECURITY_POLICY, serveAppRequest } = await import('../../../electron/main/protocol');
const { createSnapshotStore, snapshotsOverCap } = await import('../../../electron/main/snapshots');
const { decodeFileBytes } = await import('../../../electron/decode-text');
const { META_CONTENT_SECURITY_POLICY, withCspMeta } = await import('../../../electron/csp');

const repoRoot = path.resolve(import.meta.dirname, '../../..');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plotline-desktop-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('saving', () => {
  it('over a symlink writes the file it points to and keeps the link', async () => {
    const real = join(dir, 'real.plotline');
    const link = join(dir, 'link.plotline');
    await writeFile(real, 'old');
    await symlink(real, link);
    await writeFileAtomic(link, 'new');
    expect(await readFile(real, 'utf8')).toBe('new');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
  });

  it('temp files of killed saves are cleaned at start; fresh ones (a save in progress) and other files stay', async () => {
    const target = join(dir, 'plan.plotline');
    const old = tempPathFor(target);
    const fresh = tempPathFor(target);
    await writeFile(old, 'half a plan');
    await writeFile(fresh, 'being written');
    await writeFile(join(dir, 'notes.tmp'), 'not ours');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(old, hourAgo, hourAgo);
    const snapshots = join(dir, 'snapshots');
    await mkdir(join(snapshots, 'p1'), { recursive: true });
    const snapshotTemp = tempPathFor(join(snapshots, 'p1', 'x.plotline'));
    await writeFile(snapshotTemp, 'half');
    await utimes(snapshotTemp, hourAgo, hourAgo);
    const folders = await tempFileFolders(snapshots, [target]);
    expect(await cleanLeftoverTempFiles(folders, Date.now())).toBe(2);
    await expect(lstat(old)).rejects.toThrow();
    await expect(lstat(snapshotTemp)).rejects.toThrow();
    expect((await lstat(fresh)).isFile()).toBe(true);
    expect((await lstat(join(dir, 'notes.tmp'))).isFile()).toBe(true);
  });
});

describe('app:// protocol', () => {
  it('refuses a symlink inside the renderer folder that points outside it, and a linked folder', async () => {
    const root = join(dir, 'renderer');
    await mkdir(root);
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(dir, 'secret.txt'), 'secret');
    await mkdir(join(dir, 'outside'));
    await writeFile(join(dir, 'outside', 'a.js'), 'x');
    await symlink(join(dir, 'secret.txt'), join(root, 'leak.txt'));
    await symlink(join(dir, 'outside'), join(root, 'assets'));
    expect((await serveAppRequest(root, 'app://plotline/leak.txt')).status).toBe(403);
    expect((await serveAppRequest(root, 'app://plotline/assets/a.js')).status).toBe(403);
    const ok = await serveAppRequest(root, 'app://plotline/index.html');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves a symlink that stays inside the renderer folder', async () => {
    const root = join(dir, 'renderer');
    await mkdir(root);
    await writeFile(join(root, 'index.html'), 'home');
    await symlink(join(root, 'index.html'), join(root, 'alias.html'));
    expect(await (await serveAppRequest(root, 'app://plotline/alias.html')).text()).toBe('home');
  });
});

describe('snapshots', () => {
  it('keep an overall cap: the oldest go first, never a project\'s newest', () => {
    const all = [
      { projectId: 'a', id: '2026-01-01T00-00-00-000Z', sizeBytes: 40 },
      { projectId: 'b', id: '2026-01-02T00-00-00-000Z', sizeBytes: 40 },
      { projectId: 'a', id: '2026-01-03T00-00-00-000Z', sizeBytes: 40 },
      { projectId: 'b', id: '2026-01-04T00-00-00-000Z', sizeBytes: 40 },
    ];
    expect(snapshotsOverCap(all, 100).map((s) => s.id)).toEqual(['2026-01-01T00-00-00-000Z', '2026-01-02T00-00-00-000Z']);
    expect(snapshotsOverCap(all, 1)).toHaveLength(2);
    expect(snapshotsOverCap(all, 1000)).toEqual([]);
  });

  it('a write past the cap thins other projects\' oldest snapshots on disk', async () => {
    let ms = Date.UTC(2026, 0, 1);
    const store = createSnapshotStore(dir, () => new Date((ms += 1000)), 250);
    const write = (projectId: string) => store.write({ projectId, projectName: projectId, text: 'x'.repeat(100), taskCount: 1 });
    await write('a');
    await write('b');
    await write('a');
    const left = await store.list(null);
    expect(left.reduce((sum, s) => sum + s.sizeBytes, 0)).toBeLessThanOrEqual(250);
    expect(new Set(left.map((s) => s.projectId))).toEqual(new Set(['a', 'b']));
  });
});

describe('decoding opened files (one function on both platforms)', () => {
  const text = 'Name;Start\nMüller ✍;2026-03-02\n';
  const utf16 = (s: string, bigEndian: boolean): Uint8Array => {
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[i * 2 + (bigEndian ? 1 : 0)] = c & 0xff;
      out[i * 2 + (bigEndian ? 0 : 1)] = c >> 8;
    }
    return out;
  };
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  const join8 = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
  it.each([
    ['UTF-8 without BOM', utf8(text)],
    ['UTF-8 with BOM', join8(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(text))],
    ['UTF-8 with a double BOM', join8(Uint8Array.of(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf), utf8(text))],
    ['UTF-16LE with BOM', join8(Uint8Array.of(0xff, 0xfe), utf16(text, false))],
    ['UTF-16BE with BOM', join8(Uint8Array.of(0xfe, 0xff), utf16(text, true))],
    ['UTF-16LE with a double BOM', join8(Uint8Array.of(0xff, 0xfe), utf16('\uFEFF' + text, false))],
    ['UTF-16LE without BOM', utf16(text, false)],
    ['UTF-16BE without BOM', utf16(text, true)],
  ])('%s', (_name, bytes) => {
    expect(decodeFileBytes(bytes)).toBe(text);
  });
  it('the browser build and main both call it', async () => {
    // Both read the file's bytes once (binary formats such as .xlsx keep them as bytes) and decode text through the one function.
    expect(await readFile(join(repoRoot, 'renderer/platform/web-files.ts'), 'utf8')).toMatch(/const bytes = new Uint8Array\(await file\.arrayBuffer\(\)\);[\s\S]*decodeFileBytes\(bytes\)/);
    expect(await readFile(join(repoRoot, 'electron/main/files.ts'), 'utf8')).toMatch(/const bytes = await readFile\(path\);[\s\S]*decodeFileBytes\(bytes\)/);
  });
});

describe('one Content Security Policy', () => {
  it('index.html carries the placeholder the build fills from the same constant as the header', async () => {
    const html = await readFile(join(repoRoot, 'renderer/index.html'), 'utf8');
    expect(html).not.toMatch(/default-src/);
    const built = withCspMeta(html);
    const meta = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(built)?.[1];
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY.startsWith(META_CONTENT_SECURITY_POLICY)).toBe(true);
    expect(CONTENT_SECURITY_POLICY.replace(META_CONTENT_SECURITY_POLICY, '')).toBe("; frame-ancestors 'none'");
    expect(await readFile(join(repoRoot, 'vite.config.ts'), 'utf8')).toMatch(/withCspMeta/);
  });
});

describe('the preload', () => {
  it('exposes exactly the functions of DesktopApi, and nothing else', async () => {
    // A Record over keyof DesktopApi: adding a function to the contract without listing it here fails to compile.
    const documented: Record<keyof DesktopApi, true> = {
      appInfo: true, onMenuCommand: true, setMenuState: true, openFileDialog: true, onFileOpened: true, takePendingFiles: true,
      saveFile: true, listRecentFiles: true, openRecentFile: true, writeSnapshot: true, listSnapshots: true, readSnapshot: true,
      printToPdf: true, printHtmlToPdf: true, setFullScreen: true, toggleFullScreen: true, onFullScreenChanged: true, onCloseRequested: true, confirmClose: true,
    };
    await import('../../../electron/preload');
    expect(Object.keys(exposed.api).sort()).toEqual(Object.keys(documented).sort());
    for (const value of Object.values(exposed.api)) expect(typeof value).toBe('function');
  });
});

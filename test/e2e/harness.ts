/**
 * End-to-end harness. Drives the real app in a real browser engine:
 * - Electron (Playwright's _electron) when an Electron binary is installed (a developer's machine),
 * - else a system Chromium against the built renderer (dist/renderer) served over http, with the
 *   browser platform adapter standing in for the preload API (this sandbox and CI).
 * PLOTLINE_E2E_TARGET=electron|chromium forces one; PLOTLINE_CHROMIUM names a Chromium binary.
 * Each openApp() starts from an empty IndexedDB, as a first run does.
 */
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { chromium, _electron, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach } from 'vitest';

/** The repository root: the nearest folder above this file with Plotline's package.json (works bundled too). */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'plotline') return dir;
    if (dirname(dir) === dir) throw new Error(`Cannot find Plotline's package.json above ${from}`);
  }
}

const ROOT = findRoot(import.meta.dirname);
const RENDERER = join(ROOT, 'dist/renderer');
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.map': 'application/json', '.json': 'application/json', '.woff2': 'font/woff2' };

export interface AppHandle {
  readonly page: Page;
  /** Reloads the window (a restart of the renderer) and waits for the app to be ready again. */
  readonly reload: () => Promise<void>;
  readonly close: () => Promise<void>;
  readonly target: 'electron' | 'chromium';
  /** Where downloads land (browser target). */
  readonly downloadsDir: string;
}

function electronBinary(): string | null {
  if (process.env['PLOTLINE_E2E_TARGET'] === 'chromium') return null;
  const pathFile = join(ROOT, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) && existsSync(join(ROOT, 'dist/electron/main.cjs')) ? binary : null;
}

function chromiumBinary(): string {
  const fromEnv = process.env['PLOTLINE_CHROMIUM'];
  const found = [fromEnv, ...CHROMIUM_CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error('No browser for the end-to-end tests. Install Chromium (Debian/Ubuntu: `apt-get install -y chromium`), '
      + 'set PLOTLINE_CHROMIUM=/path/to/chromium, or install the Electron binary (`npx install-electron`).');
  }
  return found;
}

let server: Server | null = null;
let serverUrl = '';

/**
 * What the app's clock reads now: E2E_NOW when set (openApp freezes the page there), else this
 * machine's. A spec that reckons "today" in the test process reads it here, so a run with E2E_NOW
 * checks the app against the day it is shown, not against the machine's.
 */
export function appNow(): Date {
  return process.env.E2E_NOW ? new Date(process.env.E2E_NOW) : new Date();
}

/** Serves dist/renderer; refuses paths outside it. */
async function startServer(): Promise<string> {
  if (server) return serverUrl;
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build:renderer` first.');
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = normalize(join(RENDERER, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!path.startsWith(RENDERER + sep) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  const address = server.address();
  serverUrl = `http://127.0.0.1:${String(typeof address === 'object' && address ? address.port : 0)}/`;
  return serverUrl;
}

export async function stopServer(): Promise<void> {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server = null;
}

let browser: Browser | null = null;

async function waitReady(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Projects' }).waitFor({ state: 'visible', timeout: 20_000 });
}

export interface OpenAppOptions {
  readonly colorScheme?: 'light' | 'dark';
  readonly viewport?: { width: number; height: number };
  /**
   * Let the page read and write the system clipboard (browser target), as a person's click on
   * "Copy" may; tests then read back what was copied with navigator.clipboard.read().
   */
  readonly clipboard?: boolean;
  /** The person's locale (BCP 47, e.g. 'ko-KR'): navigator.language and Intl's default. Default: the machine's. */
  readonly locale?: string;
  /** The person's time zone (IANA, e.g. 'America/Los_Angeles'), in which instants are read: the browser context's, or TZ for Electron. Default: the machine's. */
  readonly timezoneId?: string;
}

export async function openApp(options: OpenAppOptions = {}): Promise<AppHandle> {
  const downloadsDir = mkdtempSync(join(tmpdir(), 'plotline-e2e-downloads-'));
  const electron = electronBinary();
  if (electron) {
    const userData = mkdtempSync(join(tmpdir(), 'plotline-e2e-userdata-'));
    const lang = options.locale === undefined ? [] : [`--lang=${options.locale}`];
    const app = await _electron.launch({ executablePath: electron, args: [...lang, ROOT], env: { ...process.env, PLOTLINE_USER_DATA_DIR: userData, ...(options.timezoneId === undefined ? {} : { TZ: options.timezoneId }) } });
    const page = await app.firstWindow();
    if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
    await waitReady(page);
    return {
      page, target: 'electron', downloadsDir,
      reload: async () => { await page.reload(); await waitReady(page); },
      close: async () => { await app.close(); rmSync(userData, { recursive: true, force: true }); },
    };
  }
  const url = await startServer();
  browser ??= await chromium.launch({
    executablePath: chromiumBinary(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    acceptDownloads: true,
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(options.timezoneId === undefined ? {} : { timezoneId: options.timezoneId }),
  });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  // E2E_NOW=2026-12-07T21:00:00Z runs the app on another day: specs that build a plan "from today"
  // meet weekends and month ends on the day CI runs, and this replays that day here.
  if (process.env.E2E_NOW) await page.clock.setFixedTime(new Date(process.env.E2E_NOW));
  page.on('pageerror', (error) => { console.error(`[page error] ${error.message}`); });
  await exposePrintHost(page, browser);
  await page.goto(url);
  await waitReady(page);
  return {
    page, target: 'chromium', downloadsDir,
    reload: async () => { await page.reload(); await waitReady(page); },
    close: async () => { await context.close(); rmSync(downloadsDir, { recursive: true, force: true }); },
  };
}

/**
 * The browser build's stand-in for Electron's printToPDF (renderer/platform/web-print.ts): the
 * page hands a print layout over and gets PDF bytes from the same Chromium print engine
 * (page.pdf()), printed in a context of its own with JavaScript off and every request refused.
 */
async function exposePrintHost(page: Page, engine: Browser): Promise<void> {
  await page.exposeFunction('plotlinePrintHtmlToPdf', async (html: string, pageSize: string, landscape: boolean): Promise<string> => {
    const context = await engine.newContext({ javaScriptEnabled: false });
    try {
      const printer = await context.newPage();
      await printer.route('**/*', (route) => route.abort());
      await printer.setContent(html, { waitUntil: 'load' });
      const pdf = await printer.pdf({ format: pageSize, landscape, printBackground: true, preferCSSPageSize: true });
      return pdf.toString('base64');
    } finally {
      await context.close();
    }
  });
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
  await stopServer();
}

/** Saves a screenshot for people to look at (not compared): test-results/screenshots/NAME.png */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(ROOT, 'test-results/screenshots', `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * What the page shows at both sizes people use (1024×768, 1440×900), light and dark, as
 * `${name}-${width}x${height}-${scheme}.png` beside the other screenshots; `before` runs before
 * each picture (e.g. scrolling the subject into view). Leaves the page at 1440×900, light.
 */
export async function screenshotsAtBothSizes(page: Page, name: string, before?: () => Promise<void>): Promise<string[]> {
  const paths: string[] = [];
  for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await before?.();
      paths.push(await screenshot(page, `${name}-${String(width)}x${String(height)}-${scheme}`));
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1440, height: 900 });
  return paths;
}

/** Where a file for people to look at goes, beside the screenshots (e.g. an exported PDF to render). */
export function artifactPath(name: string): string {
  const dir = join(ROOT, 'test-results/screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/**
 * The usual spec set-up: a fresh app (first run, sample plan) before each test, closed after it,
 * and the browser closed after the file. Read `fixture.handle` inside tests.
 */
export function freshAppPerTest(options: Parameters<typeof openApp>[0] = {}): { readonly handle: AppHandle } {
  const fixture: { handle: AppHandle | null } = { handle: null };
  beforeEach(async () => { fixture.handle = await openApp(options); });
  afterEach(async () => { await fixture.handle?.close(); });
  afterAll(async () => { await closeBrowser(); });
  return {
    get handle(): AppHandle {
      if (!fixture.handle) throw new Error('freshAppPerTest: the app is only open inside a test');
      return fixture.handle;
    },
  };
}

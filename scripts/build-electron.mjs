// Bundles the Electron main process and preload with esbuild into dist/electron as CommonJS:
// sandboxed preloads cannot load ES modules, and one format for both keeps the build simple.
// `electron` stays external (the runtime provides it); everything else (valibot) is bundled, so
// the packaged app needs no node_modules.
import { build } from 'esbuild';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'electron');

/** Electron 45 runs Node 22 and Chromium 142. */
const common = {
  bundle: true,
  format: 'cjs',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'info',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV ?? 'production') },
};

if (process.argv.includes('--icon')) {
  // `node scripts/build-electron.mjs --icon` regenerates the committed icons; normal builds only copy them.
  const png = renderIconPng(512);
  await mkdir(join(root, 'build'), { recursive: true });
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'build', 'icon.png'), png);
  await writeFile(join(root, 'assets', 'icon.png'), png);
  console.log('build-electron: wrote build/icon.png and assets/icon.png');
}

await mkdir(outDir, { recursive: true });
await Promise.all([
  build({ ...common, entryPoints: [join(root, 'electron/main/index.ts')], outfile: join(outDir, 'main.cjs'), platform: 'node', target: 'node22' }),
  // The sandboxed preload runs in a renderer with a small Node-like shim: browser platform, cjs.
  build({ ...common, entryPoints: [join(root, 'electron/preload.ts')], outfile: join(outDir, 'preload.cjs'), platform: 'browser', target: 'chrome140' }),
]);
// The window icon must ship inside dist/ because electron-builder packages dist/** only.
await copyFile(join(root, 'assets', 'icon.png'), join(outDir, 'icon.png')).catch((error) => {
  console.warn(`build-electron: no window icon copied (${error.message})`);
});

/**
 * The app icon, drawn with signed distances so edges are anti-aliased: a blue rounded square with
 * three staggered white Gantt bars joined by a thin dependency line. No image library needed.
 */
function renderIconPng(size) {
  const s = size / 512;
  const bars = [
    { x: 96, y: 136, w: 200, h: 56 },
    { x: 196, y: 228, w: 220, h: 56 },
    { x: 136, y: 320, w: 160, h: 56 },
  ].map((b) => ({ x: b.x * s, y: b.y * s, w: b.w * s, h: b.h * s }));
  const roundRect = (px, py, x, y, w, h, r) => {
    const dx = Math.max(Math.abs(px - (x + w / 2)) - w / 2 + r, 0);
    const dy = Math.max(Math.abs(py - (y + h / 2)) - h / 2 + r, 0);
    const outside = Math.hypot(dx, dy) - r;
    const inside = Math.min(Math.max(Math.abs(px - (x + w / 2)) - w / 2, Math.abs(py - (y + h / 2)) - h / 2), 0);
    return outside > 0 ? outside : inside;
  };
  const cover = (d) => Math.min(Math.max(0.5 - d, 0), 1);
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const bg = cover(roundRect(px, py, 16 * s, 16 * s, 480 * s, 480 * s, 96 * s));
      const t = py / size;
      let [r, g, b] = [Math.round(37 + 30 * t), Math.round(99 - 40 * t), Math.round(235 - 60 * t)];
      let white = 0;
      for (const bar of bars) white = Math.max(white, cover(roundRect(px, py, bar.x, bar.y, bar.w, bar.h, 20 * s)));
      const link = cover(roundRect(px, py, 276 * s, 188 * s, 12 * s, 44 * s, 6 * s));
      white = Math.max(white, link * 0.85);
      r = Math.round(r + (255 - r) * white);
      g = Math.round(g + (255 - g) * white);
      b = Math.round(b + (255 - b) * white);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = Math.round(255 * bg);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

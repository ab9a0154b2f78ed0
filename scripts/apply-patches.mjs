// Applies the small, reviewed patches in patches/ to installed packages (see patches/README.md).
// Idempotent: a patch whose marker is already present is skipped.
import { existsSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'patches');
if (existsSync(dir)) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
    const mod = await import(pathToFileURL(join(dir, name)).href);
    const message = await mod.apply(root);
    console.log(`patches/${name}: ${message}`);
  }
}

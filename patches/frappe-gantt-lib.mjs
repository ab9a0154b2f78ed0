// Shared helper for the frappe-gantt patches. The runner imports every patches/*.mjs and calls apply(), so it has a no-op one.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = 'node_modules/frappe-gantt/dist/frappe-gantt.es.js';

/**
 * Replaces each [from, to] pair once in frappe-gantt's ES build (the file Vite bundles).
 * Idempotent: a file that already carries the marker is left alone. A missing anchor means a
 * different frappe-gantt version: report it loudly instead of half-patching.
 */
export function patchFrappeDist(root, marker, replacements) {
  const file = join(root, DIST);
  if (!existsSync(file)) return `skipped: ${DIST} is not installed`;
  let text = readFileSync(file, 'utf8');
  if (text.includes(marker)) return 'already applied';
  for (const [from, to] of replacements) {
    if (!text.includes(from)) return `NOT APPLIED: anchor not found in ${DIST} (is frappe-gantt still 1.2.2?)`;
    text = text.replace(from, to);
  }
  writeFileSync(file, text);
  return 'applied';
}

export function apply() {
  return 'helper for the frappe-gantt patches (nothing to apply)';
}

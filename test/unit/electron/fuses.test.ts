/**
 * The packaged app cannot be turned into something else (issue 19): electron-builder flips the
 * Electron fuses listed in electron-builder.yml. Read from the file itself, so a removed or
 * flipped line fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** The `key: value` lines of one top-level block of a YAML file (the block is a flat map). */
function yamlBlock(text: string, name: string): Record<string, string> {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l === `${name}:`);
  if (start < 0) return {};
  const out: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = /^ {2}([A-Za-z]+):\s*(\S+)\s*$/.exec(line);
    if (!m) break;
    out[m[1] ?? ''] = m[2] ?? '';
  }
  return out;
}

describe('electron-builder.yml', () => {
  const config = readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8');

  it('sets every Electron fuse that keeps the shipped binary from running other code', () => {
    expect(yamlBlock(config, 'electronFuses')).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      enableCookieEncryption: 'true',
    });
  });

  it('packs the app into an ASAR (the integrity and only-from-ASAR fuses need one)', () => {
    expect(config).toMatch(/^asar: true$/m);
  });
});

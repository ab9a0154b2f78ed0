/**
 * The recent-files list, kept in <userData>/recent-files.json. Its paths are the only paths the
 * renderer may ask main to open (openRecent), so the list doubles as an allow-list.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { RecentFile } from '../contract';
import { LIMITS } from '../contract';
import { writeFileAtomic } from './atomic-write';

export interface RecentFiles {
  list(): Promise<RecentFile[]>;
  has(path: string): Promise<boolean>;
  add(path: string): Promise<RecentFile[]>;
  remove(path: string): Promise<RecentFile[]>;
}

export function createRecentFiles(storePath: string, now: () => Date = () => new Date()): RecentFiles {
  let chain: Promise<unknown> = Promise.resolve();
  // Serialised so two quick opens cannot interleave read-modify-write of the JSON file.
  const update = (change: (files: RecentFile[]) => RecentFile[]): Promise<RecentFile[]> => {
    const next = chain.then(async () => {
      const files = change(await load(storePath));
      await writeFileAtomic(storePath, JSON.stringify({ version: 1, files }, null, 2));
      return files;
    });
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    list: () => load(storePath),
    has: async (path) => (await load(storePath)).some((f) => f.path === path),
    add: (path) =>
      update((files) =>
        [{ path, name: basename(path), lastOpenedAt: now().toISOString() }, ...files.filter((f) => f.path !== path)].slice(0, LIMITS.maxRecentFiles),
      ),
    remove: (path) => update((files) => files.filter((f) => f.path !== path)),
  };
}

/** A missing or damaged list is an empty list: losing recents must never stop the app starting. */
async function load(storePath: string): Promise<RecentFile[]> {
  try {
    const parsed: unknown = JSON.parse(await readFile(storePath, 'utf8'));
    const files: unknown = typeof parsed === 'object' && parsed !== null && 'files' in parsed ? parsed.files : [];
    return Array.isArray(files) ? files.filter(isRecentFile).slice(0, LIMITS.maxRecentFiles) : [];
  } catch {
    return [];
  }
}

function isRecentFile(value: unknown): value is RecentFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof RecentFile, unknown>>;
  return typeof v.path === 'string' && typeof v.name === 'string' && typeof v.lastOpenedAt === 'string';
}

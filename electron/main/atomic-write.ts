/**
 * Atomic file replacement: write a temp file in the same directory, fsync it, rename it over the
 * target. A crash or full disk leaves either the old file or the new one, never half a plan.
 * Same directory because rename is only atomic within one file system.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls used, injectable so tests can fail each step on a real directory. */
export interface AtomicWriteFs {
  readonly open: typeof open;
  readonly rename: typeof rename;
  readonly unlink: typeof unlink;
}

const realFs: AtomicWriteFs = { open, rename, unlink };

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** A leftover temp file of a killed save: `.<name>.<12 hex>.tmp`, as tempPathFor names them. */
export const TEMP_FILE_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Saving over a symlink writes the file it points to (its real path), so the link survives and
 * the real file is the one updated; a path that does not exist yet is written as given.
 */
async function realTarget(target: string): Promise<string> {
  try {
    return await realpath(target);
  } catch {
    return target;
  }
}

export async function writeFileAtomic(given: string, data: string | Uint8Array, fs: AtomicWriteFs = realFs): Promise<void> {
  const target = await realTarget(given);
  const temp = tempPathFor(target);
  const mode = await existingMode(target);
  try {
    // 'wx': never follow or reuse an existing path at the temp name.
    const handle = await fs.open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(target), fs);
}

/** Keep the permissions of the file being replaced (a user may have made a plan read-only to others). */
async function existingMode(target: string): Promise<number> {
  try {
    return (await stat(target)).mode & 0o777;
  } catch {
    return 0o644;
  }
}

/** Makes the rename itself durable on POSIX; Windows cannot open directories, and does not need it. */
async function syncDirectory(dir: string, fs: AtomicWriteFs): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the data is already in place; some file systems refuse fsync on directories.
  }
}

/**
 * Removes temp files that killed saves left in `dirs` (the snapshot folders, the folders of
 * recent files), older than `minAgeMs` so a save running in another window is never touched.
 * Returns how many were removed; unreadable folders are skipped.
 */
export async function cleanLeftoverTempFiles(dirs: readonly string[], nowMs: number, minAgeMs = 60_000): Promise<number> {
  let removed = 0;
  for (const dir of new Set(dirs)) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!TEMP_FILE_PATTERN.test(name)) continue;
      const path = join(dir, name);
      try {
        const info = await stat(path);
        if (!info.isFile() || nowMs - info.mtimeMs < minAgeMs) continue;
        await unlink(path);
        removed++;
      } catch {
        // Gone already, or not ours to remove: nothing to clean.
      }
    }
  }
  return removed;
}

/** The folders a killed save can leave temp files in: the snapshot folders and the recent files' folders. */
export async function tempFileFolders(snapshotRoot: string, recentPaths: readonly string[]): Promise<string[]> {
  const projects = await readdir(snapshotRoot, { withFileTypes: true }).catch(() => []);
  return [snapshotRoot, ...projects.filter((d) => d.isDirectory()).map((d) => join(snapshotRoot, d.name)), ...recentPaths.map((p) => dirname(p))];
}

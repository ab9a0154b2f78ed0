/**
 * Atomic file replacement: write a temp file in the same directory, fsync it, rename it over the
 * target. A crash or full disk leaves either the old file or the new one, never half a plan.
 * Same directory because rename is only atomic within one file system.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
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

export async function writeFileAtomic(target: string, data: string | Uint8Array, fs: AtomicWriteFs = realFs): Promise<void> {
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

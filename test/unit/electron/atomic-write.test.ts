import { mkdir, mkdtemp, open, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicWriteFs } from '../../../electron/main/atomic-write';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plotline-atomic-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes text and bytes, replacing an existing file, leaving no temp files', async () => {
    const target = join(dir, 'plan.plotline');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new plan ✓');
    expect(await readFile(target, 'utf8')).toBe('new plan ✓');
    await writeFileAtomic(join(dir, 'out.pdf'), new Uint8Array([37, 80, 68, 70]));
    expect([...(await readFile(join(dir, 'out.pdf')))]).toEqual([37, 80, 68, 70]);
    expect((await readdir(dir)).sort()).toEqual(['out.pdf', 'plan.plotline']);
  });

  it('goes through a temp file in the same directory and renames it', async () => {
    const calls: string[] = [];
    const spy: AtomicWriteFs = {
      open: ((path: string, ...rest: []) => {
        calls.push(`open ${path}`);
        return open(path, ...rest);
      }) as typeof open,
      rename: async (from, to) => {
        calls.push(`rename ${String(from)} -> ${String(to)}`);
        return rename(from, to);
      },
      unlink,
    };
    const target = join(dir, 'plan.plotline');
    await writeFileAtomic(target, 'x', spy);
    expect(calls[0]).toMatch(new RegExp(`^open ${dir}/\\.plan\\.plotline\\.[0-9a-f]{12}\\.tmp$`));
    expect(calls[1]).toMatch(/^rename .*\.tmp -> .*plan\.plotline$/);
  });

  it('keeps the old file intact and removes the temp file when the rename fails', async () => {
    const target = join(dir, 'plan.plotline');
    await writeFile(target, 'precious');
    const failing: AtomicWriteFs = { open, unlink, rename: async () => Promise.reject(new Error('disk on fire')) };
    await expect(writeFileAtomic(target, 'replacement', failing)).rejects.toThrow('disk on fire');
    expect(await readFile(target, 'utf8')).toBe('precious');
    expect(await readdir(dir)).toEqual(['plan.plotline']);
  });

  it('leaves no partial file when writing fails part-way', async () => {
    const target = join(dir, 'new.plotline');
    const failing: AtomicWriteFs = {
      rename,
      unlink,
      open: (async (path: string, flags: string, mode?: number) => {
        const handle = await open(path, flags, mode);
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: async () => {
            await handle.write('half a pl');
            throw new Error('ENOSPC: no space left on device');
          },
          close: () => handle.close(),
        });
      }) as typeof open,
    };
    await expect(writeFileAtomic(target, 'half a plan, then the rest', failing)).rejects.toThrow('ENOSPC');
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails cleanly with a real error when the target is a directory', async () => {
    const target = join(dir, 'folder');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'x');
    await expect(writeFileAtomic(target, 'text')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['folder']);
  });
});

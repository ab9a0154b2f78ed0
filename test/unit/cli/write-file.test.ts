/**
 * writeFileAtomically with text made piece by piece (a .plotline on the command line): the same
 * bytes as the whole string, across its write buffer's edges, and a failure part way leaves the
 * old file as it was and no temporary file.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomically, type StreamedText } from '../../../cli/plan-files';

const dir = mkdtempSync(path.join(tmpdir(), 'plotline-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const streamed = (chunks: readonly string[], restartAfter?: number): StreamedText => ({
  writeTo: (sink) => {
    chunks.forEach((chunk, i) => {
      sink.write(chunk);
      if (i === restartAfter) sink.restart();
    });
  },
});

describe('writeFileAtomically with streamed text', () => {
  it('writes the bytes of the joined text: multi-byte characters across buffer edges, pieces larger than the buffer, lone surrogates', () => {
    const piece = (i: number): string => `${'é😀\ud800'.repeat(i % 50)}${String(i)}ß${'x'.repeat(i % 7)}`;
    const chunks = [...Array.from({ length: 40_000 }, (_, i) => piece(i)), '€'.repeat(900_000), 'end\n'];
    const file = path.join(dir, 'plain.plotline');
    return writeFileAtomically(file, streamed(chunks)).then((result) => {
      expect(result.ok).toBe(true);
      expect(readFileSync(file).equals(Buffer.from(chunks.join(''), 'utf8'))).toBe(true);
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    });
  });

  it('keeps only what follows a restart', async () => {
    const file = path.join(dir, 'restart.plotline');
    const result = await writeFileAtomically(file, streamed(['a much longer first attempt ', 'x'.repeat(3_000_000), 'short', '\n'], 1));
    expect(result.ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('short\n');
  });

  it('leaves the old file intact and no temporary file when the text fails part way', async () => {
    const file = path.join(dir, 'kept.plotline');
    writeFileSync(file, 'the old plan\n');
    const failing: StreamedText = {
      writeTo: (sink) => {
        for (let i = 0; i < 5_000; i++) sink.write('y'.repeat(1_000));
        throw new Error('the plan could not be written');
      },
    };
    const result = await writeFileAtomically(file, failing);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe(`Cannot write '${file}': the plan could not be written.`);
    expect(readFileSync(file, 'utf8')).toBe('the old plan\n');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('names the file when it cannot be created, as for whole text', async () => {
    const file = path.join(dir, 'missing-folder', 'out.plotline');
    const result = await writeFileAtomically(file, streamed(['x']));
    const whole = await writeFileAtomically(file, 'x');
    expect(result.ok).toBe(false);
    expect(whole.ok).toBe(false);
    if (!result.ok && !whole.ok) expect(result.error.message).toBe(whole.error.message);
    if (!whole.ok) expect(whole.error.message).toBe(`Cannot write '${file}': the folder it goes in does not exist.`);
  });

  it('says in words that the path is a folder, and leaves no temporary file beside it, streamed or whole', async () => {
    const folder = path.join(dir, 'a-folder.xml');
    mkdirSync(folder);
    for (const data of [streamed(['<Project/>']), '<Project/>', new Uint8Array([60, 47, 62])]) {
      const result = await writeFileAtomically(folder, data);
      expect(result.ok ? '' : result.error.message).toBe(`Cannot write '${folder}': it is a folder.`);
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    }
  });
});

/**
 * Random (version 4) UUIDs for the ids of a plan read on the command line, made a batch at a time.
 *
 * Why not crypto.randomUUID: in Node 20 it builds each id by joining 20 short strings, and a plan
 * keeps its ids for as long as it lives, so a 10,000-task import promoted about 14 MB of those
 * pieces into the old generation before they died (heap sampling of `plotline convert`). Here the
 * random bytes for a batch are written as ASCII text once, and each id is a 36-character piece of
 * that text. The app's worker uses the browser's crypto.randomUUID, which has no such cost.
 */
import { randomFillSync } from 'node:crypto';

const IDS_PER_BATCH = 512;
const UUID_CHARS = 36;
const HEX = new TextEncoder().encode('0123456789abcdef');
const DASH = 0x2d;
/** Where in an id each of its 16 bytes is written, as two hex digits (8-4-4-4-12 digits between the dashes). */
const BYTE_AT = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
const DASHES_AT = [8, 13, 18, 23];

export function randomIds(): () => string {
  const random = new Uint8Array(16 * IDS_PER_BATCH);
  const ascii = Buffer.allocUnsafe(UUID_CHARS * IDS_PER_BATCH);
  let batch = '';
  let next = IDS_PER_BATCH;
  const refill = (): void => {
    randomFillSync(random);
    for (let id = 0; id < IDS_PER_BATCH; id++) {
      const bytes = id * 16;
      const chars = id * UUID_CHARS;
      // RFC 9562 version 4: the version nibble is 4, the variant bits are 10.
      random[bytes + 6] = ((random[bytes + 6] ?? 0) & 0x0f) | 0x40;
      random[bytes + 8] = ((random[bytes + 8] ?? 0) & 0x3f) | 0x80;
      for (let b = 0; b < 16; b++) {
        const value = random[bytes + b] ?? 0;
        const at = chars + (BYTE_AT[b] ?? 0);
        ascii[at] = HEX[value >> 4] ?? 0;
        ascii[at + 1] = HEX[value & 0x0f] ?? 0;
      }
      for (const dash of DASHES_AT) ascii[chars + dash] = DASH;
    }
    batch = ascii.toString('latin1');
    next = 0;
  };
  return () => {
    if (next === IDS_PER_BATCH) refill();
    const at = next++ * UUID_CHARS;
    return batch.slice(at, at + UUID_CHARS);
  };
}

/**
 * Random ids for new entities: RFC 9562 version-4 UUIDs, the same form `crypto.randomUUID()` gives.
 *
 * Written here rather than calling `crypto.randomUUID()` per id because an import makes one id per
 * task and link, and in Chromium each call crosses into the browser's random source on its own:
 * 13,000 ids (a 10,000-task MS Project file) took 50-88 ms that way against 3.5-7 ms drawn 4 KB at
 * a time from `crypto.getRandomValues` (Chromium 156, December 2026), about a tenth of the file's
 * whole parse. The bytes come from the same cryptographic source; only the number of trips changes.
 */
import type { IdFactory } from '../../domain/model';

const BYTES_PER_ID = 16;
/** Ids drawn per trip to the random source: 4 KB, well under getRandomValues' 64 KB limit. */
const IDS_PER_DRAW = 256;

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A factory of random version-4 UUIDs; each factory keeps its own pool of random bytes. */
export function randomUuids(fill: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => crypto.getRandomValues(bytes)): IdFactory {
  const pool = new Uint8Array(BYTES_PER_ID * IDS_PER_DRAW);
  let at = pool.length;
  return () => {
    if (at === pool.length) {
      fill(pool);
      at = 0;
    }
    const b = at;
    at += BYTES_PER_ID;
    const hex = (i: number): string => HEX[pool[b + i] as number] as string;
    // Version 4 in the high nibble of byte 6, variant 10xx in the top bits of byte 8.
    const version = HEX[((pool[b + 6] as number) & 0x0f) | 0x40] as string;
    const variant = HEX[((pool[b + 8] as number) & 0x3f) | 0x80] as string;
    return `${hex(0)}${hex(1)}${hex(2)}${hex(3)}-${hex(4)}${hex(5)}-${version}${hex(7)}-${variant}${hex(9)}-${hex(10)}${hex(11)}${hex(12)}${hex(13)}${hex(14)}${hex(15)}`;
  };
}

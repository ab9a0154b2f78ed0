/** Random ids for new entities: version-4 UUIDs drawn from a pool of random bytes (random-ids.ts). */
import { describe, expect, it } from 'vitest';
import { randomUuids } from '../../../../renderer/features/shared/random-ids';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomUuids', () => {
  it('makes version-4 UUIDs in the form crypto.randomUUID gives, all different', () => {
    const newId = randomUuids();
    const ids = Array.from({ length: 20_000 }, () => newId());
    for (const id of ids) expect(id).toMatch(V4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(crypto.randomUUID()).toMatch(V4);
  });

  it('writes each byte of the random source as two hex digits, version and variant bits set over it', () => {
    // Bytes 0..15 in order for the first id, then 16..31: the pool is read sixteen bytes per id.
    const newId = randomUuids((bytes) => bytes.forEach((_, i) => { bytes[i] = i % 256; }));
    expect(newId()).toBe('00010203-0405-4607-8809-0a0b0c0d0e0f');
    expect(newId()).toBe('10111213-1415-4617-9819-1a1b1c1d1e1f');
    const ones = randomUuids((bytes) => bytes.fill(0xff));
    expect(ones()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });

  it('draws from the random source again only when the pool is used up, 256 ids per draw', () => {
    let draws = 0;
    const newId = randomUuids((bytes) => {
      draws++;
      bytes.fill(draws);
    });
    const ids = Array.from({ length: 513 }, () => newId());
    expect(draws).toBe(3);
    expect(ids[255]).toBe('01010101-0101-4101-8101-010101010101');
    expect(ids[256]).toBe('02020202-0202-4202-8202-020202020202');
    expect(ids[512]).toBe('03030303-0303-4303-8303-030303030303');
  });
});

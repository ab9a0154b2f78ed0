import { describe, expect, it } from 'vitest';
import { randomIds } from '../../../cli/random-ids';

const VERSION_4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomIds (the command line\'s ids)', () => {
  it('gives version 4 UUIDs, as crypto.randomUUID does, across several batches, none twice', () => {
    const next = randomIds();
    const ids = Array.from({ length: 5_000 }, next);
    for (const id of ids) expect(id).toMatch(VERSION_4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses every hex digit in every place that is random (the bytes reach the text)', () => {
    const next = randomIds();
    const ids = Array.from({ length: 2_000 }, next);
    const fixed = new Map([[8, '-'], [13, '-'], [14, '4'], [18, '-'], [23, '-']]);
    for (let place = 0; place < 36; place++) {
      const seen = new Set(ids.map((id) => id[place]));
      if (fixed.has(place)) expect([...seen]).toEqual([fixed.get(place)]);
      else if (place === 19) expect([...seen].sort()).toEqual(['8', '9', 'a', 'b']);
      else expect(seen.size).toBe(16);
    }
  });

  it('two factories do not repeat each other', () => {
    const a = Array.from({ length: 600 }, randomIds());
    const b = Array.from({ length: 600 }, randomIds());
    expect(new Set([...a, ...b]).size).toBe(1_200);
  });
});

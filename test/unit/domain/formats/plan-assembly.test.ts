import { describe, expect, it } from 'vitest';
import { byId } from '../../../../renderer/domain/formats/plan-assembly';

describe('byId', () => {
  it('builds the record Object.fromEntries builds: key order, a later duplicate in the earlier place, __proto__ as a key', () => {
    const items = [
      { id: 'b', n: 1 }, { id: '10', n: 2 }, { id: '__proto__', n: 3 }, { id: 'a', n: 4 }, { id: 'b', n: 5 }, { id: '2', n: 6 }, { id: 'constructor', n: 7 },
    ];
    const built = byId(items);
    const expected = Object.fromEntries(items.map((item) => [item.id, item]));
    expect(Object.keys(built)).toEqual(Object.keys(expected));
    expect(Object.entries(built)).toEqual(Object.entries(expected));
    expect(Object.getPrototypeOf(built)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(built, '__proto__')).toEqual(Object.getOwnPropertyDescriptor(expected, '__proto__'));
    expect(JSON.stringify(built)).toBe(JSON.stringify(expected));
  });
});

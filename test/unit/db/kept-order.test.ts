import { describe, expect, it } from 'vitest';
import { inKeptOrder, keptOrderOf } from '../../../renderer/db/kept-order';

const read = { c: 'Grace', a: 'Margaret', d: 'Maria', b: 'Ana' };

describe('the kept team order', () => {
  it('is the plan\'s own order of its resources', () => {
    expect(keptOrderOf({ resources: { x: {}, a: {}, m: {} } as never })).toEqual({ resourceOrder: ['x', 'a', 'm'] });
  });

  it('puts a record read in hash order back in the kept order', () => {
    expect(Object.keys(inKeptOrder(read, ['a', 'b', 'c', 'd']))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lists ids the order lacks after it, in the order read, and drops ids the record lacks', () => {
    expect(Object.keys(inKeptOrder(read, ['d', 'gone', 'a']))).toEqual(['d', 'a', 'c', 'b']);
  });

  it('leaves the record as read when no order was kept or what is stored is not a list of ids', () => {
    for (const order of [undefined, null, [], 'a,b', { 0: 'a' }]) expect(inKeptOrder(read, order)).toBe(read);
    expect(Object.keys(inKeptOrder(read, [3, 'b', null]))).toEqual(['b', 'c', 'a', 'd']);
  });
});

import { describe, expect, it } from 'vitest';
import { nameNotTaken } from '../../../../renderer/domain/model';

describe('nameNotTaken', () => {
  it('keeps a name no other project has', () => {
    expect(nameNotTaken('Money run', ['Customer Portal', 'Money runway'])).toBe('Money run');
    expect(nameNotTaken('Money run', [])).toBe('Money run');
  });
  it('numbers a second copy from 2, and the next free number after that', () => {
    expect(nameNotTaken('Money run', ['Money run'])).toBe('Money run (2)');
    expect(nameNotTaken('Money run', ['Money run', 'Money run (2)'])).toBe('Money run (3)');
    expect(nameNotTaken('Money run', ['Money run', 'Money run (3)'])).toBe('Money run (2)');
  });
  it('reads names as people do: case and surrounding spaces do not make them different', () => {
    expect(nameNotTaken('Money Run', [' money run '])).toBe('Money Run (2)');
  });
});

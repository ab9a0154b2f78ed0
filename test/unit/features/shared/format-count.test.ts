/** A count with its noun, as the top bar's summary says it: singular for exactly one. */
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../../renderer/features/shared/format';

describe('formatCount', () => {
  it('says one in the singular and every other count in the plural', () => {
    expect(formatCount(1, 'task')).toBe('1 task');
    expect(formatCount(2, 'task')).toBe('2 tasks');
    expect(formatCount(0, 'milestone')).toBe('0 milestones');
    expect(formatCount(1, 'person', 'people')).toBe('1 person');
    expect(formatCount(3, 'person', 'people')).toBe('3 people');
  });

  it('writes a large count in the person\'s locale', () => {
    expect(formatCount(1204, 'task')).toBe(`${(1204).toLocaleString()} tasks`);
  });
});

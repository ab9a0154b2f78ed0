import { expect, it } from 'vitest';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { basePlan, chain, dates } from './plan-kit';

it('smoke', () => {
  const plan = chain(basePlan(), ['a', 'b', 'c']);
  const r = scheduleProject(plan);
  expect(dates(r, 'a')).toEqual(['2026-03-02T09:00', '2026-03-02T17:00']);
  expect(dates(r, 'b')).toEqual(['2026-03-03T09:00', '2026-03-03T17:00']);
  expect(r.projectFinish).toBe('2026-03-04T17:00');
  expect(r.criticalTaskIds).toEqual(['a', 'b', 'c']);
});

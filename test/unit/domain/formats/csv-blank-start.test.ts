/**
 * A row added by hand to an exported CSV with its Start left blank is placed by its links; the
 * project keeps the start its dated rows give. The blank was read as today and, the earliest start,
 * moved the whole plan to today (a new user's third hour: a plan of 14 Dec opened on 7 Dec).
 */
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../../renderer/domain/formats';
import { sequentialIds } from '../../../../renderer/domain/model';

const ctx = () => ({ newId: sequentialIds('csv'), now: '2026-12-07T08:00:00.000Z' });

describe('a CSV row without a Start', () => {
  it('leaves the project start and the dated rows where the file has them, and follows its link', () => {
    const text = [
      'ID,Name,Start,Duration,Predecessors',
      '1,Design,2026-12-14T09:00,3d,',
      '2,Build,2026-12-17T09:00,5d,1',
      '3,Pen test,,2d,2',
    ].join('\n');
    const read = importCsv(text, ctx());
    if (!read.ok) throw new Error(read.error.message);
    const { plan, schedule } = read.value;
    expect(plan.project.start).toBe('2026-12-14T09:00');
    const byName = (name: string) => Object.values(plan.tasks).find((t) => t.name === name);
    const start = (name: string) => schedule?.tasks.get(byName(name)?.id ?? ('' as never))?.start;
    expect(start('Design')).toBe('2026-12-14T09:00');
    expect(start('Build')).toBe('2026-12-17T09:00');
    // After Build (Thu 17 – Wed 23 Dec), as its link says.
    expect(start('Pen test')).toBe('2026-12-24T09:00');
  });

  it('still starts a file with no Start at all on the day it is read', () => {
    const read = importCsv('Name,Duration\nDesign,3d\n', ctx());
    expect(read.ok && read.value.plan.project.start).toBe('2026-12-07T09:00');
  });
});

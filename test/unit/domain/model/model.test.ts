import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  childIndex, formatDuration, initialRanks, outlineRows, parseDuration, parseLocalDate, parseLocalDateTime,
  priorityLevel, rankBetween, ranksBetween, toWallMinutes, fromWallMinutes, weekdayOf, type LocalDateTime,
} from '../../../../renderer/domain/model';
import { indentTasks, insertTask } from '../../../../renderer/domain/commands';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const units = { minutesPerDay: 480, minutesPerWeek: 2400 };

describe('fractional ranks', () => {
  it('always finds a key strictly between two keys', () => {
    fc.assert(fc.property(fc.array(fc.boolean(), { maxLength: 60 }), (choices) => {
      // Repeatedly insert at the front or the back of a growing ordered list.
      let keys = [rankBetween(null, null)];
      for (const atFront of choices) {
        const first = keys[0] ?? null;
        const second = keys[1] ?? null;
        keys = atFront ? [keys[0] ?? '', rankBetween(first, second), ...keys.slice(1)] : [...keys, rankBetween(keys[keys.length - 1] ?? null, null)];
      }
      return keys.every((k, i) => i === 0 || (keys[i - 1] ?? '') < k) && new Set(keys).size === keys.length;
    }));
  });

  it('spreads initial keys in order', () => {
    const keys = initialRanks(200);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(200);
  });

  it('places n keys between two keys (or open ends) in order, and keeps them short', () => {
    const key = fc.stringMatching(/^[0-9A-Za-z]{0,6}[1-9A-Za-z]$/);
    fc.assert(fc.property(fc.option(key, { nil: null }), fc.option(key, { nil: null }), fc.integer({ min: 0, max: 500 }), (x, y, n) => {
      const [a, b] = x !== null && y !== null && y < x ? [y, x] : [x, y];
      if (a !== null && b !== null && a === b) return;
      const keys = ranksBetween(a, b, n);
      expect(keys).toHaveLength(n);
      const bounded = [a ?? '', ...keys];
      expect(bounded.every((k, i) => i === 0 || (bounded[i - 1] ?? '') < k)).toBe(true);
      if (b !== null) expect(keys.every((k) => k < b)).toBe(true);
      // Bisection adds at most a digit per halving (log2 500 < 9), on top of the bounds' length.
      expect(Math.max(0, ...keys.map((k) => k.length))).toBeLessThanOrEqual(Math.max(a?.length ?? 0, b?.length ?? 0) + 10);
    }));
    // 400 cards appended one at a time would reach keys of about 65 digits.
    expect(Math.max(...ranksBetween('V', null, 400).map((k) => k.length))).toBeLessThanOrEqual(6);
  });

  it('refuses bounds in the wrong order (a bug, so it throws)', () => {
    expect(() => rankBetween('b', 'a')).toThrow();
  });
});

describe('wall-clock time', () => {
  it('rejects impossible dates', () => {
    expect(parseLocalDate('2026-02-29')).toBeNull();
    expect(parseLocalDate('2028-02-29')).toBe('2028-02-29');
    expect(parseLocalDateTime('2026-03-02T24:00')).toBeNull();
    expect(parseLocalDateTime('2026-03-02T09:30')).toBe('2026-03-02T09:30');
  });

  it('round-trips minutes and knows the weekday', () => {
    const t = '2026-03-02T09:00' as LocalDateTime;
    expect(fromWallMinutes(toWallMinutes(t))).toBe(t);
    expect(weekdayOf(t)).toBe(1);
  });

  it('keeps seconds when they are not zero, and spells an instant one way', () => {
    expect(parseLocalDateTime('2026-03-02T11:53:18')).toBe('2026-03-02T11:53:18');
    expect(parseLocalDateTime('2026-03-02T11:53:00')).toBe('2026-03-02T11:53');
    expect(parseLocalDateTime('2026-03-02T11:53:60')).toBeNull();
    const t = '2026-03-02T11:53:18' as LocalDateTime;
    // 11:53:18 is 53 min 18 s after 11:00: 18 s = 0.3 min.
    expect(toWallMinutes(t) - toWallMinutes('2026-03-02T11:53' as LocalDateTime)).toBeCloseTo(0.3, 6);
    expect(fromWallMinutes(toWallMinutes(t))).toBe(t);
    expect(fromWallMinutes(toWallMinutes(t) + 120)).toBe('2026-03-02T13:53:18');
  });
});

describe('durations', () => {
  it.each([
    ['3d', 1440, false], ['4h', 240, false], ['2w', 4800, false], ['30m', 30, false], ['1.5d', 720, false],
    ['2ed', 2880, true], ['-1d', -480, false], ['5', 2400, false], ['1 mo', 9600, false],
  ])('parses %s', (text, minutes, isElapsed) => {
    expect(parseDuration(text, units)).toEqual({ minutes, isElapsed });
  });

  it('refuses what it cannot read', () => {
    expect(parseDuration('3x', units)).toBeNull();
    expect(parseDuration('soon', units)).toBeNull();
  });

  it.each([[1440, '3d'], [240, '4h'], [4800, '10d'], [720, '1.5d'], [30, '30m'], [90, '1.5h'], [-480, '-1d'], [0, '0d']])('formats %i minutes as %s', (m, text) => {
    expect(formatDuration(m, units)).toBe(text);
  });
});

describe('outline', () => {
  it('numbers rows like MS Project and hides collapsed children', () => {
    let plan = blankPlan();
    const ctx = testContext();
    for (const name of ['Initiation', 'Charter', 'Planning']) plan = runOk(insertTask, plan, { name }, ctx).plan;
    plan = runOk(indentTasks, plan, { ids: [taskByName(plan, 'Charter').id] }).plan;
    const rows = outlineRows(plan.tasks);
    expect(rows.map((r) => `${r.wbs} ${r.task.name} ${String(r.depth)}`)).toEqual(['1 Initiation 0', '1.1 Charter 1', '2 Planning 0']);
    const collapsed = outlineRows(plan.tasks, (id) => id === taskByName(plan, 'Initiation').id, childIndex(plan.tasks));
    expect(collapsed.map((r) => r.task.name)).toEqual(['Initiation', 'Planning']);
  });

  it('maps priorities to five levels', () => {
    expect([0, 300, 500, 700, 1000].map(priorityLevel)).toEqual(['lowest', 'low', 'medium', 'high', 'highest']);
  });
});

import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../../renderer/domain/formats/validate';
import { isRealDateText } from '../../../../renderer/domain/model/time';
import { parseJsonSafely } from '../../../../renderer/domain/formats/safe-json';
import { samplePlan } from './sample-plan';

const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(samplePlan())) as Record<string, unknown>;

describe('validatePlan', () => {
  it('accepts a complete plan', () => {
    const result = validatePlan(samplePlan());
    expect(result.ok).toBe(true);
  });

  it('names the path of a wrong field', () => {
    const plan = clone();
    (plan.tasks as Record<string, Record<string, unknown>>).t2!.durationMinutes = '3x';
    const result = validatePlan(plan);
    expect(result.ok || result.error.message).toBe(`The plan is not valid: tasks['t2'].durationMinutes: expected a number, got "3x"`);
  });

  it('reports missing fields, bad dates and broken references', () => {
    const plan = clone();
    const tasks = plan.tasks as Record<string, Record<string, unknown>>;
    delete tasks.t3!.name;
    tasks.t4!.start = '2026-02-30T09:00';
    const result = validatePlan(plan);
    expect(result.ok || result.error.message).toMatch(/tasks\['t3'\]\.name: is missing/);
    expect(result.ok || result.error.message).toMatch(/tasks\['t4'\]\.start: expected a date-time YYYY-MM-DDTHH:mm, got "2026-02-30T09:00"/);
    const links = clone();
    (links.links as Record<string, Record<string, unknown>>).l1!.successorId = 'nope';
    const broken = validatePlan(links);
    expect(broken.ok || broken.error.message).toMatch(/links\['l1'\]: refers to 'nope', which does not exist/);
    const keyed = clone();
    (keyed.tasks as Record<string, Record<string, unknown>>).t1!.id = 'other';
    const mismatch = validatePlan(keyed);
    expect(mismatch.ok || mismatch.error.message).toMatch(/tasks\['t1'\]\.id: 'other' does not match its key/);
  });

  it.each(['check', 'copy'] as const)('names each kind of broken reference and where it is, an inherited name included (%s)', (mode) => {
    type Rows = Record<string, Record<string, unknown>>;
    const first = (rows: unknown): [string, Record<string, unknown>] => {
      const entry = Object.entries(rows as Rows)[0];
      if (!entry) throw new Error('the sample plan lacks a collection this test breaks');
      return entry;
    };
    const cases: [string, (plan: Record<string, unknown>) => string][] = [
      ['a parent', (plan) => { const [id, t] = first(plan.tasks); t.parentId = 'constructor'; return `tasks['${id}']: refers to 'constructor'`; }],
      ['a task calendar', (plan) => { const [id, t] = first(plan.tasks); t.calendarId = 'c-gone'; return `tasks['${id}']: refers to 'c-gone'`; }],
      ['a status column', (plan) => { const [id, t] = first(plan.tasks); t.statusId = 'toString'; return `tasks['${id}']: refers to 'toString'`; }],
      ['a predecessor', (plan) => { const [id, l] = first(plan.links); l.predecessorId = '__proto__'; return `links['${id}']: refers to '__proto__'`; }],
      ['an assigned task', (plan) => { const [id, a] = first(plan.assignments); a.taskId = 't-gone'; return `assignments['${id}']: refers to 't-gone'`; }],
      ['an assigned resource', (plan) => { const [id, a] = first(plan.assignments); a.resourceId = 'r-gone'; return `assignments['${id}']: refers to 'r-gone'`; }],
      ['a resource calendar', (plan) => { const [id, r] = first(plan.resources); r.calendarId = 'c-gone'; return `resources['${id}']: refers to 'c-gone'`; }],
      ['a base calendar', (plan) => { const [id, c] = first(plan.calendars); c.baseCalendarId = 'hasOwnProperty'; return `calendars['${id}']: refers to 'hasOwnProperty'`; }],
    ];
    for (const [, breakIt] of cases) {
      const plan = clone();
      const expected = breakIt(plan);
      const result = validatePlan(plan, 'The plan', mode);
      expect(result.ok || result.error.message).toBe(`The plan is not valid: ${expected}, which does not exist`);
      expect(result.ok || result.error.where).toBe(expected.slice(0, expected.indexOf(':')));
    }
  });
});

describe('parseJsonSafely', () => {
  it('drops __proto__, constructor and prototype keys at every depth', () => {
    const result = parseJsonSafely('{"__proto__":{"polluted":1},"a":{"constructor":{"prototype":{"x":1}},"prototype":2,"ok":3}}');
    expect(result.ok && result.value).toEqual({ a: { ok: 3 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a syntax error with line:column', () => {
    const result = parseJsonSafely('{\n  "a": 1,\n  }');
    expect(result.ok || result.error.message).toMatch(/not valid JSON/);
  });
});

describe('isRealDateText (the schema\'s date check)', () => {
  /** The rule as a regex, as it was written before: the reference the hand-written check must agree with. */
  function byRegex(text: string, withTime: boolean): boolean {
    const m = (withTime ? /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/ : /^(\d{4})-(\d{2})-(\d{2})$/).exec(text);
    if (!m) return false;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = month === 2 && !isLeap ? 28 : [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
    return day >= 1 && day <= days;
  }

  it('agrees with the regex rule on real, impossible and malformed dates', () => {
    const texts = [
      '2026-03-02', '2024-02-29', '2026-02-29', '2000-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00',
      '0000-01-01', '9999-12-31', '2026-3-02', '2026/03/02', '２０２６-03-02', '2026-03-02 ', ' 2026-03-02', '2026-03-0a', '',
      '2026-03-02T09:00', '2026-03-02T23:59', '2026-03-02T24:00', '2026-03-02T09:60', '2026-03-02T09:00:59', '2026-03-02T09:00:60',
      '2026-03-02t09:00', '2026-03-02T9:00', '2026-03-02T09:00:0', '2026-03-02T09:00:000', '2026-03-02T09-00', '2026-03-02T09:00Z',
      '2026-02-29T09:00', '2024-02-29T00:00:00', '2026-03-02T0٩:00',
    ];
    for (const text of texts) {
      for (const withTime of [false, true]) expect(isRealDateText(text, withTime), `${text} ${String(withTime)}`).toBe(byRegex(text, withTime));
    }
  });
});

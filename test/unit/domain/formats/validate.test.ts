import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../../renderer/domain/formats/validate';
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

/**
 * The .plotline text written in pieces (jsonChunks, writePlotline) is the very text of
 * JSON.stringify / serializePlotline, for odd values and for whole plans, indented and compact.
 */
import { describe, expect, it } from 'vitest';
import { JsonEntries, JsonMembers, jsonChunks } from '../../../../renderer/domain/formats/native/json-chunks';
import { FILE_EXTRA_KEY, parsePlotline, serializePlotline, writePlotline } from '../../../../renderer/domain/formats/native';
import type { Plan } from '../../../../renderer/domain/model';
import { generatePlan } from '../../../support/generate-plan';
import { samplePlan } from './sample-plan';

const options = { app: 'Plotline 0.1.0', exported: '2026-03-01T12:00:00.000Z' };

function joined(value: object, gap: '' | '  ', containers: readonly object[]): string {
  return [...jsonChunks(value, gap, new Set(containers))].join('');
}

function pieces(plan: Plan, maxChars?: number): { text: string; restarts: number; count: number } {
  let parts: string[] = [];
  let restarts = 0;
  writePlotline(plan, options, { write: (text) => parts.push(text), restart: () => { parts = []; restarts += 1; } }, maxChars);
  return { text: parts.join(''), restarts, count: parts.length };
}

describe('jsonChunks', () => {
  const odd = {
    text: 'quote " backslash \\ newline \n tab \t nul \u0000 emoji 😀 lone \ud800 end \u2028',
    numbers: [0, -0, 1.5e300, -1e-7, NaN, Infinity, null],
    missing: undefined,
    fn: () => 1,
    nested: { deeper: { list: [[], {}, [1, [2, { x: 'y' }]]], empty: {} }, flag: true },
    '10': 'integer-like keys come first, as JSON.stringify orders them',
    'key with "quotes"\n': 'x',
    date: new Date(Date.UTC(2026, 2, 1)),
  };

  it('gives JSON.stringify\'s text for odd values, at every depth, indented and compact', () => {
    const empty = {};
    const onlyUndefined = { a: undefined };
    const inner = { odd, empty, onlyUndefined, after: 'x' };
    const outer = { first: 1, inner, odd, tail: [odd] };
    for (const gap of ['', '  '] as const) {
      expect(joined(outer, gap, [outer, inner, empty, onlyUndefined])).toBe(JSON.stringify(outer, null, gap));
      expect(joined(outer, gap, [outer])).toBe(JSON.stringify(outer, null, gap));
      expect(joined(empty, gap, [empty])).toBe(JSON.stringify(empty, null, gap));
      expect(joined(onlyUndefined, gap, [onlyUndefined])).toBe(JSON.stringify(onlyUndefined, null, gap));
    }
  });

  it('writes a JsonEntries as the object of its entries would be, at any depth', () => {
    const members: [string, unknown][] = [['10', [1, { two: 2 }]], ['b', odd], ['__proto__', { x: 1 }], ['gone', undefined], ['a', {}]];
    const asObject: Record<string, unknown> = {};
    for (const [key, value] of members) Object.defineProperty(asObject, key, { value, enumerable: true });
    const lazy = new JsonEntries(() => members);
    const emptyLazy = new JsonEntries(() => []);
    const outer = { list: lazy, deeper: { again: lazy, none: emptyLazy }, tail: 1 };
    const expected = { list: asObject, deeper: { again: asObject, none: {} }, tail: 1 };
    for (const gap of ['', '  '] as const) {
      expect(joined(outer, gap, [outer, outer.deeper])).toBe(JSON.stringify(expected, null, gap));
      expect(joined(lazy, gap, [])).toBe(JSON.stringify(asObject, null, gap));
    }
  });

  it('writes a JsonMembers as the object with both objects\' members, at any depth', () => {
    const own = { id: 't1', nested: { deep: [1, { x: 'y' }], empty: {} }, gone: undefined, text: 'line\nbreak }' };
    const more = { mspdiUid: 7, list: [[], {}], note: '{ "a": 1 }' };
    const cases: [object, object][] = [[own, more], [own, {}], [{}, more], [{}, {}], [own, { gone: undefined }], [{ gone: undefined }, more]];
    for (const [first, second] of cases) {
      const merged = { ...first, ...second };
      const lazy = new JsonEntries(() => [['a', new JsonMembers(first, second)], ['b', 1]]);
      const outer = { list: lazy, deeper: { again: new JsonMembers(first, second) } };
      const expected = { list: { a: merged, b: 1 }, deeper: { again: merged } };
      for (const gap of ['', '  '] as const) expect(joined(outer, gap, [outer, outer.deeper])).toBe(JSON.stringify(expected, null, gap));
    }
  });

  it('keeps the key order of JSON.parse\'d data with __proto__ and integer-like keys', () => {
    const parsed = JSON.parse('{"b":1,"__proto__":{"x":1},"2":{"c":[1]},"a":{}}') as Record<string, object>;
    const containers = [parsed, parsed['2']!, parsed.a!];
    expect(joined(parsed, '  ', containers)).toBe(JSON.stringify(parsed, null, 2));
  });
});

describe('writePlotline', () => {
  it('writes serializePlotline\'s text piece by piece (sample, generated and file-extra plans)', () => {
    const withExtras = parsePlotline(serializePlotline(samplePlan(), options).replace(
      '"format": "plotline",', '"zeta": {"kept": true}, "format": "plotline", "project": 1,',
    ).replace('"project": {\n    "project"', '"project": {\n    "notes": ["unknown"],\n    "project"'));
    if (!withExtras.ok) throw new Error(withExtras.error.message);
    expect(withExtras.value.plan.project.extra?.[FILE_EXTRA_KEY]).toBeDefined();
    const sample = samplePlan();
    const [column] = Object.values(sample.columns);
    if (!column) throw new Error('sample plan has no columns');
    // A record with an own '__proto__' key: the file leaves it out, written whole or in pieces.
    const columns = Object.defineProperty({ ...sample.columns }, '__proto__', { value: column, enumerable: true });
    // Entities with extra fields: new names (written at the entity's top level), one that collides
    // with a model field and one named 'extra' (both kept under 'extra'), and an empty extra.
    const [first, second, third, fourth] = Object.values(sample.tasks);
    if (!first || !second || !third || !fourth) throw new Error('sample plan has fewer than four tasks');
    const extras = {
      ...sample,
      tasks: {
        ...sample.tasks,
        [first.id]: { ...first, extra: { mspdiUid: 7, nested: { a: [1] } } },
        [second.id]: { ...second, extra: { name: 'theirs', other: 1 } },
        [third.id]: { ...third, extra: { extra: 1 } },
        [fourth.id]: { ...fourth, extra: {} },
      },
    };
    const plans = [sample, generatePlan({ tasks: 400, seed: 7, assignmentsPerLeaf: 2 }), withExtras.value.plan, { ...sample, columns }, extras];
    for (const plan of plans) {
      const streamed = pieces(plan);
      expect(streamed.restarts).toBe(0);
      expect(streamed.count).toBeGreaterThan(Object.keys(plan.tasks).length);
      expect(streamed.text).toBe(serializePlotline(plan, options));
    }
  });

  it('starts again compact past the size limit, as serializePlanAsStored chooses', () => {
    const plan = generatePlan({ tasks: 50, seed: 3, assignmentsPerLeaf: 1 });
    const indented = serializePlotline(plan, options);
    const compact = `${JSON.stringify(JSON.parse(indented))}\n`;
    expect(pieces(plan, indented.length)).toMatchObject({ text: indented, restarts: 0 });
    expect(pieces(plan, indented.length - 1)).toMatchObject({ text: compact, restarts: 1 });
  });
});

/** Seeded, deterministic mutations of text fixtures for the format fuzz tests. */

import { seededRandom } from '../../../support/random';

const NASTY = ['<', '>', '&', '"', "'", '{', '}', '[', ']', ',', ';', ':', '\n', '\r', '\u0000', '\uFEFF', '\uD800', '=', '-', '9', 'é', '😀', '\\'];
const HUGE = ['1e309', '-1e309', '99999999999999999999999', '-4800', 'NaN', '-0', '0.0000001', '1e-400', '9007199254740993'];

export type Mutation = (text: string, random: () => number) => string;

const at = (text: string, random: () => number): number => Math.floor(random() * (text.length + 1));
const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)] as T;

/** A region starting at a '<' (XML) or '{' / line start (others), for duplication and removal. */
function region(text: string, random: () => number): [number, number] {
  const start = at(text, random);
  const open = Math.max(0, text.lastIndexOf('<', start), text.lastIndexOf('{', start), text.lastIndexOf('\n', start));
  const end = Math.min(text.length, open + 1 + Math.floor(random() * 400));
  return [open, end];
}

export const MUTATIONS: readonly Mutation[] = [
  (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + pick(NASTY, r) + t.slice(i + 1);
  },
  (t, r) => t.slice(0, at(t, r)),
  (t, r) => {
    const [a, b] = region(t, r);
    const i = at(t, r);
    return t.slice(0, i) + t.slice(a, b) + t.slice(i);
  },
  (t, r) => {
    const [a, b] = region(t, r);
    return t.slice(0, a) + t.slice(b);
  },
  (t, r) => {
    const digits = [...t.matchAll(/-?\d+(\.\d+)?/g)];
    const m = digits.length > 0 ? pick(digits, r) : undefined;
    return m?.index === undefined ? t : t.slice(0, m.index) + pick(HUGE, r) + t.slice(m.index + m[0].length);
  },
  (t, r) => {
    const brace = t.indexOf('{', at(t, r));
    if (brace >= 0) return `${t.slice(0, brace + 1)}"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},${t.slice(brace + 1)}`;
    const lt = t.indexOf('<', at(t, r) + 1);
    return lt < 0 ? t : `${t.slice(0, lt)}<__proto__ constructor="x">1</__proto__>${t.slice(lt)}`;
  },
  (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + t.slice(i, i + 40).repeat(1 + Math.floor(r() * 50)) + t.slice(i + 40);
  },
];

/** 1-3 mutations chosen by the seed. */
export function mutate(text: string, seed: number): string {
  const random = seededRandom(seed);
  let out = text;
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) out = pick(MUTATIONS, random)(out, random);
  return out;
}

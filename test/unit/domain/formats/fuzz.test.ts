/**
 * Fuzz: 1,000+ seeded mutations of the fixtures per format; every call must return a Result
 * (ok, or a Problem with a message), never throw, and never pollute Object.prototype.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exportMspdi, importCsv, importGanttProject, importIcalHolidays, importMspdi, importPlanFile, parsePlotline, serializePlotline,
} from '../../../../renderer/domain/formats';
import { parseXml } from '../../../../renderer/domain/formats/xml';
import { sequentialIds, type Result } from '../../../../renderer/domain/model';
import { mutate } from './fuzz-mutations';
import { samplePlan } from './sample-plan';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const fixture = (name: string) => readFileSync(path.join(repoRoot, 'test/fixtures', name), 'utf8');
const RUNS = 1000;
const ctx = () => ({ newId: sequentialIds('f'), now: '2026-03-01T12:00:00.000Z' });

function fuzz(seeds: readonly string[], run: (text: string) => Result<unknown>): { ok: number; problems: number } {
  let okCount = 0;
  let problems = 0;
  for (let seed = 1; seed <= RUNS; seed++) {
    const input = mutate(seeds[seed % seeds.length] ?? '', seed);
    let result: Result<unknown>;
    try {
      result = run(input);
    } catch (error) {
      throw new Error(`seed ${String(seed)} threw: ${String(error)}`);
    }
    if (result.ok) okCount++;
    else {
      expect(typeof result.error.message, `seed ${String(seed)}`).toBe('string');
      expect(result.error.message.length).toBeGreaterThan(0);
      problems++;
    }
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(okCount + problems).toBe(RUNS);
  return { ok: okCount, problems };
}

describe(`fuzz: ${String(RUNS)} mutated inputs per format, 0 exceptions`, () => {
  const sampleMspdi = exportMspdi(samplePlan(), { now: '2026-03-01T12:00:00.000Z' });
  const native = [fixture('native/plotline-v1.plotline'), serializePlotline(samplePlan(), { app: 'Plotline', exported: 'x' })];

  it('.plotline', () => {
    const { problems } = fuzz(native, (t) => parsePlotline(t));
    expect(problems).toBeGreaterThan(0);
  });
  it('MSPDI', () => {
    fuzz([fixture('mspdi/features.xml'), sampleMspdi], (t) => importMspdi(t, ctx()));
  });
  it('GanttProject', () => {
    fuzz([fixture('gan/features.gan')], (t) => importGanttProject(t, ctx()));
  });
  it('CSV', () => {
    fuzz([fixture('csv/tasks-semicolon.csv'), 'Name,Start,Finish\nA,2026-01-01,2026-01-02\n'], (t) => importCsv(t, ctx()));
  });
  it('iCalendar', () => {
    fuzz([fixture('ics/holidays.ics')], (t) => importIcalHolidays(t));
  });
  it('XML parser and the dispatcher', () => {
    fuzz([fixture('mspdi/features.xml'), fixture('gan/features.gan')], (t) => parseXml(t));
    fuzz([fixture('mspdi/features.xml'), native[0] ?? ''], (t) => importPlanFile('unknown.dat', t, ctx()));
  });
});

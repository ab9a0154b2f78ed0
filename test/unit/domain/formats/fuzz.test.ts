/**
 * Fuzz, short seeded pass (npm run fuzz runs 10,000 per reader): structural and semantic
 * mutations of every reader's fixtures. Every input is accepted (then schedules and shows every
 * task on the outline) or refused with a "where"; nothing throws, nothing is slow, and nothing
 * pollutes Object.prototype.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportMspdi, importPlanFile } from '../../../../renderer/domain/formats';
import { parseXml } from '../../../../renderer/domain/formats/xml';
import { sequentialIds } from '../../../../renderer/domain/model';
import { cpuMs, emptyCounts, fuzzTarget, fuzzTargets } from './fuzz-harness';
import { mutate } from './fuzz-mutations';
import { fuzzXlsx } from './fuzz-xlsx';
import { samplePlan } from './sample-plan';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const fixture = (name: string) => readFileSync(path.join(repoRoot, 'test/fixtures', name), 'utf8');
const RUNS = 150;
/** A workbook costs ExcelJS about 0.2 s to write and read on this machine: fewer, still every kind of mutation. */
const XLSX_RUNS = 45;

describe(`fuzz: ${String(RUNS)} seeded inputs per reader`, () => {
  for (const target of fuzzTargets(fixture, samplePlan())) {
    it(`${target.name}: accepted and scheduled, or refused with where; never threw, slow or hidden`, () => {
      const { counts, failures } = fuzzTarget(target, 1, RUNS, cpuMs);
      expect(failures.map((f) => `seed ${String(f.seed)} ${f.what}: ${f.detail}`)).toEqual([]);
      expect(counts.accepted + counts.refusedWithWhere).toBe(RUNS);
      expect(counts.accepted).toBeGreaterThan(0);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it(`XLSX (${String(XLSX_RUNS)} zip-, part- and cell-level mutations): accepted and scheduled, or refused with where; never threw, slow or hidden`, async () => {
    const { counts, failures } = await fuzzXlsx(samplePlan(), 1, XLSX_RUNS, cpuMs);
    expect(failures.map((f) => `seed ${String(f.seed)} ${f.what}: ${f.detail}`)).toEqual([]);
    expect(counts.accepted + counts.refusedWithWhere).toBe(XLSX_RUNS);
    expect(counts.accepted).toBeGreaterThan(0);
    expect(counts.refusedWithWhere).toBeGreaterThan(0);
  }, 120_000);

  it('the XML parser and the dispatcher never throw', () => {
    const seeds = [fixture('mspdi/features.xml'), fixture('gan/features.gan'), exportMspdi(samplePlan(), { now: '2026-03-01T12:00:00.000Z' })];
    const counts = emptyCounts();
    for (let seed = 1; seed <= RUNS; seed++) {
      const text = mutate(seeds[seed % seeds.length] ?? '', seed);
      const xml = parseXml(text);
      const plan = importPlanFile('unknown.dat', text, { newId: sequentialIds('f'), now: '2026-03-01T12:00:00.000Z' });
      counts.inputs++;
      if (!xml.ok) expect(xml.error.where, xml.error.message).toBeTruthy();
      if (!plan.ok) expect(plan.error.where, plan.error.message).toBeTruthy();
    }
    expect(counts.inputs).toBe(RUNS);
  });
});

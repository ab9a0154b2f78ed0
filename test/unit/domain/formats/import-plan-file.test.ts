import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, importPlanFile, serializePlotline } from '../../../../renderer/domain/formats';
import { sequentialIds } from '../../../../renderer/domain/model';
import { samplePlan } from './sample-plan';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const fixture = (name: string) => readFileSync(path.join(repoRoot, 'test/fixtures', name), 'utf8');
const ctx = () => ({ newId: sequentialIds('i'), now: '2026-03-01T12:00:00.000Z' });

describe('detectFormat', () => {
  it('uses the extension, then the content', () => {
    expect(detectFormat('a.plotline', '')).toBe('plotline');
    expect(detectFormat('a.GAN', '')).toBe('gantt-project');
    expect(detectFormat('a.xml', fixture('mspdi/features.xml'))).toBe('mspdi');
    expect(detectFormat('a.xml', fixture('gan/features.gan'))).toBe('gantt-project');
    expect(detectFormat('export', serializePlotline(samplePlan(), { app: 'Plotline', exported: 'x' }))).toBe('plotline');
    expect(detectFormat('x.ics', '')).toBe('ical');
    expect(detectFormat('x.bin', '\u0000\u0001')).toBe('unknown');
    expect(detectFormat('__proto__', '')).toBe('unknown');
  });
});

describe('importPlanFile', () => {
  it('names a project whose file names none after the file, as a CSV import does (it was "Imported project")', () => {
    const unnamed = fixture('gan/features.gan').replace(/(<project\b[^>]*\bname=")[^"]*"/, '$1"');
    const opened = importPlanFile('/home/pm/HouseBuildingSample.gan', unnamed, ctx());
    expect(opened.ok && opened.value.plan.project.name).toBe('HouseBuildingSample');
    const named = importPlanFile('copy.gan', fixture('gan/features.gan'), ctx());
    expect(named.ok && named.value.plan.project.name).not.toBe('copy');
  });

  it('dispatches every format and summarises the plan', () => {
    const native = importPlanFile('plan.plotline', serializePlotline(samplePlan(), { app: 'Plotline', exported: 'x' }), ctx());
    expect(native.ok && native.value.summary).toEqual({ tasks: 4, resources: 2, start: '2026-03-02T09:00', finish: '2026-03-05T09:00' });
    expect(importPlanFile('a.xml', fixture('mspdi/features.xml'), ctx()).ok).toBe(true);
    expect(importPlanFile('a.gan', fixture('gan/features.gan'), ctx()).ok).toBe(true);
    expect(importPlanFile('a.csv', fixture('csv/tasks-semicolon.csv'), ctx()).ok).toBe(true);
  });

  it('explains what it cannot open, and the size limit', () => {
    const ics = importPlanFile('h.ics', fixture('ics/holidays.ics'), ctx());
    expect(ics.ok || ics.error.message).toMatch(/import it as holidays/);
    const unknown = importPlanFile('notes.bin', 'hello', ctx());
    expect(unknown.ok || unknown.error.message).toMatch(/cannot tell what kind of file 'notes.bin' is/);
    const big = importPlanFile('a.xml', 'x'.repeat(2 * 1024 * 1024), { ...ctx(), maxChars: 1024 * 1024 });
    expect(big.ok || big.error.message).toBe('The file is 2 MB; Plotline opens files up to 1 MB.');
  });
});

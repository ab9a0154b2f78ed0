/**
 * GanttProject's own scheduling, reproduced after import. GanttProject keeps a task no earlier
 * than its stored start (a dependency only pushes it later) and shows a milestone after a
 * finish-to-start link on the next working day. The hand-built fixture isolates both rules; the
 * public corpus (../shared/fixtures/interop/gan) checks every task of every file: the dates
 * GanttProject stored (start, and start + duration working days) must survive rescheduling.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importGanttProject } from '../../../../renderer/domain/formats/gantt-project';
import { sequentialIds, type Plan, type Task } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const corpus = path.join(process.env.PLOTLINE_INTEROP_DIR ?? path.resolve(repoRoot, '../shared/fixtures/interop'), 'gan');
const exists = existsSync(corpus);

function load(file: string): Plan {
  const result = importGanttProject(readFileSync(file, 'utf8'), { newId: sequentialIds('g'), now: '2026-03-01T12:00:00.000Z' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.plan;
}

/** Tasks whose rescheduled start and finish differ from what GanttProject stored. */
function mismatches(plan: Plan): string[] {
  const schedule = scheduleProject(plan);
  return Object.values<Task>(plan.tasks).flatMap((t) => {
    const row = schedule.tasks.get(t.id);
    return row && row.start === t.start && row.finish === t.finish ? [] : [`${t.name}: file ${t.start}..${t.finish}, engine ${row?.start ?? '?'}..${row?.finish ?? '?'}`];
  });
}

describe('GanttProject rules (test/fixtures/gan/rules/start-floor.gan)', () => {
  const plan = load(path.join(repoRoot, 'test/fixtures/gan/rules/start-floor.gan'));
  const schedule = scheduleProject(plan);
  const at = (name: string) => {
    const row = schedule.tasks.get(Object.values<Task>(plan.tasks).find((t) => t.name === name)!.id);
    return [row?.start, row?.finish];
  };

  it('keeps a task at its stored start when its predecessor would allow it earlier', () => {
    // Order parts: Mon 8 January, 1 day. FS would allow Assemble on Tue 9; GanttProject keeps the
    // stored Wed 10, and 3 working days run Wed 10 - Fri 12 January.
    expect(at('Order parts')).toEqual(['2024-01-08T09:00', '2024-01-08T17:00']);
    expect(at('Assemble')).toEqual(['2024-01-10T09:00', '2024-01-12T17:00']);
  });

  it('shows a milestone after a finish-to-start link on the next working day (Monday), not Friday 17:00', () => {
    // Assemble ends Fri 12 January; the milestone sits at the start of Mon 15 January, as stored.
    expect(at('Assembled')).toEqual(['2024-01-15T09:00', '2024-01-15T09:00']);
  });

  it('still moves a task later when a predecessor grows past its stored start', () => {
    const order = Object.values<Task>(plan.tasks).find((t) => t.name === 'Order parts')!;
    const longer: Plan = { ...plan, tasks: { ...plan.tasks, [order.id]: { ...order, durationMinutes: 4 * 480 } } };
    const rows = scheduleProject(longer);
    const assemble = rows.tasks.get(Object.values<Task>(plan.tasks).find((t) => t.name === 'Assemble')!.id);
    // 4 days Mon 8 - Thu 11; Assemble follows on Fri 12, 3 days: Fri 12, Mon 15, Tue 16.
    expect([assemble?.start, assemble?.finish]).toEqual(['2024-01-12T09:00', '2024-01-16T17:00']);
  });
});

if (!exists) it.skip(`GanttProject dates skipped: ${corpus} is missing (the interop corpus lives next to the repo in ../shared)`, () => undefined);

describe.skipIf(!exists)('every .gan in the corpus keeps GanttProject\'s start and finish for every task', () => {
  if (!exists) return;
  const files = readdirSync(corpus).filter((f) => f.endsWith('.gan')).sort();
  const tally = { matches: 0, tasks: 0 };
  afterAll(() => {
    console.log(`GanttProject dates: ${String(tally.matches)} of ${String(tally.tasks)} tasks keep GanttProject's start and finish (${String(files.length)} files)`);
  });

  it.each(files)('%s', (name) => {
    const plan = load(path.join(corpus, name));
    const wrong = mismatches(plan);
    tally.tasks += Object.keys(plan.tasks).length;
    tally.matches += Object.keys(plan.tasks).length - wrong.length;
    expect(wrong).toEqual([]);
  });
});

/**
 * The simulation's lean passes against the engine's own passes (compiled-plan.ts run, the same
 * forward and late passes the scheduler uses) on generated plans with every feature the engine
 * knows: all link types with working, negative and elapsed lags, constraints, deadlines,
 * milestones, summaries with links, a status date with progress, actual and manual dates, a
 * 4-day-week task calendar, elapsed durations, splits, leveling delays, and people on different
 * calendars. For random durations (as an iteration draws them) every leaf's early dates, the
 * project finish, every milestone's finish and every critical flag must be identical.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DAY, type CalendarId, type LocalDate, type LocalDateTime, type Plan, type Task } from '../../../../renderer/domain/model';
import { compilePlan } from '../../../../renderer/domain/schedule';
import { leanNetwork } from '../../../../renderer/domain/simulation/lean-network';
import { leanPasses } from '../../../../renderer/domain/simulation/lean-passes';
import { generatePlan } from '../../../support/generate-plan';
import { seededRandom } from '../../../../renderer/domain/simulation';

const FOUR_DAY = 'cal-4day' as CalendarId;

/** Deterministic variety on top of the generator: the i-th leaf gets one of the engine's special cases. */
function vary(plan: Plan, withStatus: boolean): Plan {
  const parents = new Set(Object.values(plan.tasks).map((t) => t.parentId));
  const tasks: Record<string, Task> = {};
  let k = 0;
  for (const t of Object.values(plan.tasks)) {
    const leaf = !parents.has(t.id);
    const at = (t.start.slice(0, 10) + 'T09:00') as LocalDateTime;
    const fields: Partial<{ -readonly [K in keyof Task]: Task[K] }> = {};
    switch (leaf ? k++ % 23 : -1) {
      case 1: fields.calendarId = FOUR_DAY; break;
      case 3: fields.durationIsElapsed = true; break;
      case 5: fields.splits = [{ afterWorkMinutes: 120, gapMinutes: 960 }]; break;
      case 7: fields.levelingDelayMinutes = 480; break;
      case 9: if (withStatus) fields.percentComplete = 40; break;
      case 11: if (withStatus) { fields.percentComplete = 30; fields.actualStart = at; } break;
      case 13: fields.schedulingMode = 'manual'; fields.start = at; fields.finish = at.replace('09:00', '17:00') as LocalDateTime; break;
      case 15: if (withStatus) { fields.percentComplete = 100; fields.actualStart = at; fields.actualFinish = at.replace('09:00', '15:00') as LocalDateTime; } break;
      case 17: fields.calendarId = FOUR_DAY; fields.constraint = { type: 'FNLT', date: at }; break;
      case 19: fields.deadline = at; break;
      default: break;
    }
    tasks[t.id] = { ...t, ...fields };
  }
  const project = plan.calendars[plan.project.calendarId]!;
  const fourDay = { ...project, id: FOUR_DAY, name: 'Four days', baseCalendarId: null, workWeek: [[], DEFAULT_DAY, DEFAULT_DAY, DEFAULT_DAY, DEFAULT_DAY, [], []] as const };
  return {
    ...plan, tasks, calendars: { ...plan.calendars, [FOUR_DAY]: fourDay },
    project: { ...plan.project, statusDate: withStatus ? ('2026-04-15' as LocalDate) : null },
  };
}

function compare(plan: Plan, iterations: number, seed: number): number {
  const compiled = compilePlan(plan);
  const lean = leanPasses(leanNetwork(compiled.context));
  const random = seededRandom(seed);
  const durations = new Float64Array(compiled.taskCount);
  const critical = new Uint8Array(compiled.taskCount);
  let checked = 0;
  for (let run = 0; run < iterations; run++) {
    for (let i = 0; i < compiled.taskCount; i++) {
      const base = compiled.baseDuration[i]!;
      durations[i] = run === 0 || base === 0 ? base : Math.round(base * (0.5 + 1.5 * random.next()));
    }
    const finish = lean.forward(durations);
    const engine = compiled.run(durations, true);
    expect(finish).toBe(engine.finishWall);
    lean.late(finish, critical);
    for (let i = 0; i < compiled.taskCount; i++) {
      if (!compiled.isLeaf[i]) continue;
      const engineCritical = (compiled.percentComplete[i] ?? 0) < 100
        && Math.min(engine.backward.ls[i]! - engine.forward.es[i]!, engine.backward.lf[i]! - engine.forward.ef[i]!) <= 0;
      const where = `run ${String(run)}, task ${compiled.tasks[i]!.name}`;
      expect([where, critical[i] === 1]).toEqual([where, engineCritical]);
      expect([where, lean.finishWall(i)]).toEqual([where, engine.forward.efWall[i]]);
      checked++;
    }
  }
  return checked;
}

describe('lean passes = the engine passes', () => {
  it('on a generated 600-task plan (all link types, lags, constraints, summaries with links)', () => {
    expect(compare(generatePlan({ tasks: 600, seed: 3 }), 12, 1)).toBeGreaterThan(0);
  });
  it('with a status date, progress, actuals, manual tasks, a 4-day week, elapsed durations, splits and delays', () => {
    expect(compare(vary(generatePlan({ tasks: 600, seed: 5 }), true), 12, 2)).toBeGreaterThan(0);
    expect(compare(vary(generatePlan({ tasks: 400, seed: 8 }), false), 12, 3)).toBeGreaterThan(0);
  });
  it('with people on their own calendars (summaries over tasks on several calendars)', () => {
    expect(compare(vary(generatePlan({ tasks: 500, seed: 9, assignmentsPerLeaf: 2 }), true), 12, 4)).toBeGreaterThan(0);
  });
});

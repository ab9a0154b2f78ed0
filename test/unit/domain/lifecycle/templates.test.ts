import { describe, expect, it } from 'vitest';
import { compileCalendars } from '../../../../renderer/domain/calendar';
import {
  BUILTIN_TEMPLATES, builtinTemplate, instantiateTemplate, planAsTemplate, planFromSpec, templateInfoOf,
} from '../../../../renderer/domain/lifecycle';
import {
  outlineRows, sequentialIds, toWallMinutes, type LocalDateTime, type Plan, type TaskId,
} from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { NOW, taskByName } from '../../../support/plan-builder';

const at = (s: string): LocalDateTime => s as LocalDateTime;

function spec(key: string): NonNullable<ReturnType<typeof builtinTemplate>> {
  const found = builtinTemplate(key);
  if (!found) throw new Error(`no template ${key}`);
  return found;
}

/** Working minutes from the project start to each task's scheduled start, by task name. */
function offsets(plan: Plan): Map<string, number> {
  const schedule = scheduleProject(plan);
  const cal = compileCalendars(plan).project;
  const origin = toWallMinutes(schedule.projectStart);
  return new Map([...schedule.tasks].map(([id, s]) => [plan.tasks[id]?.name ?? id, cal.workingBetween(origin, toWallMinutes(s.start))]));
}

function linkSignature(plan: Plan): string[] {
  const name = (id: TaskId): string => plan.tasks[id]?.name ?? id;
  return Object.values(plan.links).map((l) => `${name(l.predecessorId)} ${l.type}${String(l.lagMinutes)} ${name(l.successorId)}`).sort();
}

describe('built-in templates', () => {
  it.each(BUILTIN_TEMPLATES.map((t) => [t.key]))('%s schedules without issues and has five phases with a gate each', (key) => {
    const plan = planFromSpec(spec(key), { start: at('2027-01-04T09:00'), now: NOW, newId: sequentialIds('t-') });
    const schedule = scheduleProject(plan);
    expect(schedule.issues).toEqual([]);
    const phases = Object.values(plan.tasks).filter((t) => t.parentId === null).map((t) => t.phase);
    expect(new Set(phases)).toEqual(new Set(['initiation', 'planning', 'execution', 'monitoring', 'closure']));
    expect(Object.values(plan.tasks).filter((t) => t.kind === 'milestone' && t.name.startsWith('Gate:'))).toHaveLength(5);
    expect(Object.keys(plan.risks).length).toBeGreaterThanOrEqual(2);
    expect(templateInfoOf(plan)?.name).toBe(spec(key).name);
  });

  it('puts rows under their phase in spec order and links them as written', () => {
    const plan = planFromSpec(spec('software-release'), { start: at('2027-01-04T09:00'), now: NOW, newId: sequentialIds('t-') });
    const rows = outlineRows(plan.tasks).slice(0, 4).map((r) => `${r.task.name}@${String(r.depth)}`);
    expect(rows).toEqual(['Initiation@0', 'Write project charter and objectives@1', 'Identify stakeholders@1', 'Gate: charter approved@1']);
    const schedule = scheduleProject(plan);
    // Charter (3d) from Mon 4 Jan; stakeholders SS+1 → Tue 5 Jan, 2d; the gate after both: Wed 6 Jan 17:00.
    expect(schedule.tasks.get(taskByName(plan, 'Identify stakeholders').id)?.start).toBe('2027-01-05T09:00');
    expect(schedule.tasks.get(taskByName(plan, 'Gate: charter approved').id)?.finish).toBe('2027-01-06T17:00');
  });
});

describe('save as template and instantiate', () => {
  it('keeps every relative offset and link when re-instantiated at another start date', () => {
    const original = planFromSpec(spec('system-upgrade'), { start: at('2027-01-04T09:00'), now: NOW, newId: sequentialIds('t-') });
    const withConstraint: Plan = {
      ...original,
      tasks: {
        ...original.tasks,
        [taskByName(original, 'Rehearse cut-over and rollback').id]: {
          ...taskByName(original, 'Rehearse cut-over and rollback'), constraint: { type: 'SNET', date: at('2027-02-15T09:00') },
        },
      },
    };
    const template = planAsTemplate(withConstraint, { name: 'Upgrade', description: '' });
    // A Wednesday in another month: weekends fall elsewhere relative to the start, offsets must not.
    const copy = instantiateTemplate(template, { name: 'Q3 upgrade', start: at('2027-07-07T09:00'), now: NOW, newId: sequentialIds('n-') });
    expect(copy.project.name).toBe('Q3 upgrade');
    expect(copy.project.id).not.toBe(template.project.id);
    expect(templateInfoOf(copy)).toBeNull();
    expect(offsets(copy)).toEqual(offsets(withConstraint));
    expect(linkSignature(copy)).toEqual(linkSignature(withConstraint));
  });

  it('strips people, actuals, progress, baselines and this run\'s registers', () => {
    const base = planFromSpec(spec('hardware-rollout'), { start: at('2027-01-04T09:00'), now: NOW, newId: sequentialIds('t-') });
    const task = taskByName(base, 'Procure hardware (vendor lead time)');
    const used: Plan = {
      ...base,
      tasks: { ...base.tasks, [task.id]: { ...task, percentComplete: 40, actualStart: at('2027-01-20T09:00'), actualCost: 900 } },
      resources: { r1: { id: 'r1', name: 'Maya', email: 'maya@example.com' } as unknown as Plan['resources'][string] },
      baselines: { b0: { id: 'b0', number: 0, name: 'Baseline', savedAt: NOW, tasks: {} } as unknown as Plan['baselines'][string] },
    };
    const template = planAsTemplate(used, { name: 'Rollout', description: 'Ours' });
    const stripped = template.tasks[task.id];
    expect(stripped?.percentComplete).toBe(0);
    expect(stripped?.actualStart).toBeNull();
    expect(stripped?.actualCost).toBeUndefined();
    expect(template.resources).toEqual({});
    expect(template.baselines).toEqual({});
    expect(Object.values(template.risks).every((r) => r.status === 'open' && r.owner === '')).toBe(true);
    expect(templateInfoOf(template)).toEqual({ name: 'Rollout', description: 'Ours' });
  });
});

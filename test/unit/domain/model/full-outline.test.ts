/**
 * The outline kept per tasks record (fullOutline), shared by the task table and the Gantt, and
 * the rows a collapsed set leaves showing (visibleOutline): the same rows, depths and WBS as
 * walking the outline with the collapsed set, and one walk per tasks record.
 */
import { describe, expect, it } from 'vitest';
import { fullOutline, outlineRows, visibleOutline, type TaskId } from '../../../../renderer/domain/model';
import { generatePlan } from '../../../support/generate-plan';

describe('fullOutline and visibleOutline', () => {
  const plan = generatePlan({ tasks: 400, seed: 7 });
  const summaries = outlineRows(plan.tasks).filter((r) => r.hasChildren).map((r) => r.task.id);

  it('walks a tasks record once', () => {
    expect(fullOutline(plan.tasks)).toBe(fullOutline(plan.tasks));
    expect(fullOutline(plan.tasks)).toEqual(outlineRows(plan.tasks));
    expect(fullOutline({ ...plan.tasks })).not.toBe(fullOutline(plan.tasks));
  });

  it.each([
    ['nothing collapsed', [] as TaskId[]],
    ['the first summary', summaries.slice(0, 1)],
    ['a summary and one inside it', summaries.slice(0, 2)],
    ['every third summary', summaries.filter((_, i) => i % 3 === 0)],
    ['every summary', summaries],
  ])('shows what outlineRows shows with %s collapsed', (_, ids) => {
    const collapsed = new Set<string>(ids);
    const isCollapsed = (id: TaskId): boolean => collapsed.has(id);
    expect(visibleOutline(fullOutline(plan.tasks), isCollapsed)).toEqual(outlineRows(plan.tasks, isCollapsed));
  });

  it('hands back the full outline itself when nothing is hidden, and a copy when something is', () => {
    const full = fullOutline(plan.tasks);
    expect(visibleOutline(full, () => false)).toBe(full);
    // A collapsed leaf hides nothing either.
    const leaf = full.find((r) => !r.hasChildren)?.task.id;
    expect(visibleOutline(full, (id) => id === leaf)).toBe(full);
    const first = summaries[0];
    const shown = visibleOutline(full, (id) => id === first);
    expect(shown).not.toBe(full);
    expect(shown.length).toBeLessThan(full.length);
    expect(full).toEqual(outlineRows(plan.tasks));
  });
});

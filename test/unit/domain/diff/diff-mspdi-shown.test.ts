/**
 * The sample plan against its own MS Project XML: the file carries each assignment's work and each
 * summary's duration as numbers, so its reader stores them typed where the plan has them follow
 * duration x units or the subtasks' span. The diff takes the base's wherever the copy's shows the
 * same (made-up-identity.ts); work a person changed in the file still counts.
 */
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../../../renderer/domain/diff';
import { identityNotCarried } from '../../../../renderer/domain/formats';
import type { Plan } from '../../../../renderer/domain/model';
import { sample, viaXml } from './sample-copies';


/** The assignment work and summary durations the diff lists, as "label field". */
function listed(a: Plan, b: Plan, xmlFirst = false): string[] {
  const [native, xml] = [identityNotCarried('.plotline'), identityNotCarried('.xml')];
  const notCarried = xmlFirst ? { a: xml, b: native } : { a: native, b: xml };
  return diffPlans(a, b, { withDates: false, notCarried }).changes
    .filter((c) => c.field === 'workMinutes' || (c.field === 'durationMinutes' && a.tasks[c.id]?.kind === 'summary'))
    .map((c) => `${c.label} ${c.field ?? ''}`);
}

describe('the sample plan against its own MS Project XML', () => {
  it('lists no assignment work and no summary duration: each shows what it showed', () => {
    const plan = sample();
    expect(Object.values(plan.assignments).filter((a) => a.workMinutes === null).length).toBeGreaterThan(20);
    expect(listed(plan, viaXml(plan))).toEqual([]);
  });

  it('lists the work of an assignment changed in the file', () => {
    const plan = sample();
    // The first assignment's <Work> in the file, doubled by hand.
    let done = false;
    const doubled = (xml: string): string => xml.replace(/(<Assignment>[\s\S]*?<Work>PT)(\d+)H/, (_m, head: string, hours: string) => {
      done = true;
      return `${head}${String(Number(hours) * 2)}H`;
    });
    const changed = listed(plan, viaXml(plan, doubled));
    expect(done).toBe(true);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/ on '.*' workMinutes$/);
  });

  it('lists none either with the XML as the older plan (`plotline diff old.xml plan.plotline`)', () => {
    const plan = sample();
    expect(listed(viaXml(plan), plan, true)).toEqual([]);
  });

  it('with the XML as the older plan, lists the work of an assignment the plan changed since', () => {
    const plan = sample();
    const assignment = Object.values(plan.assignments).find((a) => a.workMinutes === null);
    if (!assignment) throw new Error('the sample has an assignment whose work follows its task');
    const typed: Plan = { ...plan, assignments: { ...plan.assignments, [assignment.id]: { ...assignment, workMinutes: 60 } } };
    const changed = listed(viaXml(plan), typed, true);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/ on '.*' workMinutes$/);
  });
});

/**
 * Hand-made plans for the report tests. Calendar Mon-Fri 09:00-17:00, start Mon 2 March 2026.
 * Design (5 d, Mon 2 - Fri 6) -> Build (5 d, Mon 9 - Fri 13) -> Launch (milestone, Fri 13 17:00);
 * Docs (2 d, Mon 2 - Tue 3) on its own. Baseline 0 saved on that plan.
 */
import { addLink, saveBaseline } from '../../../../renderer/domain/commands';
import type { ChangeRequest, ChangeRequestId, LocalDate, Plan, Risk, RiskId, Task } from '../../../../renderer/domain/model';
import { withTask } from '../../../support/cost-plan';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

export const day = (s: string): LocalDate => s as LocalDate;

export function agreedPlan(withBaseline = true): Plan {
  let plan = withTask(withTask(withTask(blankPlan('Relaunch'), 'Design'), 'Build'), 'Launch', { kind: 'milestone', durationMinutes: 0 });
  plan = withTask(plan, 'Docs', { durationMinutes: 2 * 480 });
  plan = link(link(plan, 'Design', 'Build'), 'Build', 'Launch');
  return withBaseline ? runOk(saveBaseline, plan, { number: 0 }).plan : plan;
}

export function link(plan: Plan, from: string, to: string): Plan {
  return runOk(addLink, plan, { predecessorId: taskByName(plan, from).id, successorId: taskByName(plan, to).id, type: 'FS', lagMinutes: 0, lagIsElapsed: false }, testContext(`link-${from}-`)).plan;
}

export function edit(plan: Plan, name: string, changes: Partial<Task>): Plan {
  const task = taskByName(plan, name);
  return { ...plan, tasks: { ...plan.tasks, [task.id]: { ...task, ...changes } } };
}

export function withRisk(plan: Plan, id: string, probability: number, impact: number): Plan {
  const risk: Risk = {
    id: id as RiskId, code: 'R-001', title: 'Vendor API late', description: '', category: 'vendor', probability, impact, status: 'open',
    owner: 'Ana', mitigation: '', contingency: '', trigger: '', taskIds: [], raisedOn: day('2026-03-02'), reviewOn: null,
  };
  return { ...plan, risks: { ...plan.risks, [id]: risk } };
}

export function withChange(plan: Plan, id: string, title: string, status: ChangeRequest['status'], decidedOn: string | null): Plan {
  const change: ChangeRequest = {
    id: id as ChangeRequestId, title, description: '', requestedBy: 'Sponsor', requestedOn: day('2026-03-02'), status,
    scheduleImpactMinutes: 960, costImpact: 0, decidedOn: decidedOn === null ? null : day(decidedOn), decidedBy: 'Board', taskIds: [],
  };
  return { ...plan, changes: { ...plan.changes, [id]: change } };
}

/**
 * Progress that keeps the plan on its baseline at Wed 4 March: Docs done Mon 2 - Tue 3, Design
 * 60 % (3 of 5 days) since Mon 2. (The engine moves unfinished work after the status date, as
 * MS Project does, so a report's plan must carry progress to stay on its dates.)
 */
export function onTrackAt4March(plan: Plan): Plan {
  const done = edit(plan, 'Docs', { percentComplete: 100, actualStart: '2026-03-02T09:00' as never, actualFinish: '2026-03-03T17:00' as never });
  return edit(done, 'Design', { percentComplete: 60, actualStart: '2026-03-02T09:00' as never });
}

/** On track at Tue 10 March: Design done Mon 2 - Fri 6, Build 40 % (2 of 5 days) since Mon 9. */
export function onTrackAt10March(plan: Plan): Plan {
  const done = edit(onTrackAt4March(plan), 'Design', { percentComplete: 100, actualFinish: '2026-03-06T17:00' as never });
  return edit(done, 'Build', { percentComplete: 40, actualStart: '2026-03-09T09:00' as never });
}

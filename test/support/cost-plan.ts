/** Builders for money tests: tasks of five working days by default, people with rates, assignments. */
import { addResource, insertTask, setAssignees } from '../../renderer/domain/commands';
import type { Plan, Resource, ResourceId, Task } from '../../renderer/domain/model';
import { runOk, taskByName, testContext } from './plan-builder';

const DAY = 480;

export function withTask(plan: Plan, name: string, fields: Partial<Task> = {}): Plan {
  const last = Object.values(plan.tasks).at(-1);
  const args = { name, ...(last ? { afterId: last.id } : {}), fields: { durationMinutes: 5 * DAY, ...fields } };
  return runOk(insertTask, plan, args, testContext(`${name}-`)).plan;
}

export function withPerson(plan: Plan, id: string, fields: Partial<Resource> & { name: string }): Plan {
  return runOk(addResource, plan, { id: id as ResourceId, fields }).plan;
}

export function assign(plan: Plan, taskName: string, ...people: string[]): Plan {
  return runOk(setAssignees, plan, { taskId: taskByName(plan, taskName).id, resourceIds: people as ResourceId[] }, testContext(`${taskName}-a`)).plan;
}


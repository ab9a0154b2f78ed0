/**
 * What a .gan file holds that the import does not bring in, named with counts for the import
 * summary, so nothing is dropped without a word:
 * - costs: a task's manual cost (cost-manual-value, cost-calculated="false") where it is not a
 *   fixed cost: on a summary or a task with people, GanttProject's manual cost replaces the cost it
 *   computes, which Plotline computes from the people's rates instead (manualFixedCost);
 * - link hardness: depend hardness="Rubber" (GanttProject lets the successor start later);
 *   "Strong" is how Plotline schedules every link, so it is not a loss;
 * - colours: task color (bar colour);
 * - earliest start: task thirdDate (GanttProject's "earliest begin" constraint);
 * - web links: task webLink.
 */
import { attr, child, childrenNamed, type XmlElement } from '../xml/xml-tree';

function allTasks(root: XmlElement): XmlElement[] {
  const container = child(root, 'tasks');
  const out: XmlElement[] = [];
  const stack = container ? [...childrenNamed(container, 'task')] : [];
  for (let el = stack.pop(); el; el = stack.pop()) {
    out.push(el);
    stack.push(...childrenNamed(el, 'task'));
  }
  return out;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${String(n)} ${n === 1 ? one : many}`;

/** One sentence per kind of field dropped, each with its count; empty when nothing is dropped. */
export function ganDroppedFields(root: XmlElement): string[] {
  const tasks = allTasks(root);
  const out: string[] = [];
  const staffed = allocatedTaskIds(root);
  const costs = tasks.filter((t) => manualFixedCost(t, staffed) === null)
    .map((t) => (attr(t, 'cost-calculated') === 'true' ? 0 : Number(attr(t, 'cost-manual-value') ?? '0'))).filter((c) => Number.isFinite(c) && c !== 0);
  if (costs.length > 0) out.push(`Manual costs not imported (on summaries or tasks with people, where Plotline computes the cost): ${plural(costs.length, 'task')}, ${String(costs.reduce((a, b) => a + b, 0))} in total.`);
  const rubber = tasks.flatMap((t) => childrenNamed(t, 'depend')).filter((d) => attr(d, 'hardness') === 'Rubber').length;
  if (rubber > 0) out.push(`Link hardness not imported: ${plural(rubber, 'rubber link')} (the successor may start later in GanttProject) became ordinary links.`);
  const count = (name: string): number => tasks.filter((t) => (attr(t, name) ?? '') !== '').length;
  const colours = count('color');
  if (colours > 0) out.push(`Bar colours not imported: ${plural(colours, 'task')}.`);
  const earliest = count('thirdDate');
  if (earliest > 0) out.push(`Earliest-start dates (thirdDate) not imported: ${plural(earliest, 'task')}.`);
  const links = tasks.filter((t) => !/^(https?:\/\/)?$/.test(attr(t, 'webLink') ?? '')).length;
  if (links > 0) out.push(`Web links not imported: ${plural(links, 'task')}.`);
  return out;
}

/** The GanttProject ids of the tasks that have people allocated. */
export function allocatedTaskIds(root: XmlElement): ReadonlySet<string> {
  const container = child(root, 'allocations');
  return new Set((container ? childrenNamed(container, 'allocation') : []).map((a) => attr(a, 'task-id') ?? ''));
}

/**
 * A task's manual cost read as a fixed cost, else null. On a task with no people and no subtasks
 * GanttProject's manual cost is the whole cost, as a fixed cost is in Plotline (and what Plotline's
 * own .gan export writes); elsewhere it replaces a computed cost, and is not a fixed cost.
 */
export function manualFixedCost(task: XmlElement, staffed: ReadonlySet<string>): number | null {
  if (attr(task, 'cost-calculated') === 'true' || childrenNamed(task, 'task').length > 0 || staffed.has(attr(task, 'id') ?? '')) return null;
  const amount = Number(attr(task, 'cost-manual-value') ?? '0');
  return Number.isFinite(amount) && amount > 0 ? amount : null;
}

/**
 * Validates anything that claims to be a Plan (an importer's output, a parsed .plotline file)
 * against the model schema, then checks references between entities. Problems name the path:
 * "tasks['t12'].durationMinutes: expected a number, got \"3x\"".
 */
import * as v from 'valibot';
import { PLAN_COLLECTIONS, type Plan } from '../model/plan';
import { fail, ok, type Result } from '../model/result';
import { PlanSchema } from './plan-schema';
import { compileFastPath, INVALID, type FastParse, type FastPathMode } from './schema-fast-path';

type Issue = v.BaseIssue<unknown>;

/**
 * The plan schema's fast parse in each mode (schema-fast-path.ts says which caller wants which),
 * compiled the first time that mode is used: opening a stored project needs only 'check', and
 * compiling all three when the module loaded held ~2,700 closures (the three compiled schemas)
 * from the window's first paint on, two thirds of them for file imports the person may never run.
 */
const fastPlan = new Map<FastPathMode, FastParse | null>();

function fastParseOf(mode: FastPathMode): FastParse | null {
  let parse = fastPlan.get(mode);
  if (parse === undefined) fastPlan.set(mode, (parse = compileFastPath(PlanSchema, mode)));
  return parse;
}

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  number: 'a number', string: 'a string', boolean: 'true or false', Object: 'an object', Array: 'a list',
  null: 'null',
};

/** The issue's path in the model's own notation: records use ['key'], objects .field, lists [i]. */
export function formatPath(keys: readonly unknown[]): string {
  let out = '';
  keys.forEach((key, i) => {
    const inRecord = (i === 1 && PLAN_COLLECTIONS.some((c) => c === keys[0])) ||
      (i === 3 && keys[0] === 'baselines' && keys[2] === 'tasks') || keys[i - 1] === 'extra';
    if (typeof key === 'number') out += `[${String(key)}]`;
    else if (inRecord) out += `['${String(key)}']`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  });
  return out;
}

function describeExpected(expected: string | null): string {
  if (expected === null) return 'a valid value';
  return expected.split(' | ').map((part) => EXPECTED_WORDS[part] ?? part).join(' or ');
}

function received(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}...` : input);
  if (typeof input === 'number' || typeof input === 'boolean' || input === null) return String(input);
  return Array.isArray(input) ? 'a list' : typeof input;
}

/** One issue as "path: what was expected, got what". */
export function describeIssue(issue: Issue): string {
  const path = formatPath(issue.path?.map((item) => item.key) ?? []);
  const prefix = path === '' ? '' : `${path}: `;
  if (issue.input === undefined) return `${prefix}is missing (expected ${describeExpected(issue.expected)})`;
  const isTypeIssue = issue.kind === 'schema' && issue.type !== 'custom';
  const what = isTypeIssue ? `expected ${describeExpected(issue.expected)}` : issue.message;
  return `${prefix}${what}, got ${received(issue.input)}`;
}

/**
 * Validates a whole plan. `context` names the source in the message ("The .plotline file").
 * Reports the first few problems, so a broken file is diagnosable without a wall of text.
 */
export function validatePlan(input: unknown, context = 'The plan', mode: FastPathMode = 'copy'): Result<Plan> {
  const parsed = parsePlanSchema(input, context, mode);
  if (!parsed.ok) return parsed;
  const plan = parsed.value;
  const problem = checkReferences(plan);
  return problem === null ? ok(plan) : fail(`${context} is not valid: ${problem}`, problem.split(':')[0]);
}

/**
 * The model schema alone (types, enums, ranges), without the reference checks: the import gate
 * (admit.ts) repairs broken references instead of refusing them.
 */
export function parsePlanSchema(input: unknown, context = 'The plan', mode: FastPathMode = 'copy'): Result<Plan> {
  // A valid plan takes the fast path to valibot's very output; anything else gets valibot's own refusal.
  const fast = fastParseOf(mode)?.(input) ?? INVALID;
  if (fast !== INVALID) return ok(fast as Plan);
  const result = v.safeParse(PlanSchema, input, { abortPipeEarly: true });
  if (result.success) return ok(result.output);
  const lines = result.issues.slice(0, 5).map(describeIssue);
  const more = result.issues.length > 5 ? ` (and ${String(result.issues.length - 5)} more)` : '';
  const where = result.issues[0]?.path ? formatPath(result.issues[0].path.map((item) => item.key)) : '';
  return fail(`${context} is not valid: ${lines.join('; ')}${more}`, where === '' ? 'the whole plan' : where);
}

/**
 * Keys match ids, and every reference points at an entity that exists. Runs on every open, so it
 * walks each record with for-in rather than Object.values: the array of 10,000 tasks that made
 * cost twice the walk (outlined 10,000-task plan: 13-16 ms -> 7-8 ms in Node).
 */
function checkReferences(plan: Plan): string | null {
  for (const name of PLAN_COLLECTIONS) {
    const entities: Readonly<Record<string, { readonly id: string }>> = plan[name];
    for (const key in entities) {
      const entity = entities[key];
      if (entity !== undefined && entity.id !== key) return `${formatPath([name, key, 'id'])}: '${entity.id}' does not match its key`;
    }
  }
  const missing = (record: Readonly<Record<string, unknown>>, key: string | null): boolean => key !== null && !Object.hasOwn(record, key);
  const broken = (collection: string, id: string, ref: string | null): string =>
    `${formatPath([collection, id])}: refers to '${String(ref)}', which does not exist`;
  const { tasks, links, assignments, resources, calendars, columns } = plan;
  if (missing(calendars, plan.project.calendarId)) return `project.calendarId: no calendar '${plan.project.calendarId}'`;
  for (const key in tasks) {
    const t = tasks[key];
    if (t === undefined) continue;
    if (missing(tasks, t.parentId)) return broken('tasks', t.id, t.parentId);
    if (missing(calendars, t.calendarId)) return broken('tasks', t.id, t.calendarId);
    if (missing(columns, t.statusId)) return broken('tasks', t.id, t.statusId);
  }
  for (const key in links) {
    const l = links[key];
    if (l === undefined) continue;
    if (missing(tasks, l.predecessorId)) return broken('links', l.id, l.predecessorId);
    if (missing(tasks, l.successorId)) return broken('links', l.id, l.successorId);
  }
  for (const key in assignments) {
    const a = assignments[key];
    if (a === undefined) continue;
    if (missing(tasks, a.taskId)) return broken('assignments', a.id, a.taskId);
    if (missing(resources, a.resourceId)) return broken('assignments', a.id, a.resourceId);
  }
  for (const key in resources) {
    const r = resources[key];
    if (r !== undefined && missing(calendars, r.calendarId)) return broken('resources', r.id, r.calendarId);
  }
  for (const key in calendars) {
    const c = calendars[key];
    if (c !== undefined && missing(calendars, c.baseCalendarId)) return broken('calendars', c.id, c.baseCalendarId);
  }
  return null;
}

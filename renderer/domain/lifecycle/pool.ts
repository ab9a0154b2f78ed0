/**
 * The shared pool of people, as rules over plain data. The pool has no table of its own: a person
 * is in it by being on any project's team, and two team records are one pool person when their
 * `poolKey` matches (email, else name). The feature layer reads the other projects from storage
 * and hands their plans (or loads) to these functions.
 */
import type { Plan, Resource, ResourceId } from '../model';
import { normalEmail, normalName, poolKey, type ProjectDigest } from './portfolio';

/** Where a pool person is booked in one other project. */
export interface PoolBooking {
  readonly projectName: string;
  /** Names of the tasks they are assigned to there, in the plan's order. */
  readonly taskNames: readonly string[];
}

/** The other projects' tasks assigned to the pool person `person` stands for, one entry per project with any. */
export function bookingsElsewhere(person: Pick<Resource, 'email' | 'name'>, otherPlans: readonly Plan[]): PoolBooking[] {
  const key = poolKey(person);
  return otherPlans.flatMap((plan) => {
    const ids = new Set(Object.values(plan.resources).filter((r) => poolKey(r) === key).map((r) => r.id));
    if (ids.size === 0) return [];
    const taskIds = new Set(Object.values(plan.assignments).filter((a) => ids.has(a.resourceId)).map((a) => a.taskId));
    const taskNames = Object.values(plan.tasks).filter((t) => taskIds.has(t.id)).map((t) => t.name);
    return taskNames.length === 0 ? [] : [{ projectName: plan.project.name, taskNames }];
  }).sort((a, b) => a.projectName.localeCompare(b.projectName));
}

const TASKS_NAMED = 3;

function bookingText(b: PoolBooking): string {
  const named = b.taskNames.slice(0, TASKS_NAMED).join(', ');
  const rest = b.taskNames.length > TASKS_NAMED ? ', …' : '';
  const count = b.taskNames.length;
  return `${String(count)} task${count === 1 ? '' : 's'} in “${b.projectName}” (${named}${rest})`;
}

/**
 * Why a person cannot be deleted, or null when nothing stops it. Deleting the record of a pool
 * person who still has work in another project is refused, as MS Project's resource pool refuses
 * deleting a pool resource with assignments in its sharer files: the PM would believe the person
 * gone while other plans still count on them. Taking them off this project alone stays possible,
 * as a separate, explicitly named action (see the Team view).
 */
export function deletionRefusal(person: Pick<Resource, 'email' | 'name'>, bookings: readonly PoolBooking[]): string | null {
  if (bookings.length === 0) return null;
  const where = bookings.map(bookingText);
  const last = where.pop() ?? '';
  const list = where.length === 0 ? last : `${where.join('; ')} and ${last}`;
  return `${person.name} is booked on ${list}. Remove those bookings first, or unlink this record from the pool by giving it a different email${person.email.trim() === '' ? ' or name' : ''}.`;
}

/** One pool person as the other projects describe them. */
export interface PoolPerson {
  readonly key: string;
  readonly name: string;
  readonly email: string;
  /** Standard rate per hour; 0 when none of their records has one. */
  readonly costPerHour: number;
  readonly projectNames: readonly string[];
}

/** The pool: every work resource of the given plans, one entry per `poolKey`, by name. */
export function poolPeople(plans: readonly Plan[]): PoolPerson[] {
  const byKey = new Map<string, { person: Resource; projects: Set<string>; rate: number }>();
  for (const plan of plans) {
    for (const r of Object.values(plan.resources)) {
      if (r.type !== 'work') continue;
      const key = poolKey(r);
      const entry = byKey.get(key) ?? { person: r, projects: new Set<string>(), rate: 0 };
      entry.projects.add(plan.project.name);
      if (entry.rate === 0 && r.costPerHour > 0) entry.rate = r.costPerHour;
      byKey.set(key, entry);
    }
  }
  return [...byKey].map(([key, e]) => ({
    key, name: e.person.name, email: e.person.email, costPerHour: e.rate, projectNames: [...e.projects].sort((a, b) => a.localeCompare(b)),
  })).sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
}

/**
 * How a file's person matches the pool. `email`: same email (the strongest evidence). `name`: same
 * name and one side has no email. `conflict`: same name but both carry emails and they differ,
 * which may well be two people. `ambiguous`: same name as several pool people and no email to
 * tell which. A conflict or an ambiguous match is shown, never linked unless the person ticks it.
 */
export type PoolMatchKind = 'email' | 'name' | 'conflict' | 'ambiguous';

export interface PoolMatch {
  readonly resourceId: ResourceId;
  readonly fileName: string;
  readonly fileEmail: string;
  /** The pool person it would be linked to (for `ambiguous`, the first of them by name and key). */
  readonly pool: PoolPerson;
  readonly kind: PoolMatchKind;
  /** How many pool people carry this name (1 unless `ambiguous` or a conflict among several). */
  readonly sameNameCount: number;
  /** Whether the offer starts ticked: a match by email or by a name only one pool person has. */
  readonly isSuggested: boolean;
}

type Found = Pick<PoolMatch, 'pool' | 'kind' | 'sameNameCount'>;

function matchOne(r: Resource, byEmail: ReadonlyMap<string, PoolPerson>, byName: ReadonlyMap<string, readonly PoolPerson[]>): Found | null {
  const email = normalEmail(r.email);
  const sameEmail = email === '' ? undefined : byEmail.get(email);
  if (sameEmail) return { pool: sameEmail, kind: 'email', sameNameCount: 1 };
  const sameName = byName.get(normalName(r.name)) ?? [];
  const first = sameName[0];
  if (!first) return null;
  const sameNameCount = sameName.length;
  if (email !== '' && sameName.some((p) => normalEmail(p.email) !== '')) return { pool: first, kind: 'conflict', sameNameCount };
  return { pool: first, kind: sameNameCount > 1 ? 'ambiguous' : 'name', sameNameCount };
}

/**
 * The file's work resources that match pool people, in the file's order. By email first, else by
 * name (case and spacing ignored); a pool person is offered to one file person only (the first).
 * A match that changes nothing (same name spelling, same email) is not listed: it pools already.
 */
export function matchPoolPeople(fileResources: readonly Resource[], pool: readonly PoolPerson[]): PoolMatch[] {
  const byEmail = new Map<string, PoolPerson>();
  const byName = new Map<string, PoolPerson[]>();
  for (const p of pool) {
    const email = normalEmail(p.email);
    if (email !== '' && !byEmail.has(email)) byEmail.set(email, p);
    byName.set(normalName(p.name), [...(byName.get(normalName(p.name)) ?? []), p]);
  }
  const taken = new Set<string>();
  const out: PoolMatch[] = [];
  for (const r of fileResources) {
    if (r.type !== 'work') continue;
    const match = matchOne(r, byEmail, byName);
    if (!match || taken.has(match.pool.key)) continue;
    taken.add(match.pool.key);
    if (r.name === match.pool.name && r.email === match.pool.email) continue;
    out.push({ resourceId: r.id, fileName: r.name, fileEmail: r.email, ...match, isSuggested: match.kind === 'email' || match.kind === 'name' });
  }
  return out;
}

/**
 * The plan with the chosen matches linked: each takes the pool person's identity (name spelling
 * and email), so `poolKey` pools them. The rate is the pool's only where the file has none (0):
 * a file's own rate is a fact of that plan's budget and is never overwritten silently. Initials,
 * role, capacity and calendar stay the file's.
 */
export function linkToPool(plan: Plan, matches: readonly PoolMatch[], chosen: ReadonlySet<ResourceId>): Plan {
  const resources: Record<string, Resource> = { ...plan.resources };
  for (const m of matches) {
    const r = resources[m.resourceId];
    if (!r || !chosen.has(m.resourceId)) continue;
    resources[m.resourceId] = { ...r, name: m.pool.name, email: m.pool.email, costPerHour: r.costPerHour > 0 ? r.costPerHour : m.pool.costPerHour };
  }
  return { ...plan, resources };
}

/** Other projects' work per pool person (poolKey) per day number (minutes), as leveling reads it. */
export type OtherBookings = Readonly<Record<string, Readonly<Record<number, number>>>>;

/** Sums each pool person's daily work across the given (other) projects' digests. */
export function otherProjectsLoad(projects: readonly ProjectDigest[]): OtherBookings {
  const out: Record<string, Record<number, number>> = {};
  for (const { people } of projects) {
    for (const person of people) {
      const days = (out[person.key] ??= {});
      for (let i = 0; i < person.days.length; i++) {
        const day = person.days[i] ?? 0;
        days[day] = (days[day] ?? 0) + (person.minutes[i] ?? 0);
      }
    }
  }
  return out;
}

/** A plan's people's loads elsewhere, by their resource id in that plan; people with none are absent. */
export function otherLoadByResource(resources: Plan['resources'], others: OtherBookings): Map<ResourceId, Map<number, number>> {
  const out = new Map<ResourceId, Map<number, number>>();
  for (const r of Object.values(resources)) {
    const days = others[poolKey(r)];
    if (r.type !== 'work' || !days) continue;
    const load = new Map(Object.entries(days).map(([day, work]) => [Number(day), work] as const).filter(([, work]) => work > 0));
    if (load.size > 0) out.set(r.id, load);
  }
  return out;
}

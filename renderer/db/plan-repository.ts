/**
 * Reads and writes plans. The rest of the app sees plans, never Dexie: every edit is written
 * through here in ONE transaction, so a reload shows exactly what was there. Entities are stored
 * in hashed bucket rows (buckets.ts), which nothing outside this folder needs to know.
 */
import type { TouchedKey } from '../domain/commands';
import { PLAN_COLLECTIONS, type Plan, type PlanCollection, type Project, type ProjectId } from '../domain/model';
import { bucketOf, bucketRows, entitiesOf, type BucketKey, type BucketRow } from './buckets';
import type { PlotlineDb, ProjectRow } from './schema';

export interface ProjectSummary {
  readonly id: ProjectId;
  readonly name: string;
  readonly updatedAt: string;
  readonly start: string;
}

type Collections = { -readonly [K in PlanCollection]: Record<string, Plan[K][string]> };
type AnyEntity = { readonly id: string };

function stripRow(row: ProjectRow): Project {
  const { deletedAt: _deletedAt, ...project } = row;
  return project;
}

export class PlanRepository {
  constructor(private readonly db: PlotlineDb) {}

  /** Live projects (not in the trash), most recently edited first. */
  async listProjects(): Promise<ProjectSummary[]> {
    const rows = await this.db.projects.filter((p) => p.deletedAt === null).toArray();
    return rows
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.name.localeCompare(b.name)))
      .map((p) => ({ id: p.id, name: p.name, updatedAt: p.updatedAt, start: p.start }));
  }

  async loadPlan(projectId: ProjectId): Promise<Plan | null> {
    return this.db.transaction('r', [this.db.projects, this.db.buckets], async () => {
      const row = await this.db.projects.get(projectId);
      if (!row || row.deletedAt !== null) return null;
      const collections = Object.fromEntries(PLAN_COLLECTIONS.map((name) => [name, {}])) as Collections;
      for (const bucket of await this.db.buckets.where('projectId').equals(projectId).toArray()) {
        // Rows were written from validated plans; a collection this build does not know is skipped.
        const into = (collections as Partial<Record<string, Record<string, AnyEntity>>>)[bucket.collection];
        if (into) Object.assign(into, entitiesOf(bucket));
      }
      return { project: stripRow(row), ...collections };
    });
  }

  /** Writes a whole plan (new project, import, duplicate), replacing any rows of that project. */
  async savePlan(plan: Plan): Promise<void> {
    const projectId = plan.project.id;
    const rows = PLAN_COLLECTIONS.flatMap((collection) => {
      const entities: Readonly<Record<string, AnyEntity>> = plan[collection];
      return bucketRows(projectId, collection, Object.values(entities));
    });
    await this.db.transaction('rw', [this.db.projects, this.db.buckets], async () => {
      // A new project has no rows to replace; skipping the range delete keeps big imports fast.
      const existed = (await this.db.projects.get(projectId)) !== undefined;
      await this.db.projects.put({ ...plan.project, deletedAt: null });
      if (existed) await this.db.buckets.where('projectId').equals(projectId).delete();
      await this.db.buckets.bulkPut(rows);
    });
  }

  /**
   * Writes what a command touched, from the plan after the edit: each touched bucket is rebuilt
   * from the plan in hand (it is what storage must hold) and written, or deleted once empty, in one
   * transaction. Nothing is read first, so an edit costs one write round trip.
   */
  async applyChanges(plan: Plan, touched: readonly TouchedKey[]): Promise<void> {
    if (touched.length === 0) return;
    const projectId = plan.project.id;
    const wanted = new Map<PlanCollection, Set<number>>();
    let projectTouched = false;
    for (const key of touched) {
      if (key.collection === 'project') {
        projectTouched = true;
        continue;
      }
      const buckets = wanted.get(key.collection) ?? new Set<number>();
      buckets.add(bucketOf(key.id));
      wanted.set(key.collection, buckets);
    }
    const rows: BucketRow[] = [];
    const emptied: BucketKey[] = [];
    for (const [collection, buckets] of wanted) {
      const entities: Readonly<Record<string, AnyEntity>> = plan[collection];
      const rebuilt = bucketRows(projectId, collection, Object.values(entities), buckets);
      rows.push(...rebuilt);
      const kept = new Set(rebuilt.map((row) => row.bucket));
      for (const bucket of buckets) if (!kept.has(bucket)) emptied.push([projectId, collection, bucket]);
    }
    await this.db.transaction('rw', [this.db.projects, this.db.buckets], async () => {
      if (projectTouched) await this.db.projects.put({ ...plan.project, deletedAt: null });
      if (rows.length > 0) await this.db.buckets.bulkPut(rows);
      if (emptied.length > 0) await this.db.buckets.bulkDelete(emptied);
    });
  }

  /** Moves a project to the trash; it disappears from the list but can be restored (undo). */
  async trashProject(projectId: ProjectId, when: string): Promise<void> {
    await this.db.projects.update(projectId, { deletedAt: when });
  }

  async restoreProject(projectId: ProjectId): Promise<void> {
    await this.db.projects.update(projectId, { deletedAt: null });
  }

  /** Deletes a trashed project's rows for good. */
  async purgeProject(projectId: ProjectId): Promise<void> {
    await this.db.transaction('rw', [this.db.projects, this.db.buckets], async () => {
      await this.db.projects.delete(projectId);
      await this.db.buckets.where('projectId').equals(projectId).delete();
    });
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.db.meta.get(key))?.value as T | undefined;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await this.db.meta.put({ key, value });
  }
}

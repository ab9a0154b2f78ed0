/**
 * Reads and writes plans. The rest of the app sees plans, never Dexie: every edit is written
 * through here in ONE transaction, so a reload shows exactly what was there.
 */
import type { TouchedKey } from '../domain/commands';
import type { Plan, PlanCollection, Project, ProjectId } from '../domain/model';
import { ENTITY_TABLES, type PlotlineDb, type ProjectRow } from './schema';

export interface ProjectSummary {
  readonly id: ProjectId;
  readonly name: string;
  readonly updatedAt: string;
  readonly start: string;
}

type Collections = { -readonly [K in PlanCollection]: Record<string, Plan[K][string]> };

function stripProjectId<T extends { projectId: string }>(row: T): Omit<T, 'projectId'> {
  const { projectId: _projectId, ...entity } = row;
  return entity;
}

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
    return this.db.transaction('r', [this.db.projects, ...ENTITY_TABLES.map((t) => this.db.entityTable(t))], async () => {
      const row = await this.db.projects.get(projectId);
      if (!row || row.deletedAt !== null) return null;
      const collections = {} as Collections;
      for (const name of ENTITY_TABLES) {
        const rows = await this.db.entityTable(name).where('projectId').equals(projectId).toArray();
        collections[name] = Object.fromEntries(rows.map((r) => [r.id, stripProjectId(r)])) as never;
      }
      return { project: stripRow(row), ...collections };
    });
  }

  /** Writes a whole plan (new project, import, duplicate), replacing any rows of that project. */
  async savePlan(plan: Plan): Promise<void> {
    const projectId = plan.project.id;
    await this.db.transaction('rw', [this.db.projects, ...ENTITY_TABLES.map((t) => this.db.entityTable(t))], async () => {
      // A new project has no rows to replace; skipping the range deletes keeps big imports fast.
      const existed = (await this.db.projects.get(projectId)) !== undefined;
      await this.db.projects.put({ ...plan.project, deletedAt: null });
      for (const name of ENTITY_TABLES) {
        const table = this.db.entityTable(name);
        if (existed) await table.where('projectId').equals(projectId).delete();
        const entities: Readonly<Record<string, { readonly id: string }>> = plan[name];
        await table.bulkPut(Object.values(entities).map((e) => ({ ...e, projectId })));
      }
    });
  }

  /** Writes the rows a command touched, from the plan after the edit: present = put, gone = delete. */
  async applyChanges(plan: Plan, touched: readonly TouchedKey[]): Promise<void> {
    if (touched.length === 0) return;
    const projectId = plan.project.id;
    const tables = new Set(touched.map((k) => k.collection));
    const dexieTables = [...tables].map((t) => (t === 'project' ? this.db.projects : this.db.entityTable(t)));
    await this.db.transaction('rw', dexieTables, async () => {
      for (const key of touched) {
        if (key.collection === 'project') {
          await this.db.projects.put({ ...plan.project, deletedAt: null });
          continue;
        }
        const entity = plan[key.collection][key.id];
        const table = this.db.entityTable(key.collection);
        if (entity) await table.put({ ...entity, projectId });
        else await table.delete([projectId, key.id]);
      }
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
    await this.db.transaction('rw', [this.db.projects, ...ENTITY_TABLES.map((t) => this.db.entityTable(t))], async () => {
      await this.db.projects.delete(projectId);
      for (const name of ENTITY_TABLES) await this.db.entityTable(name).where('projectId').equals(projectId).delete();
    });
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.db.meta.get(key))?.value as T | undefined;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await this.db.meta.put({ key, value });
  }
}

/**
 * Reads and writes plans. The rest of the app sees plans, never Dexie: every edit is written
 * through here in ONE transaction, so a reload shows exactly what was there. Entities are stored
 * in hashed bucket rows (buckets.ts), which nothing outside this folder needs to know.
 *
 * Several windows (tabs, or desktop windows on one profile) share the database. Each project row
 * carries a revision bumped by every write; an edit says which revision it was based on and is
 * refused inside its own transaction when storage has moved on, so a stale window can never
 * rebuild buckets over another window's work (see `applyChanges` and revision-claims.ts).
 */
import { liveQuery } from 'dexie';
import type { TouchedKey } from '../domain/commands';
import type { ProjectDigest } from '../domain/lifecycle';
import { PLAN_COLLECTIONS, type Plan, type PlanCollection, type Project, type ProjectId } from '../domain/model';
import { bucketOf, BucketMembers, bucketRows, touchedBucketRows, type BucketKey, type BucketRow } from './buckets';
import { assemblePlan, type DroppedData } from './damaged-rows';
import { claimRevision, sendWhole, wasClaimed } from './revision-claims';
import { inKeptOrder, keptOrderOf } from './kept-order';
import { nextRevision, rowRevision, type PlotlineDb, type ProjectRow, type Revision } from './schema';

/** What is wrong with a stored project, kept so the project list can flag it after a restart. */
export interface ProjectTrouble {
  /** 'unopenable': the plan cannot be shown; 'damaged': it opened with some stored data set aside. */
  readonly kind: 'unopenable' | 'damaged';
  readonly message: string;
  readonly where?: string;
}

export interface ProjectSummary {
  readonly id: ProjectId;
  readonly name: string;
  readonly updatedAt: string;
  readonly start: string;
  readonly trouble: ProjectTrouble | null;
  /** The stored revision: what a kept digest of the project must have been computed from. */
  readonly revision: Revision;
}

/** A plan as read from storage, with the revision edits must be based on and what was set aside. */
export interface StoredPlan {
  readonly plan: Plan;
  readonly revision: Revision;
  readonly dropped: readonly DroppedData[];
}

export type OpenOutcome =
  | { readonly kind: 'opened'; readonly stored: StoredPlan }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly message: string; readonly where?: string };

/** A write refused because another window wrote first (or deleted the project): nothing was written. */
export type WriteOutcome = { readonly ok: true; readonly revision: Revision } | { readonly ok: false; readonly revision: Revision | null };

type AnyEntity = { readonly id: string };

const TROUBLE_KEY = 'projectTrouble';

/** The revision of a project with no row yet. */
const ABSENT_REVISION: Revision = '0:';

/** Thrown inside a transaction to abort it; never leaves this file. */
class StaleWrite extends Error {
  constructor(readonly revision: Revision | null) {
    super('storage moved on');
  }
}

function stripRow(row: ProjectRow): Project {
  const { deletedAt: _deletedAt, revision: _revision, writer: _writer, resourceOrder: _resourceOrder, ...project } = row;
  return project;
}

export class PlanRepository {
  /**
   * Buckets of each project that held data set aside when it was opened: an edit that would
   * rebuild one of them is refused until the person decides (save the raw rows, or discard them),
   * so damaged data is never overwritten silently. Per window: each window opens for itself.
   */
  private readonly damaged = new Map<ProjectId, Set<string>>();

  /** Which ids each bucket holds, kept from one edit's write to the next (buckets.ts BucketMembers). */
  private bucketMembers: { project: ProjectId | null; byCollection: Map<PlanCollection, BucketMembers> } = { project: null, byCollection: new Map() };

  /** `writer` names this window in the revisions it writes (a fresh id per window). */
  constructor(private readonly db: PlotlineDb, private readonly writer = 'this-window') {}

  /** The revision a write based on `revision` will leave, so the next edit can be based on it before it lands. */
  followingRevision(revision: Revision): Revision {
    const next = nextRevision(revision, this.writer);
    return `${String(next.revision)}:${next.writer}`;
  }

  /** The revision addPlan (or savePlan) leaves on a project that had no row. */
  addedRevision(): Revision {
    return this.followingRevision(ABSENT_REVISION);
  }

  /** Live projects (not in the trash), most recently edited first, with any recorded trouble. */
  async listProjects(): Promise<ProjectSummary[]> {
    const rows = await this.db.projects.filter((p) => p.deletedAt === null).toArray();
    const troubles = await this.troubles();
    // A damaged project row must not take the list down with it: it is listed, named by its id, and opening it says what is wrong.
    const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
    return rows
      .map((p) => ({
        id: p.id, name: text(p.name, `Project ${String(p.id)}`), updatedAt: text(p.updatedAt, ''), start: text(p.start, ''), trouble: troubles[p.id] ?? null,
        revision: rowRevision(p),
      }))
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.name.localeCompare(b.name)));
  }

  /**
   * Opens a project for editing: damaged rows and entities that fail the model checks are set
   * aside and reported, never fatal. 'unreadable' when the project row itself is damaged.
   */
  async openPlan(projectId: ProjectId): Promise<OpenOutcome> {
    const read = await this.db.transaction('r', [this.db.projects, this.db.buckets], async () => {
      const row = await this.db.projects.get(projectId);
      if (!row || row.deletedAt !== null) return null;
      // The rows' keys first, then one request per row: Chromium answers one request for all the
      // rows of a 10,000-task plan (134 rows, 5.8 MB) in 205-265 ms, and the same rows asked for
      // one by one in 50-77 ms (bench -- gantt-peers, outlined 10,000, December 2026). bulkGet
      // sends those requests under one promise: a Table.get per row cost its own transaction
      // check and promise, the larger part of the read's main-thread time at 1,000 tasks.
      const keys = await this.db.buckets.where('projectId').equals(projectId).primaryKeys();
      const rows = await this.db.buckets.bulkGet(keys);
      return { row, buckets: rows.filter((bucket) => bucket !== undefined) };
    });
    if (!read) return { kind: 'missing' };
    const readIds = new Map<PlanCollection, Map<number, readonly string[]>>();
    const assembled = assemblePlan(stripRow(read.row), read.buckets, (collection, bucket, ids) => {
      const byBucket = readIds.get(collection) ?? new Map<number, readonly string[]>();
      readIds.set(collection, byBucket.set(bucket, ids));
    });
    if (!assembled.ok) {
      return { kind: 'unreadable', message: assembled.message, ...(assembled.where ? { where: assembled.where } : {}) };
    }
    this.damaged.set(projectId, new Set(assembled.dropped.map((d) => `${d.collection}/${String(d.bucket)}`)));
    const plan: Plan = { ...assembled.plan, resources: inKeptOrder(assembled.plan.resources, read.row.resourceOrder) };
    for (const collection of PLAN_COLLECTIONS) this.membersOf(projectId, collection).seed(plan[collection], readIds.get(collection) ?? new Map());
    return { kind: 'opened', stored: { plan, revision: rowRevision(read.row), dropped: assembled.dropped } };
  }

  /** The plan alone (duplicate, tests); throws when the project cannot be read. */
  async loadPlan(projectId: ProjectId): Promise<Plan | null> {
    const outcome = await this.openPlan(projectId);
    if (outcome.kind === 'unreadable') throw new Error(outcome.message);
    return outcome.kind === 'opened' ? outcome.stored.plan : null;
  }

  /** The project's current revision; null when it is gone or in the trash. */
  async revisionOf(projectId: ProjectId): Promise<Revision | null> {
    const row = await this.db.projects.get(projectId);
    return row && row.deletedAt === null ? rowRevision(row) : null;
  }

  /**
   * Writes a project not stored before (New project, a template, a duplicate, an opened file): no
   * read, every request made and the commit asked for in the task that calls this, so the write
   * survives a reload or a renderer crash from then on (revision-claims.ts). Claiming count 0
   * refuses an id that was ever written through here; resolves to the revision it leaves.
   */
  async addPlan(plan: Plan): Promise<Revision> {
    const projectId = plan.project.id;
    const rows = this.planRows(plan);
    const next = nextRevision(ABSENT_REVISION, this.writer);
    await this.db.transaction('rw', [this.db.projects, this.db.buckets, this.db.claims], () => sendWhole(() => {
      claimRevision(projectId, 0);
      return Promise.all([this.db.projects.put({ ...plan.project, ...keptOrderOf(plan), deletedAt: null, ...next }), this.db.buckets.bulkPut(rows)]);
    }));
    this.damaged.delete(projectId);
    await this.setTrouble(projectId, null);
    return `${String(next.revision)}:${next.writer}`;
  }

  /**
   * Writes a whole plan (the sample, a restored or re-imported plan), replacing any rows of that
   * project. A replacement does not build on what was stored, so when another window moves the
   * project while this one reads it, it is simply written again on top.
   */
  async savePlan(plan: Plan): Promise<Revision> {
    const projectId = plan.project.id;
    const rows = this.planRows(plan);
    for (let attempt = 1; ; attempt++) {
      let claim: IDBRequest | null = null;
      try {
        const revision = await this.db.transaction('rw', [this.db.projects, this.db.buckets, this.db.claims], async () => {
          // A new project has no rows to replace; skipping the range delete keeps big imports fast.
          const existing = await this.db.projects.get(projectId);
          const next = nextRevision(existing ? rowRevision(existing) : ABSENT_REVISION, this.writer);
          claim = claimRevision(projectId, next.revision - 1);
          await this.db.projects.put({ ...plan.project, ...keptOrderOf(plan), deletedAt: null, ...next });
          if (existing) await this.db.buckets.where('projectId').equals(projectId).delete();
          await this.db.buckets.bulkPut(rows);
          return `${String(next.revision)}:${next.writer}`;
        });
        this.damaged.delete(projectId);
        await this.setTrouble(projectId, null);
        return revision;
      } catch (error) {
        if (!wasClaimed(claim) || attempt === 3) throw error;
      }
    }
  }

  private planRows(plan: Plan): BucketRow[] {
    return PLAN_COLLECTIONS.flatMap((collection) => {
      const entities: Readonly<Record<string, AnyEntity>> = plan[collection];
      return bucketRows(plan.project.id, collection, Object.values(entities));
    });
  }

  /**
   * Writes what a command touched, from the plan after the edit: each touched bucket is rebuilt
   * from the plan in hand and written, or deleted once empty, in one transaction. That is only
   * right while the plan in hand is what storage holds at `basedOn` (the revision this window last
   * read or wrote), so the write claims the count it moves from and is refused whole when another
   * window (or a trash, restore or purge) moved the project from it first: then this one must reload.
   *
   * `confirmed`: `basedOn` is known to have been stored (read, or left by a write that landed).
   * Then the claim is the whole check, and every request goes out, with the commit, in the task
   * that calls this, so the edit survives a reload from then on. A revision another write still
   * on its way would leave is not known to exist (that write may be refused): such a write reads
   * the project row and checks it first, as every write did before claims.
   * Throws when IndexedDB itself fails (quota, a closed database) or a damaged bucket would be rebuilt.
   */
  async applyChanges(plan: Plan, touched: readonly TouchedKey[], basedOn: Revision, confirmed = false): Promise<WriteOutcome> {
    const projectId = plan.project.id;
    const { rows, emptied } = this.rowsFor(plan, touched);
    const next = nextRevision(basedOn, this.writer);
    let claim: IDBRequest | null = null;
    const write = (): Promise<unknown> => sendWhole(() => {
      claim = claimRevision(projectId, next.revision - 1);
      return Promise.all([
        this.db.projects.put({ ...plan.project, ...keptOrderOf(plan), deletedAt: null, ...next }),
        rows.length > 0 ? this.db.buckets.bulkPut(rows) : null,
        emptied.length > 0 ? this.db.buckets.bulkDelete(emptied) : null,
      ]);
    });
    try {
      await this.db.transaction('rw', [this.db.projects, this.db.buckets, this.db.claims], async () => {
        if (!confirmed) {
          const row = await this.db.projects.get(projectId);
          if (!row || row.deletedAt !== null) throw new StaleWrite(null);
          if (rowRevision(row) !== basedOn) throw new StaleWrite(rowRevision(row));
        }
        await write();
      });
      return { ok: true, revision: `${String(next.revision)}:${next.writer}` };
    } catch (error) {
      if (error instanceof StaleWrite) return { ok: false, revision: error.revision };
      if (wasClaimed(claim)) return { ok: false, revision: await this.revisionOf(projectId) };
      throw error;
    }
  }

  /** The members index of a collection of the project being edited (one project's at a time). */
  private membersOf(projectId: ProjectId, collection: PlanCollection): BucketMembers {
    if (this.bucketMembers.project !== projectId) this.bucketMembers = { project: projectId, byCollection: new Map() };
    const { byCollection } = this.bucketMembers;
    let members = byCollection.get(collection);
    if (!members) byCollection.set(collection, (members = new BucketMembers()));
    return members;
  }

  private rowsFor(plan: Plan, touched: readonly TouchedKey[]): { rows: BucketRow[]; emptied: BucketKey[] } {
    const projectId = plan.project.id;
    const wanted = new Map<PlanCollection, Set<number>>();
    const damaged = this.damaged.get(projectId);
    for (const key of touched) {
      if (key.collection === 'project') continue;
      const bucket = bucketOf(key.id);
      if (damaged?.has(`${key.collection}/${String(bucket)}`)) {
        throw new Error(`this change would overwrite stored ${key.collection} data that could not be read; save or discard the damaged data first`);
      }
      const buckets = wanted.get(key.collection) ?? new Set<number>();
      buckets.add(bucket);
      wanted.set(key.collection, buckets);
    }
    const rows: BucketRow[] = [];
    const emptied: BucketKey[] = [];
    for (const [collection, buckets] of wanted) {
      const entities: Readonly<Record<string, AnyEntity>> = plan[collection];
      const rebuilt = touchedBucketRows(projectId, collection, entities, this.membersOf(projectId, collection), buckets);
      rows.push(...rebuilt);
      const kept = new Set(rebuilt.map((row) => row.bucket));
      for (const bucket of buckets) if (!kept.has(bucket)) emptied.push([projectId, collection, bucket]);
    }
    return { rows, emptied };
  }

  /**
   * The person chose to discard the damaged data of a project: its damaged buckets are rewritten
   * from the plan as opened (without what was set aside), under the same revision check.
   */
  async discardDamaged(plan: Plan, basedOn: Revision): Promise<WriteOutcome> {
    const projectId = plan.project.id;
    const keys = [...(this.damaged.get(projectId) ?? [])];
    this.damaged.delete(projectId);
    const touched: TouchedKey[] = [];
    for (const key of keys) {
      const [collection, bucket] = key.split('/') as [PlanCollection, string];
      const entities: Readonly<Record<string, AnyEntity>> = plan[collection];
      const inBucket = Object.keys(entities).filter((id) => bucketOf(id) === Number(bucket));
      // A bucket left with no valid entity is named by an id hashing into it; rowsFor then deletes the row.
      touched.push(...(inBucket.length > 0 ? inBucket : [idInBucket(Number(bucket))]).map((id) => ({ collection, id })));
    }
    const outcome = await this.applyChanges(plan, touched, basedOn);
    if (outcome.ok) await this.setTrouble(projectId, null);
    return outcome;
  }

  /** Everything stored for a project, as stored (unreadable rows included), for "Save raw data". */
  async rawProject(projectId: ProjectId): Promise<string> {
    return this.db.transaction('r', [this.db.projects, this.db.buckets], async () => {
      const project = (await this.db.projects.get(projectId)) ?? null;
      const rows = await this.db.buckets.where('projectId').equals(projectId).toArray();
      return JSON.stringify({ format: 'plotline-raw-storage', projectId, project, rows }, null, 1);
    });
  }

  /** Moves a project to the trash; it disappears from the list but can be restored (undo). */
  async trashProject(projectId: ProjectId, when: string): Promise<void> {
    await this.bump(projectId, { deletedAt: when });
  }

  async restoreProject(projectId: ProjectId): Promise<void> {
    await this.bump(projectId, { deletedAt: null });
  }

  /** A list-level change also moves the revision, so a window still editing the project is refused. */
  private async bump(projectId: ProjectId, changes: Pick<ProjectRow, 'deletedAt'>): Promise<void> {
    await this.db.transaction('rw', [this.db.projects, this.db.claims], async () => {
      const row = await this.db.projects.get(projectId);
      if (!row) return;
      const next = nextRevision(rowRevision(row), this.writer);
      claimRevision(projectId, next.revision - 1);
      await this.db.projects.put({ ...row, ...changes, ...next });
    });
  }

  /** Deletes a trashed project's rows for good, and its kept digest; its revision claims stay (revision-claims.ts). */
  async purgeProject(projectId: ProjectId): Promise<void> {
    await this.db.transaction('rw', [this.db.projects, this.db.buckets, this.db.digests, this.db.claims], async () => {
      const row = await this.db.projects.get(projectId);
      if (row) claimRevision(projectId, Number.parseInt(rowRevision(row), 10));
      await this.db.projects.delete(projectId);
      await this.db.buckets.where('projectId').equals(projectId).delete();
      await this.db.digests.delete(projectId);
    });
  }

  /**
   * The kept portfolio digests of these projects that are still fresh: computed from the
   * revision given (the one listProjects read) in this digest format. Stale ones are left out.
   */
  async freshDigests(projects: readonly { readonly id: ProjectId; readonly revision: Revision }[], format: number): Promise<Map<ProjectId, ProjectDigest>> {
    const rows = await this.db.digests.bulkGet(projects.map((p) => p.id));
    const fresh = new Map<ProjectId, ProjectDigest>();
    projects.forEach((p, i) => {
      const row = rows[i];
      if (row && row.revision === p.revision && row.format === format) fresh.set(p.id, row.digest);
    });
    return fresh;
  }

  /**
   * Keeps a project's digest, computed from the plan as stored at `revision`; nothing when the
   * project has been written since, trashed or purged (a digest kept late must not outlive it).
   */
  async keepDigest(projectId: ProjectId, revision: Revision, format: number, digest: ProjectDigest): Promise<void> {
    await this.db.transaction('rw', [this.db.projects, this.db.digests], async () => {
      const row = await this.db.projects.get(projectId);
      if (row && row.deletedAt === null && rowRevision(row) === revision) await this.db.digests.put({ projectId, revision, format, digest });
    });
  }

  /**
   * Calls back with the project's stored revision (null: gone or trashed) whenever another window
   * or tab writes it. Dexie's live queries hear writes from every connection of this origin
   * (it broadcasts them between windows), typically within a few milliseconds.
   */
  watchRevision(projectId: ProjectId, onChange: (revision: Revision | null) => void): () => void {
    const subscription = liveQuery(() => this.revisionOf(projectId)).subscribe({
      next: onChange,
      error: (error: unknown) => console.warn('Plotline: could not watch the project for changes', error),
    });
    return () => subscription.unsubscribe();
  }

  async setTrouble(projectId: ProjectId, trouble: ProjectTrouble | null): Promise<void> {
    const all = { ...(await this.troubles()) };
    if (trouble === null && !(projectId in all)) return;
    if (trouble === null) delete all[projectId];
    else all[projectId] = trouble;
    await this.setMeta(TROUBLE_KEY, all);
  }

  private async troubles(): Promise<Readonly<Record<string, ProjectTrouble>>> {
    return (await this.getMeta<Record<string, ProjectTrouble>>(TROUBLE_KEY)) ?? {};
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.db.meta.get(key))?.value as T | undefined;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await this.db.putMeta({ key, value });
  }
}

/** Some id that hashes into `bucket`, so a bucket left with no entity can still be named for deletion. */
function idInBucket(bucket: number): string {
  for (let i = 0; ; i++) if (bucketOf(`~${String(i)}`) === bucket) return `~${String(i)}`;
}

/**
 * An in-memory stand-in for the Dexie repository, as the session store sees it: revisions,
 * refusal of stale writes, watchers (other "windows" on the same storage) and injected failures.
 * The repository itself is tested on fake-indexeddb (test/unit/db); this lets the store's tests
 * run two sessions on one storage without a database.
 */
import type { PlanPersistence, StoredTrouble } from '../../renderer/store';
import type { Plan, ProjectId } from '../../renderer/domain/model';
import type { TouchedKey } from '../../renderer/domain/commands';

interface Stored {
  plan: Plan;
  count: number;
  writer: string;
  deleted: boolean;
}

export class MemoryStorage {
  readonly projects = new Map<string, Stored>();
  readonly troubles = new Map<string, StoredTrouble>();
  readonly writes: TouchedKey[][] = [];
  /** Each applyChanges call's `confirmed`, in order: whether the window knew its base to be stored. */
  readonly confirmedFlags: boolean[] = [];
  private readonly watchers = new Set<{ projectId: string; onChange: (revision: string | null) => void }>();
  private failures: Error[] = [];
  private held: Promise<void> | null = null;

  put(plan: Plan): void {
    this.projects.set(plan.project.id, { plan, count: 1, writer: 'setup', deleted: false });
  }

  revisionOf(projectId: string): string | null {
    const stored = this.projects.get(projectId);
    return stored && !stored.deleted ? `${String(stored.count)}:${stored.writer}` : null;
  }

  /** The next writes throw this (storage failing: quota, a closed database). */
  failNextWrites(error: Error, count = 1): void {
    this.failures = Array.from({ length: count }, () => error);
  }

  /** Whole-plan writes (addPlan) wait until the returned function is called: a write still on its way. */
  holdSaves(): () => void {
    let release: () => void = () => undefined;
    this.held = new Promise<void>((resolve) => { release = resolve; });
    return () => {
      this.held = null;
      release();
    };
  }

  deleteProject(projectId: string): void {
    const stored = this.projects.get(projectId);
    if (stored) Object.assign(stored, { deleted: true, count: stored.count + 1, writer: 'elsewhere' });
    this.notify(projectId);
  }

  private notify(projectId: string): void {
    const revision = this.revisionOf(projectId);
    // Like Dexie's live queries: observers hear about a commit a little later, never inside it.
    for (const w of this.watchers) if (w.projectId === projectId) setTimeout(() => w.onChange(revision), 0);
  }

  /** One window's view of the storage: its own writer id, as each app window has. */
  window(writer: string): PlanPersistence {
    return {
      openPlan: async (id: ProjectId) => {
        const stored = this.projects.get(id);
        if (!stored || stored.deleted) return { kind: 'missing' };
        return { kind: 'opened', stored: { plan: stored.plan, revision: `${String(stored.count)}:${stored.writer}`, dropped: [] } };
      },
      applyChanges: async (plan, touched, basedOn, confirmed) => {
        this.confirmedFlags.push(confirmed);
        await Promise.resolve();
        const failure = this.failures.shift();
        if (failure) throw failure;
        const stored = this.projects.get(plan.project.id);
        const current = this.revisionOf(plan.project.id);
        if (!stored || current !== basedOn) return { ok: false, revision: current };
        Object.assign(stored, { plan, count: stored.count + 1, writer });
        this.writes.push([...touched]);
        this.notify(plan.project.id);
        return { ok: true, revision: `${String(stored.count)}:${writer}` };
      },
      addPlan: async (plan) => {
        await (this.held ?? Promise.resolve());
        const failure = this.failures.shift();
        if (failure) throw failure;
        const before = this.projects.get(plan.project.id);
        const count = before && !before.deleted ? before.count + 1 : 1;
        this.projects.set(plan.project.id, { plan, count, writer, deleted: false });
        this.notify(plan.project.id);
        return `${String(count)}:${writer}`;
      },
      addedRevision: () => `1:${writer}`,
      followingRevision: (revision) => `${String(Number.parseInt(revision, 10) + 1)}:${writer}`,
      watchRevision: (projectId, onChange) => {
        const watcher = { projectId, onChange };
        this.watchers.add(watcher);
        return () => this.watchers.delete(watcher);
      },
      setTrouble: async (projectId, trouble) => {
        if (trouble) this.troubles.set(projectId, trouble);
        else this.troubles.delete(projectId);
      },
      discardDamaged: async (plan) => ({ ok: true, revision: this.revisionOf(plan.project.id) ?? '' }),
    };
  }
}

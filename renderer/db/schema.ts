/**
 * The IndexedDB schema. Every version is listed with its upgrade, oldest first; a released
 * version is never edited, only followed by a new one (frozen fixtures in test/fixtures/db/).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  Assignment, Baseline, ChangeRequest, Link, Project, ProjectCalendar, Resource, Risk, Stakeholder, Task,
  WorkflowColumn, PlanCollection,
} from '../domain/model';

/** A project row: the project plus list bookkeeping. `deletedAt` set = in the trash (undoable delete). */
export type ProjectRow = Project & { readonly deletedAt: string | null };

/** Entity rows carry their project id; the primary key is [projectId+id]. */
export type Row<T> = T & { readonly projectId: string };

export interface MetaRow {
  readonly key: string;
  readonly value: unknown;
}

export const DB_NAME = 'plotline';

/** Tables holding plan entities, named as the Plan's collections. */
export const ENTITY_TABLES = [
  'tasks', 'links', 'calendars', 'resources', 'assignments', 'baselines', 'risks', 'stakeholders', 'changes', 'columns',
] as const satisfies readonly PlanCollection[];

const ENTITY_INDEXES = '[projectId+id], projectId';

/** Version 1: the first released schema. */
export const SCHEMA_V1: Readonly<Record<string, string>> = {
  projects: 'id, updatedAt, deletedAt',
  meta: 'key',
  ...Object.fromEntries(ENTITY_TABLES.map((t) => [t, ENTITY_INDEXES])),
};

export class PlotlineDb extends Dexie {
  projects!: EntityTable<ProjectRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  tasks!: Table<Row<Task>, [string, string]>;
  links!: Table<Row<Link>, [string, string]>;
  calendars!: Table<Row<ProjectCalendar>, [string, string]>;
  resources!: Table<Row<Resource>, [string, string]>;
  assignments!: Table<Row<Assignment>, [string, string]>;
  baselines!: Table<Row<Baseline>, [string, string]>;
  risks!: Table<Row<Risk>, [string, string]>;
  stakeholders!: Table<Row<Stakeholder>, [string, string]>;
  changes!: Table<Row<ChangeRequest>, [string, string]>;
  columns!: Table<Row<WorkflowColumn>, [string, string]>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    // Later versions: this.version(2).stores({...}).upgrade((tx) => ...); never edit version 1.
  }

  entityTable(name: PlanCollection): Table<Row<{ id: string }>, [string, string]> {
    return this.table(name);
  }
}

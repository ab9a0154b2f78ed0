/**
 * Numbered migrations of the .plotline file: each step takes the parsed file object of version N
 * to version N + 1, and each version has a frozen file in test/fixtures/native/.
 */
import { fail, ok, type Result } from '../../model/result';
import { isRecord } from '../safe-json';

export type FileObject = Readonly<Record<string, unknown>>;

export interface Migration {
  readonly from: number;
  readonly to: number;
  /** What changed, for the changelog and for messages. */
  readonly description: string;
  readonly migrate: (file: FileObject) => Result<FileObject>;
}

/** The file version this build writes and the newest it reads. */
export const CURRENT_FILE_VERSION = 5;

/** Collections version 2 added (the RAID log); a version-1 file has none, so they start empty. */
const RAID_COLLECTIONS = ['issues', 'assumptions', 'decisions'] as const;

/**
 * Collections version 3 added; a version-2 file has none, so they start empty: the RACI matrix,
 * the communication plan and issued status reports. One list so every feature adding collections
 * in version 3 shares the one 2 -> 3 step. Change control adds none (its new change-request fields
 * are optional and its statuses widen the old list), but its new statuses are why a version-2
 * reader must refuse the file as newer rather than as malformed.
 */
export const V3_COLLECTIONS = ['raci', 'communications', 'reports'] as const;

/**
 * Collections version 4 added; a version-3 file has none, so they start empty. One list so every
 * feature adding collections in version 4 shares the one 3 -> 4 step. Lifecycle phases start
 * empty rather than inferred from the tasks' fixed phase labels: the Phases view offers the five
 * standard phases in one step, and those pick the labelled tasks up (model/phases.ts phaseOfTask).
 */
export const V4_COLLECTIONS = ['phases'] as const;

/**
 * Project fields version 5 added: the charter and the closure (model/charter.ts). A version-4 file
 * has neither, and absent means "none written yet", so the step adds nothing; it exists so a
 * version-4 reader refuses a file with a charter as newer rather than carrying it as unknown
 * fields it cannot show. One list so every feature adding project fields in version 5 shares the
 * one 4 -> 5 step.
 */
export const V5_PROJECT_FIELDS = ['charter', 'closure'] as const;

/**
 * A version-4 file can hold fields named like the version-5 ones only as unknown fields from some
 * other tool: they are set aside under the project's `extra` (kept, written back on save) rather
 * than read as a charter they may not be, so the file opens and nothing in it is lost.
 */
function setAsideForeignFields(file: FileObject, names: readonly string[]): Result<FileObject> {
  const plan = file.project;
  if (!isRecord(plan)) return fail('The file has no project object.', 'project');
  const project = plan.project;
  if (!isRecord(project)) return ok(file);
  const moved: Record<string, unknown> = {};
  const kept: Record<string, unknown> = { ...project };
  for (const name of names) {
    if (!Object.hasOwn(project, name)) continue;
    moved[name] = project[name];
    delete kept[name];
  }
  if (Object.keys(moved).length === 0) return ok(file);
  const extra = isRecord(project.extra) ? project.extra : {};
  return ok({ ...file, project: { ...plan, project: { ...kept, extra: { ...extra, ...moved } } } });
}

/** Adds each named collection as empty where the file's plan object lacks it. */
function addEmptyCollections(file: FileObject, names: readonly string[]): Result<FileObject> {
  const project = file.project;
  if (!isRecord(project)) return fail('The file has no project object.', 'project');
  const added: Record<string, unknown> = {};
  for (const name of names) added[name] = isRecord(project[name]) ? project[name] : {};
  return ok({ ...file, project: { ...project, ...added } });
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    description: 'The RAID log: issues, assumptions and decisions collections; risks gain optional fields (no change needed).',
    migrate: (file) => addEmptyCollections(file, RAID_COLLECTIONS),
  },
  {
    from: 2,
    to: 3,
    description: 'Stakeholders (RACI matrix and communication plan collections; optional phone and engagement fields), '
      + 'change control (change requests gain optional fields and the statuses under review and deferred) and status reports '
      + '(the reports collection and optional RAG rules on the project).',
    migrate: (file) => addEmptyCollections(file, V3_COLLECTIONS),
  },
  {
    from: 3,
    to: 4,
    description: 'Lifecycle phases as objects with gates (the phases collection); tasks gain an optional phaseId.',
    migrate: (file) => addEmptyCollections(file, V4_COLLECTIONS),
  },
  {
    from: 4,
    to: 5,
    description: 'The project charter (purpose, business case, objectives with success criteria, scope, deliverables, constraints, '
      + 'sponsor and approval) and the closure (checklist and lessons learned), as optional project fields.',
    migrate: (file) => setAsideForeignFields(file, V5_PROJECT_FIELDS),
  },
];

/**
 * Runs the migrations from `version` up to `target`, one numbered step at a time. A missing step
 * is a bug in the list (checked by a test), reported rather than thrown.
 */
export function migrateFile(
  file: FileObject, version: number, target = CURRENT_FILE_VERSION, migrations: readonly Migration[] = MIGRATIONS,
): Result<FileObject> {
  let current = file;
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v && m.to === v + 1);
    if (!step) return fail(`No migration from file version ${String(v)} to ${String(v + 1)}.`, 'version');
    const next = step.migrate(current);
    if (!next.ok) return fail(`Upgrading the file from version ${String(v)} failed: ${next.error.message}`, next.error.where ?? 'version');
    current = { ...next.value, version: v + 1 };
  }
  return ok(current);
}

/**
 * Numbered migrations of the .plotline file: each step takes the parsed file object of version N
 * to version N + 1. Version 1 is the first released version, so the list is empty today; when the
 * format changes, append { from: 1, to: 2, ... } and freeze a test/fixtures/native/plotline-v2 file.
 */
import { fail, ok, type Result } from '../../model/result';

export type FileObject = Readonly<Record<string, unknown>>;

export interface Migration {
  readonly from: number;
  readonly to: number;
  /** What changed, for the changelog and for messages. */
  readonly description: string;
  readonly migrate: (file: FileObject) => Result<FileObject>;
}

/** The file version this build writes and the newest it reads. */
export const CURRENT_FILE_VERSION = 1;

export const MIGRATIONS: readonly Migration[] = [];

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

/**
 * The native .plotline file: UTF-8 JSON
 * `{ format: "plotline", version, app, exported, project: { project, tasks, links, calendars,
 * resources, assignments, baselines, risks, stakeholders, changes, columns } }`.
 * Collections are the model's records keyed by id, so the file diffs well and maps 1:1 to the
 * database. Reading runs the numbered migrations, refuses newer versions, keeps unknown fields
 * (see unknown-fields.ts) and validates the result against the model schema.
 */
import { PLAN_COLLECTIONS, type Extra, type Plan } from '../../model/plan';
import { fail, ok, type Result } from '../../model/result';
import { MAX_FILE_CHARS, sizeProblem } from '../import-context';
import { knownFields } from '../plan-schema';
import { isRecord, parseJsonSafely } from '../safe-json';
import { planWithScheduledDates, type KnownSchedule } from '../../schedule/scheduled-plan';
import { admitForCaller } from '../admit';
import { CURRENT_FILE_VERSION, migrateFile, type FileObject } from './migrations';
import { JsonEntries, JsonMembers, jsonChunks } from './json-chunks';
import { FILE_EXTRA_KEY, absorbUnknown, joinUnknown, unknownForWriting, type FileExtra } from './unknown-fields';

export const PLOTLINE_FORMAT = 'plotline';
export const PLOTLINE_EXTENSION = '.plotline';

export interface SerializeOptions {
  /** "Plotline 1.2.3": which build wrote the file, for support and for the newer-version message. */
  readonly app: string;
  /** ISO timestamp of the save (injected: the domain never reads the clock). */
  readonly exported: string;
  /** The engine's schedule of this plan, when the caller has it; otherwise the plan is scheduled here. */
  readonly schedule?: KnownSchedule;
}

export interface ParseOptions {
  readonly maxChars?: number;
  /** ImportContext.scheduledByCaller: the gate does not schedule the plan (admitForCaller). */
  readonly scheduledByCaller?: boolean;
}

const FILE_KEYS = ['format', 'version', 'app', 'exported', 'project'];

/** Writes a plan as .plotline JSON (2-space indented, so files diff well in version control). */
export function serializePlotline(stored: Plan, options: SerializeOptions): string {
  // Auto tasks' stored dates are stale by design (see scheduled-plan.ts); the file carries the schedule.
  return serializePlanAsStored(planWithScheduledDates(stored, options.schedule), options);
}

/**
 * The file text of a plan exactly as given, without scheduling it first. For tests and fuzzing,
 * which must write files the app never would (a year 0000, a parent loop) to check the reader.
 */
export function serializePlanAsStored(plan: Plan, options: Omit<SerializeOptions, 'schedule'>): string {
  const { file } = plotlineFileObject(plan, options);
  const indented = `${JSON.stringify(file, null, 2)}\n`;
  // Save and import share one limit (MAX_FILE_CHARS): a plan whose indented file would pass it is
  // written compact (about 40 % smaller), so what Plotline writes, Plotline reopens.
  return indented.length <= MAX_FILE_CHARS ? indented : `${JSON.stringify(file)}\n`;
}

/** Where a file's text goes piece by piece (the command line's file on disk). */
export interface TextSink {
  readonly write: (text: string) => void;
  /** Forget everything written so far: the text starts again (compact, past the size limit). */
  readonly restart: () => void;
}

/**
 * The very text of serializePlotline, given to `sink` in pieces of about one entity each, so a
 * 10,000-task plan is never one 15 MB string. Past the size limit it restarts compact, as
 * serializePlanAsStored chooses (`maxChars` is that limit; tests lower it).
 */
export function writePlotline(stored: Plan, options: SerializeOptions, sink: TextSink, maxChars = MAX_FILE_CHARS): void {
  const { file, containers } = plotlineFileObject(planWithScheduledDates(stored, options.schedule), options, true);
  let length = 0;
  for (const chunk of jsonChunks(file, '  ', containers)) {
    length += chunk.length;
    if (length + 1 > maxChars) {
      sink.restart();
      for (const compact of jsonChunks(file, '', containers)) sink.write(compact);
      sink.write('\n');
      return;
    }
    sink.write(chunk);
  }
  sink.write('\n');
}

/**
 * The object a .plotline file is the JSON of, and the plain objects in it to open up when it is
 * written in pieces. `lazy`: each collection is a JsonEntries over the plan's own record instead
 * of a copy keyed by id.
 */
function plotlineFileObject(plan: Plan, options: Omit<SerializeOptions, 'schedule'>, lazy = false): { file: Record<string, unknown>; containers: Set<object> } {
  const projectExtra = { ...(plan.project.extra ?? {}) };
  const fileExtra = readFileExtra(projectExtra[FILE_EXTRA_KEY]);
  delete projectExtra[FILE_EXTRA_KEY];
  const hasProjectExtra = plan.project.extra !== undefined && (Object.keys(projectExtra).length > 0 || fileExtra === null);
  const body: Record<string, unknown> = {
    ...(fileExtra?.plan ?? {}),
    project: joinUnknown(plan.project, hasProjectExtra ? projectExtra : undefined, knownFields('project')),
  };
  for (const name of PLAN_COLLECTIONS) {
    const known = knownFields(name);
    const entities: Readonly<Record<string, { readonly id: string; readonly extra?: Extra }>> = plan[name];
    const extraOf = (id: string, entity: { readonly id: string; readonly extra?: Extra }): Extra | undefined =>
      'extra' in entity ? entity.extra : fileExtra?.entities?.[`${name}/${id}`];
    const joined = (id: string, entity: { readonly id: string; readonly extra?: Extra }): object => joinUnknown(entity, extraOf(id, entity), known);
    if (lazy) {
      body[name] = new JsonEntries(function* entries() {
        // The record built below assigns each id, and assigning '__proto__' sets a prototype that
        // JSON leaves out: the pieces leave it out too, so both write the same text.
        for (const [id, entity] of Object.entries(entities)) {
          if (id === '__proto__') continue;
          const { own, hoisted } = unknownForWriting(entity, extraOf(id, entity), known);
          yield [id, hoisted === null ? own : new JsonMembers(own, hoisted)] as const;
        }
      });
      continue;
    }
    const out: Record<string, unknown> = {};
    for (const [id, entity] of Object.entries(entities)) out[id] = joined(id, entity);
    body[name] = out;
  }
  const file = {
    ...(fileExtra?.file ?? {}),
    format: PLOTLINE_FORMAT, version: CURRENT_FILE_VERSION, app: options.app, exported: options.exported, project: body,
  };
  return { file, containers: new Set<object>([file, body]) };
}

/**
 * Refuses a save Plotline could not reopen: the file would be larger than the import limit even
 * written compact. Null when the text is within the limit.
 */
export function plotlineSizeProblem(text: string): string | null {
  const problem = sizeProblem(text, MAX_FILE_CHARS);
  return problem === null ? null : `This plan cannot be saved as one file: ${problem} Split it into smaller projects, or remove baselines you no longer need.`;
}

function readFileExtra(value: unknown): FileExtra | null {
  if (!isRecord(value)) return null;
  const pick = (key: string): Record<string, unknown> | undefined => {
    const inner = value[key];
    return isRecord(inner) ? inner : undefined;
  };
  const entities: Record<string, Record<string, unknown>> = {};
  for (const [key, inner] of Object.entries(pick('entities') ?? {})) if (isRecord(inner)) entities[key] = inner;
  return { file: pick('file'), plan: pick('plan'), entities };
}

/**
 * Reads a .plotline file. Fails with a message a person can act on: not JSON (with line:column),
 * not a Plotline file, written by a newer Plotline, or which field is wrong.
 */
export function parsePlotline(text: string, options: ParseOptions = {}): Result<{ plan: Plan; warnings: string[] }> {
  const tooBig = sizeProblem(text, options.maxChars);
  if (tooBig !== null) return fail(tooBig, 'the whole file');
  const json = parseJsonSafely(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!json.ok) return json;
  const header = readHeader(json.value);
  if (!header.ok) return header;
  const migrated = migrateFile(header.value.file, header.value.version);
  if (!migrated.ok) return migrated;
  const planObject = migrated.value.project;
  if (!isRecord(planObject)) return fail('The .plotline file has no project object.', 'project');
  const fileExtra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(migrated.value)) if (!FILE_KEYS.includes(key)) fileExtra[key] = value;
  const admitted = admitForCaller(absorbUnknown(planObject, fileExtra), 'plotline', {}, options.scheduledByCaller);
  if (!admitted.ok) return admitted;
  const upgraded = header.value.version < CURRENT_FILE_VERSION
    ? [`Upgraded from file version ${String(header.value.version)}; saving writes version ${String(CURRENT_FILE_VERSION)}.`]
    : [];
  return ok({ plan: admitted.value.plan, warnings: [...upgraded, ...admitted.value.warnings] });
}

function readHeader(value: unknown): Result<{ file: FileObject; version: number }> {
  if (!isRecord(value) || value.format !== PLOTLINE_FORMAT) {
    return fail('This is not a Plotline plan file (its "format" is not "plotline").', 'format');
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('The Plotline file has no valid version number.', 'version');
  }
  if (version > CURRENT_FILE_VERSION) {
    const app = typeof value.app === 'string' ? ` by ${value.app}` : '';
    return fail(
      `This plan was saved${app} in file version ${String(version)}; this Plotline reads versions up to ${String(CURRENT_FILE_VERSION)}. ` +
        'Update Plotline to open it.',
      'version',
    );
  }
  return ok({ file: value, version });
}

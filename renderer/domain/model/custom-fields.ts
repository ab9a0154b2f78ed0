/**
 * Custom fields: columns an author added in their tool (GanttProject's custom columns, later MS
 * Project's extended attributes), kept on the plan rather than dropped. They live in `extra` so
 * no file version or schema changes: the definitions in `project.extra.customFields`, each task's
 * values in `task.extra.customFields` keyed by definition id. Both are read defensively, because
 * `extra` is whatever a file carried.
 */
import type { Project, Task } from './plan';

export type CustomFieldType = 'text' | 'number' | 'integer' | 'boolean' | 'date';
/** A date is a LocalDate string (YYYY-MM-DD); numbers are finite. */
export type CustomFieldValue = string | number | boolean;

export interface CustomFieldDefinition {
  /** Stable key of the field in task values (the author's id when imported, e.g. GanttProject's "tpc0"). */
  readonly id: string;
  readonly name: string;
  readonly type: CustomFieldType;
  /** The value a task without one shows; null = empty. */
  readonly defaultValue: CustomFieldValue | null;
}

/** The key under `extra` that holds definitions (project) and values (task). */
export const CUSTOM_FIELDS_KEY = 'customFields';

const TYPES: readonly CustomFieldType[] = ['text', 'number', 'integer', 'boolean', 'date'];

function isValue(v: unknown): v is CustomFieldValue {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

function isDefinition(v: unknown): v is CustomFieldDefinition {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  return typeof d.id === 'string' && typeof d.name === 'string' && TYPES.includes(d.type as CustomFieldType)
    && (d.defaultValue === null || isValue(d.defaultValue));
}

/** The plan's custom field definitions, in the author's order; malformed entries are skipped. */
export function customFieldDefinitions(project: Pick<Project, 'extra'>): CustomFieldDefinition[] {
  const raw = project.extra?.[CUSTOM_FIELDS_KEY];
  return Array.isArray(raw) ? raw.filter(isDefinition) : [];
}

/** A task's custom values by definition id (only the values it has; see defaultValue for the rest). */
export function taskCustomValues(task: Pick<Task, 'extra'>): Readonly<Record<string, CustomFieldValue>> {
  const raw = task.extra?.[CUSTOM_FIELDS_KEY];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter((e): e is [string, CustomFieldValue] => isValue(e[1])));
}

/** A task's value of one field: its own, else the definition's default. */
export function customValueOf(task: Pick<Task, 'extra'>, field: CustomFieldDefinition): CustomFieldValue | null {
  return taskCustomValues(task)[field.id] ?? field.defaultValue;
}

/**
 * GanttProject custom columns -> Plotline custom fields (model/custom-fields.ts).
 * <tasks><taskproperties><taskproperty id="tpc0" name="Is done" type="custom" valuetype="boolean"
 * defaultvalue="false"/> defines a column (valuetype text | boolean | int | double | date; dates
 * are written YYYY-MM-DD); each <task> holds <customproperty taskproperty-id="tpc0" value="true"/>.
 * A value that does not read as its column's type is kept as the text the author wrote.
 */
import { CUSTOM_FIELDS_KEY, type CustomFieldDefinition, type CustomFieldType, type CustomFieldValue } from '../../model/custom-fields';
import { parseLocalDate } from '../../model/time';
import { attr, child, childrenNamed, type XmlElement } from '../xml/xml-tree';

const TYPES: Readonly<Record<string, CustomFieldType>> = { text: 'text', boolean: 'boolean', int: 'integer', double: 'number', date: 'date' };

/** The custom column definitions, in file order (the first of a repeated id wins). */
export function readCustomFieldDefinitions(root: XmlElement): CustomFieldDefinition[] {
  const properties = child(child(root, 'tasks') ?? root, 'taskproperties');
  const out: CustomFieldDefinition[] = [];
  for (const p of properties ? childrenNamed(properties, 'taskproperty') : []) {
    const id = attr(p, 'id') ?? '';
    if (attr(p, 'type') !== 'custom' || id === '' || out.some((d) => d.id === id)) continue;
    const type = TYPES[attr(p, 'valuetype') ?? 'text'] ?? 'text';
    const fallback = attr(p, 'defaultvalue');
    out.push({ id, name: attr(p, 'name') || id, type, defaultValue: fallback === undefined || fallback === '' ? null : customValue(fallback, type) });
  }
  return out;
}

/** A task's values of the defined columns, as `extra` fields; empty when it has none. */
export function taskCustomExtra(task: XmlElement, fields: readonly CustomFieldDefinition[]): Record<string, unknown> {
  if (fields.length === 0) return {};
  // A Map, then fromEntries: an id such as "__proto__" stays an ordinary key.
  const values = new Map<string, CustomFieldValue>();
  for (const c of childrenNamed(task, 'customproperty')) {
    const field = fields.find((f) => f.id === attr(c, 'taskproperty-id'));
    const raw = attr(c, 'value');
    if (field !== undefined && raw !== undefined && !values.has(field.id)) values.set(field.id, customValue(raw, field.type));
  }
  return values.size > 0 ? { [CUSTOM_FIELDS_KEY]: Object.fromEntries(values) } : {};
}

/** The typed value of a cell; text when it does not read as its type. */
export function customValue(raw: string, type: CustomFieldType): CustomFieldValue {
  const text = raw.trim();
  switch (type) {
    case 'text': return raw;
    case 'boolean': return text === 'true' ? true : text === 'false' ? false : raw;
    case 'integer': case 'number': {
      const n = Number(text);
      return text !== '' && Number.isFinite(n) && (type === 'number' || Number.isInteger(n)) ? n : raw;
    }
    case 'date': return parseLocalDate(text) ?? raw;
    default: {
      const never: never = type;
      return never;
    }
  }
}

/**
 * The project charter compared part by part rather than as one field: its text parts (purpose,
 * business case, sponsor, approval date) each as a field 'charter.<part>', and the items of its
 * lists (objectives, deliverables, scope in and out, constraints) each by id as
 * 'charter.<list>.<id>'. Two copies that edit different objectives then merge without a conflict,
 * and the same objective edited differently is one conflict naming it.
 *
 * Only when both plans have a charter: one created or removed stays one change of 'charter'. A
 * list whose kept items changed order (no command reorders them today) is compared whole, so
 * applying the changes always gives the second plan exactly.
 */
type Loose = Readonly<Record<string, unknown>>;

const PREFIX = 'charter.';
const LISTS = ['objectives', 'deliverables', 'scopeIn', 'scopeOut', 'constraints'] as const;
type ListName = (typeof LISTS)[number];

const LIST_LABELS: Readonly<Record<ListName, { readonly one: string; readonly plural: string }>> = {
  objectives: { one: 'objective', plural: 'objectives' },
  deliverables: { one: 'deliverable', plural: 'deliverables' },
  scopeIn: { one: 'in-scope line', plural: 'scope (in)' },
  scopeOut: { one: 'out-of-scope line', plural: 'scope (out)' },
  constraints: { one: 'constraint', plural: 'constraints' },
};

export interface CharterPartChange {
  readonly field: string;
  /** What changed as a person knows it: "project charter" (a text part or a whole list), "charter objective 'Beta'". */
  readonly label: string;
  readonly before: unknown;
  readonly after: unknown;
}

const isRecord = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);
const isListName = (x: string): x is ListName => (LISTS as readonly string[]).includes(x);

interface Item extends Loose { readonly id: string }

/** The list's items by id; null when an item has no id or an id repeats (then the list is compared whole). */
function byId(list: unknown): Map<string, Item> | null {
  if (!Array.isArray(list)) return null;
  const out = new Map<string, Item>();
  for (const item of list as unknown[]) {
    if (!isRecord(item) || typeof item.id !== 'string' || out.has(item.id)) return null;
    out.set(item.id, item as Item);
  }
  return out;
}

function itemTitle(item: Loose | undefined): string {
  const text = item?.title ?? item?.name ?? item?.text;
  return typeof text === 'string' ? `'${text}'` : '';
}

/** The order applying per-item changes produces: the kept items as they were, then the added ones. */
function orderAfterApply(was: Map<string, Item>, now: Map<string, Item>): string[] {
  return [...[...was.keys()].filter((id) => now.has(id)), ...[...now.keys()].filter((id) => !was.has(id))];
}

function listChanges(out: CharterPartChange[], list: ListName, was: unknown, now: unknown, sameValue: (a: unknown, b: unknown) => boolean): void {
  const a = byId(was);
  const b = byId(now);
  if (!a || !b || orderAfterApply(a, b).join('\n') !== [...b.keys()].join('\n')) {
    if (!sameValue(was, now)) out.push({ field: `${PREFIX}${list}`, label: 'project charter', before: was, after: now });
    return;
  }
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const before = a.get(id);
    const after = b.get(id);
    if (sameValue(before, after)) continue;
    out.push({ field: `${PREFIX}${list}.${id}`, label: `charter ${LIST_LABELS[list].one} ${itemTitle(after ?? before)}`.trimEnd(), before, after });
  }
}

/**
 * The charter's changes part by part, sorted by field; null when either side has no charter
 * (the caller compares 'charter' whole). `sameValue` is the diff's structural equality.
 */
export function charterPartChanges(was: unknown, now: unknown, sameValue: (a: unknown, b: unknown) => boolean): CharterPartChange[] | null {
  if (!isRecord(was) || !isRecord(now)) return null;
  const out: CharterPartChange[] = [];
  for (const key of [...new Set([...Object.keys(was), ...Object.keys(now)])].sort()) {
    if (isListName(key)) listChanges(out, key, was[key], now[key], sameValue);
    else if (!sameValue(was[key], now[key])) out.push({ field: `${PREFIX}${key}`, label: 'project charter', before: was[key], after: now[key] });
  }
  return out.sort((x, y) => (x.field < y.field ? -1 : x.field > y.field ? 1 : 0));
}

export const isCharterPart = (field: string): boolean => field.startsWith(PREFIX);

const PART_WORDS: Readonly<Record<string, string>> = {
  purpose: 'purpose', businessCase: 'business case', sponsor: 'sponsor', approvalDate: 'approval date',
};

/** The compare table's Field column for a charter part: the part's name, or what happened to an item. */
export function charterPartWords(field: string, before: unknown, after: unknown): string {
  const { part, id } = parse(field);
  if (id !== undefined) return before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  return isListName(part) ? LIST_LABELS[part].plural : PART_WORDS[part] ?? part;
}

/** 'charter.objectives.o1' -> list and id; 'charter.purpose' -> the part. */
function parse(field: string): { readonly part: string; readonly id?: string } {
  const rest = field.slice(PREFIX.length);
  const dot = rest.indexOf('.');
  const list = dot < 0 ? rest : rest.slice(0, dot);
  return dot >= 0 && isListName(list) ? { part: list, id: rest.slice(dot + 1) } : { part: rest };
}

/** A project's value of a field, a charter part included (undefined when absent). */
export function readProjectField(project: Loose, field: string): unknown {
  if (!isCharterPart(field)) return project[field];
  const charter = project.charter;
  if (!isRecord(charter)) return undefined;
  const { part, id } = parse(field);
  if (id === undefined) return charter[part];
  const list = charter[part];
  return Array.isArray(list) ? (list as unknown[]).find((item) => isRecord(item) && item.id === id) : undefined;
}

/**
 * The project with one field set (undefined removes it), a charter part included: an item is
 * replaced in place, added at the end of its list, or removed. A project without a charter gets
 * one made of `emptyCharter` and the part.
 */
export function writeProjectField(project: Loose, field: string, value: unknown, emptyCharter: Loose): Loose {
  if (!isCharterPart(field)) {
    const next: Record<string, unknown> = { ...project };
    if (value === undefined) delete next[field];
    else next[field] = value;
    return next;
  }
  const charter: Record<string, unknown> = { ...(isRecord(project.charter) ? project.charter : emptyCharter) };
  const { part, id } = parse(field);
  if (id === undefined) {
    if (value === undefined) delete charter[part];
    else charter[part] = value;
  } else {
    const list = Array.isArray(charter[part]) ? [...(charter[part] as unknown[])] : [];
    const index = list.findIndex((item) => isRecord(item) && item.id === id);
    if (value === undefined) {
      if (index >= 0) list.splice(index, 1);
    } else if (index >= 0) list[index] = value;
    else list.push(value);
    charter[part] = list;
  }
  return { ...project, charter };
}

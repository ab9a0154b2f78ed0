/** "Priya Raman" -> "PR"; a single name -> its first two letters, "Ola" -> "Ol". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length > 1) return (first.charAt(0) + last.charAt(0)).toUpperCase();
  return first.charAt(0).toUpperCase() + first.charAt(1).toLowerCase();
}

/**
 * What the task table and the Gantt call each person in a task's "Assigned to": the first name,
 * as MS Project's and Linear's compact columns do, unless two people share it, then the first
 * name and the last name's initial ("Paul S."), and the full name when even that is shared. Two
 * "Paul"s on an imported team were indistinguishable. Kept per resources record (a WeakMap), so
 * a table render looks names up rather than comparing every pair.
 */
export function personShortNames(resources: Readonly<Record<string, { readonly id: string; readonly name: string }>>): ReadonlyMap<string, string> {
  const known = shortNamesKept.get(resources);
  if (known) return known;
  const people = Object.values(resources);
  const words = (name: string): string[] => name.trim().split(/\s+/).filter(Boolean);
  const first = (name: string): string => words(name)[0] ?? name;
  const withInitial = (name: string): string => {
    const w = words(name);
    return w.length > 1 ? `${w[0] ?? ''} ${(w[w.length - 1] ?? '').charAt(0)}.` : name.trim();
  };
  const countOf = (label: (name: string) => string): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const p of people) {
      const key = label(p.name).toLocaleLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const firsts = countOf(first);
  const initials = countOf(withInitial);
  const out = new Map<string, string>();
  for (const p of people) {
    const short = first(p.name);
    const middle = withInitial(p.name);
    out.set(p.id, (firsts.get(short.toLocaleLowerCase()) ?? 0) <= 1 ? short : (initials.get(middle.toLocaleLowerCase()) ?? 0) <= 1 ? middle : p.name.trim());
  }
  shortNamesKept.set(resources, out);
  return out;
}

const shortNamesKept = new WeakMap<object, ReadonlyMap<string, string>>();

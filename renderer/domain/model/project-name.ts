/**
 * A name for a project added beside others, as a file manager names a second copy: a file opened
 * twice, or a plan whose name another project already has, becomes "Plan (2)", then "Plan (3)",
 * so the sidebar never lists two projects alike. Names are compared as people read them: ignoring
 * case and surrounding spaces.
 */
export function nameNotTaken(name: string, taken: Iterable<string>): string {
  const key = (text: string): string => text.trim().toLocaleLowerCase();
  const used = new Set<string>();
  for (const other of taken) used.add(key(other));
  if (!used.has(key(name))) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${String(n)})`;
    if (!used.has(key(candidate))) return candidate;
  }
}

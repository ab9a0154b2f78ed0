/** "Priya Raman" -> "PR"; a single name -> its first two letters, "Ola" -> "Ol". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length > 1) return (first.charAt(0) + last.charAt(0)).toUpperCase();
  return first.charAt(0).toUpperCase() + first.charAt(1).toLowerCase();
}

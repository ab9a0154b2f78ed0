/** A single CSS class token: 1.2.2 passes custom_class straight to classList.add(), which throws on spaces. */
export function classToken(text: string): string {
  const token = text.replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z_]/.test(token) ? token : `c-${token}`;
}

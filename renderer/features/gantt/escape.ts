/**
 * frappe-gantt 1.2.2 writes task names with innerHTML (bar labels, popups), so every string the
 * wrapper hands it is escaped here: a task named `<img src=x onerror=alert(1)>` must show as text.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (ch) => ENTITIES[ch] ?? ch);
}

/** A single CSS class token: 1.2.2 passes custom_class straight to classList.add(), which throws on spaces. */
export function classToken(text: string): string {
  const token = text.replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z_]/.test(token) ? token : `c-${token}`;
}

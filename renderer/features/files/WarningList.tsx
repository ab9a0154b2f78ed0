/** Importer warnings or row errors as plain text (file content is never rendered as HTML). */
import './files.css';

const SHOWN = 50;

export function WarningList({ title, items, tone = 'warning' }: { title: string; items: readonly string[]; tone?: 'warning' | 'error' }) {
  if (items.length === 0) return null;
  const more = items.length - SHOWN;
  return (
    <section className="file-warnings" data-tone={tone} aria-label={title}>
      <h3>{title} ({items.length.toLocaleString()})</h3>
      <ul>
        {items.slice(0, SHOWN).map((item, i) => <li key={i}>{item}</li>)}
      </ul>
      {more > 0 ? <p className="muted">…and {more.toLocaleString()} more.</p> : null}
    </section>
  );
}

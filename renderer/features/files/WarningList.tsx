/** Importer warnings or row errors as plain text (file content is never rendered as HTML). */
import './files.css';

const SHOWN = 50;

/** `total`: how many there are when `items` is only the first of them (the import worker sends at most 50). */
export function WarningList({ title, items, tone = 'warning', total = items.length }: {
  title: string; items: readonly string[]; tone?: 'warning' | 'error'; total?: number;
}) {
  if (items.length === 0) return null;
  const more = total - Math.min(SHOWN, items.length);
  return (
    <section className="file-warnings" data-tone={tone} aria-label={title}>
      <h3>{title} ({total.toLocaleString()})</h3>
      <ul>
        {items.slice(0, SHOWN).map((item, i) => <li key={i}>{item}</li>)}
      </ul>
      {more > 0 ? <p className="muted">…and {more.toLocaleString()} more.</p> : null}
    </section>
  );
}

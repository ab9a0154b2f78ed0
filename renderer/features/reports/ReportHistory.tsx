/** Issued reports, newest first, with each dimension's colour so the RAG trend reads at a glance. */
import { RAG_DIMENSION_LABELS, RAG_DIMENSIONS, type Plan } from '../../domain/model';
import { RAG_WORDS } from '../../domain/report';
import { formatDate } from '../shared/format';

export function ReportHistory({ plan }: { plan: Plan }) {
  const reports = Object.values(plan.reports).sort((a, b) => b.statusDate.localeCompare(a.statusDate) || b.issuedAt.localeCompare(a.issuedAt));
  return (
    <section className="reports-history" aria-label="Issued reports">
      <h3>Issued reports</h3>
      {reports.length === 0 ? <p className="muted">None yet. Issue a report to keep its figures for the next one's comparison.</p> : (
        <ol>
          {reports.map((r) => (
            <li key={r.id}>
              <div className="reports-history-head">
                <strong>{formatDate(r.statusDate)}</strong>
                <span className={`rag-chip rag-${r.rag.overall}`}>{RAG_WORDS[r.rag.overall]}</span>
                <span className="muted">{r.audience === 'executive' ? 'Executive' : 'Team'}</span>
              </div>
              <div className="reports-history-dims">
                {RAG_DIMENSIONS.map((d) => <span key={d} className={`rag-dot rag-${r.rag[d]}`} title={`${RAG_DIMENSION_LABELS[d]}: ${RAG_WORDS[r.rag[d]]}`} aria-label={`${RAG_DIMENSION_LABELS[d]}: ${RAG_WORDS[r.rag[d]]}`} />)}
                <span className="muted">Finish {formatDate(r.figures.projectFinish)}</span>
              </div>
              {r.headline ? <div className="reports-history-headline">{r.headline}</div> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

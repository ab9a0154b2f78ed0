/**
 * The portfolio: every project on this device on one timeline (phases as bands, milestones,
 * finish against baseline), each with the colour its status report gives it and why, and the
 * people they share with their load summed across projects. Read-only: a project's name opens it.
 */
import { useId, useState } from 'react';
import type { PooledPerson, ProjectSummary } from '../../domain/lifecycle';
import { type LocalDateTime, percentText, RAG_DIMENSION_LABELS, type Rag, toWallMinutes } from '../../domain/model';
import { RAG_WORDS, workingDays } from '../../domain/report';
import { phaseColour } from '../phases/phase-text';
import { monthAxisLabels } from '../shared/format';
import { useProjectActions } from '../projects/use-project-actions';
import { bookingsText, formatDate } from './portfolio-text';
import { usePortfolio, type PortfolioEntry } from './use-portfolio';
import './portfolio.css';

const DAY_MINUTES = 24 * 60;

interface Scale {
  readonly from: number;
  readonly span: number;
}

const at = (scale: Scale, value: LocalDateTime): string => `${String(((toWallMinutes(value) - scale.from) / scale.span) * 100)}%`;
const width = (scale: Scale, from: LocalDateTime, to: LocalDateTime): string =>
  `${String(Math.max(0.3, ((toWallMinutes(to) - toWallMinutes(from)) / scale.span) * 100))}%`;

function slipText(entry: PortfolioEntry): { text: string; tone: 'good' | 'warn' | 'bad' | 'none' } {
  const slip = entry.summary.slipDays;
  if (slip === null) return { text: 'No baseline', tone: 'none' };
  if (slip <= 0) return { text: slip === 0 ? 'On baseline' : `${workingDays(slip)} early`, tone: 'good' };
  return { text: `${workingDays(slip)} late`, tone: slip > 5 ? 'bad' : 'warn' };
}

/** Ticks on the axis at most: a label ("Mar 2027") needs about 60 px, and the track is ~400 px at 1024. */
const MAX_TICKS = 7;
const MONTH_STEPS = [1, 2, 3, 6, 12] as const;

/**
 * Month starts between the scale's ends, for the axis: every month, else every 2nd, quarter,
 * half year or year (on those boundaries), whichever first keeps to MAX_TICKS labels, so a
 * portfolio spanning years does not write its labels over each other.
 */
function monthTicks(scale: Scale): { label: string; left: string }[] {
  const start = new Date(scale.from * 60_000);
  const end = scale.from + scale.span;
  const monthsSpanned = (new Date(end * 60_000).getUTCFullYear() - start.getUTCFullYear()) * 12 + new Date(end * 60_000).getUTCMonth() - start.getUTCMonth();
  const every = MONTH_STEPS.find((step) => monthsSpanned / step <= MAX_TICKS) ?? Math.ceil(monthsSpanned / MAX_TICKS / 12) * 12;
  const months: Date[] = [];
  const first = start.getUTCMonth() + 1;
  const d = new Date(Date.UTC(start.getUTCFullYear(), first + ((every - (first % every)) % every), 1));
  for (; d.getTime() / 60_000 < end; d.setUTCMonth(d.getUTCMonth() + every)) months.push(new Date(d));
  const labels = monthAxisLabels(months);
  return months.map((month, i) => ({ label: labels[i] ?? '', left: `${String(((month.getTime() / 60_000 - scale.from) / scale.span) * 100)}%` }));
}

const isFlagged = (rag: Rag): boolean => rag === 'red' || rag === 'amber';

/** The project's colour as its status report gives it, what made it so, and how far along it is. */
function HealthLine({ summary, reasonsId, isShowingWhy, onToggleWhy }: { summary: ProjectSummary; reasonsId: string; isShowingWhy: boolean; onToggleWhy: () => void }) {
  const { health } = summary;
  const flagged = health.dimensions.filter((d) => isFlagged(d.rag)).map((d) => RAG_DIMENSION_LABELS[d.dimension].toLowerCase());
  return (
    <span className="portfolio-health">
      <button type="button" className={`rag-chip rag-${health.overall}`} aria-expanded={isShowingWhy} aria-controls={reasonsId}
        aria-label={`Status ${RAG_WORDS[health.overall]}${flagged.length > 0 ? ` on ${flagged.join(' and ')}` : ''}. Why?`}
        title="Why this status (as its status report says)" onClick={onToggleWhy}>
        {RAG_WORDS[health.overall]}
      </button>
      {flagged.length > 0 ? <span className="portfolio-flagged">{flagged.join(', ')}</span> : null}
      <span className="portfolio-done">{percentText(health.percentComplete)} done</span>
    </span>
  );
}

/** Each dimension's colour with the reason its rule gives, and the date it was measured at. */
function HealthReasons({ summary, id }: { summary: ProjectSummary; id: string }) {
  const { health } = summary;
  return (
    <div id={id} className="portfolio-reasons" role="region" aria-label={`Why ${summary.name} is ${RAG_WORDS[health.overall]}`}>
      <ul>
        {health.dimensions.map((d) => (
          <li key={d.dimension}>
            <span className={`rag-dot rag-${d.rag}`} aria-hidden="true" />
            <strong>{RAG_DIMENSION_LABELS[d.dimension]}: {RAG_WORDS[d.rag]}.</strong> {d.reason}
          </li>
        ))}
      </ul>
      <p className="hint">
        {health.isPlanStatusDate
          ? `As its status report at the project's status date, ${formatDate(health.statusDate)}, says.`
          : `As its status report for ${formatDate(health.statusDate)} says: the project has no status date of its own, so this is the day it was measured.`}
      </p>
    </div>
  );
}

function ProjectRow({ entry, scale, onOpen }: { entry: PortfolioEntry; scale: Scale; onOpen: () => void }) {
  const { summary } = entry;
  const slip = slipText(entry);
  const reasonsId = useId();
  const [isShowingWhy, setShowingWhy] = useState(false);
  return (
    <li className="portfolio-row">
      <div className="portfolio-name">
        <button type="button" className="link-button" title={summary.name} onClick={onOpen} aria-current={entry.isOpen ? 'true' : undefined}>{summary.name}</button>
        <HealthLine summary={summary} reasonsId={reasonsId} isShowingWhy={isShowingWhy} onToggleWhy={() => setShowingWhy((shown) => !shown)} />
        <span className={`portfolio-slip tone-${slip.tone}`}>{slip.text}</span>
      </div>
      <div className="portfolio-track" aria-label={`${summary.name}: ${formatDate(summary.start)} to ${formatDate(summary.finish)}`}>
        <div className="portfolio-bar" style={{ left: at(scale, summary.start), width: width(scale, summary.start, summary.finish) }} />
        {entry.phases.map((p) => (
          <div key={p.key} className={`portfolio-phase${p.lifecycle ? ` phase--${p.lifecycle}` : ''}`} title={`${p.name}: ${formatDate(p.start)} – ${formatDate(p.finish)}, ${percentText(p.percentComplete)} done`}
            style={{ left: at(scale, p.start), width: width(scale, p.start, p.finish), ...(p.phase ? { background: phaseColour(p.phase) } : {}) }} />
        ))}
        {summary.baselineFinish ? <div className="portfolio-baseline" title={`Baseline finish ${formatDate(summary.baselineFinish)}`} style={{ left: at(scale, summary.baselineFinish) }} /> : null}
        {summary.milestones.map((m, i) => (
          <div key={`${m.name}-${String(i)}`} className="portfolio-milestone" title={`${m.name}: ${formatDate(m.finish)}`} style={{ left: at(scale, m.finish) }} />
        ))}
      </div>
      <div className="portfolio-finish">{formatDate(summary.finish)}</div>
      {isShowingWhy ? <HealthReasons summary={summary} id={reasonsId} /> : null}
    </li>
  );
}

function PeopleAcross({ people }: { people: readonly PooledPerson[] }) {
  const shared = people.filter((p) => p.projectNames.length > 1);
  if (shared.length === 0) return <p className="hint">No one works on more than one project.</p>;
  return (
    <table className="portfolio-people" aria-label="People across projects">
      <thead><tr><th>Person</th><th>Projects</th><th>Over-allocated across projects</th><th>First conflict</th></tr></thead>
      <tbody>
        {shared.map((p) => {
          const first = p.overAllocatedDays[0];
          return (
            <tr key={p.key} className={first ? 'is-over' : undefined}>
              <td>{p.name}</td>
              <td>{p.projectNames.join(', ')}</td>
              <td>{first ? `${String(p.overAllocatedDays.length)} day${p.overAllocatedDays.length === 1 ? '' : 's'}${p.overAllocatedWithin.length > 0 ? ` (also within ${p.overAllocatedWithin.join(', ')})` : ''}` : 'No'}</td>
              <td>{first ? `${formatDate(first)}: ${bookingsText(p.firstOverBookings)}` : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function PortfolioView() {
  const model = usePortfolio();
  const actions = useProjectActions();
  if (model.status === 'loading') return <div className="portfolio-view"><p className="hint" role="status">Reading the projects on this device…</p></div>;
  const starts = model.entries.map((e) => toWallMinutes(e.summary.start));
  const ends = model.entries.flatMap((e) => [toWallMinutes(e.summary.finish), ...(e.summary.baselineFinish ? [toWallMinutes(e.summary.baselineFinish)] : [])]);
  const from = Math.min(...starts) - 7 * DAY_MINUTES;
  const scale: Scale = { from, span: Math.max(...ends) + 7 * DAY_MINUTES - from };
  const conflicts = model.people.filter((p) => p.overAllocatedDays.length > 0 && p.projectNames.length > 1).length;
  const counted = (['red', 'amber'] as const).map((rag) => [rag, model.entries.filter((e) => e.summary.health.overall === rag).length] as const).filter(([, n]) => n > 0);
  const needingAttention = counted.map(([rag, n]) => `${String(n)} ${RAG_WORDS[rag].toLowerCase()}`).join(', ');
  return (
    <div className="portfolio-view">
      <header className="portfolio-header">
        <h2>Portfolio</h2>
        <p>{model.entries.length} project{model.entries.length === 1 ? '' : 's'} on this device{needingAttention ? ` · ${needingAttention}` : ''}{conflicts > 0 ? ` · ${String(conflicts)} ${conflicts === 1 ? 'person is' : 'people are'} over-allocated across projects` : ''}</p>
      </header>
      <section aria-label="Projects timeline" className="portfolio-timeline">
        <div className="portfolio-axis" aria-hidden="true">
          {monthTicks(scale).map((t) => <span key={t.left} style={{ left: t.left }}>{t.label}</span>)}
        </div>
        <ul className="portfolio-rows">
          {model.entries.map((entry) => <ProjectRow key={entry.projectId} entry={entry} scale={scale} onOpen={() => void actions.open(entry.projectId)} />)}
        </ul>
      </section>
      <section aria-label="People across projects" className="portfolio-section">
        <h3>People across projects</h3>
        <PeopleAcross people={model.people} />
      </section>
      {model.unreadable.length > 0 ? (
        <section className="portfolio-section" aria-label="Projects not shown">
          <h3>Not shown</h3>
          <ul>{model.unreadable.map((u) => <li key={u}>{u}</li>)}</ul>
        </section>
      ) : null}
    </div>
  );
}

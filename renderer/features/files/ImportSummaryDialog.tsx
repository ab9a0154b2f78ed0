/** What a file holds before anything is added: counts, dates, warnings, and an explicit choice. */
import { useEffect, useMemo, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import type { FileFormat, ImportedPlan } from '../../domain/formats';
import { linkToPool, matchPoolPeople, type PoolMatch } from '../../domain/lifecycle';
import type { Plan, ResourceId } from '../../domain/model';
import type { SnapshotInfo } from '../../platform';
import { PoolLinks } from '../pool/PoolLinks';
import { usePoolPeople } from '../pool/use-pool-people';
import { formatDate } from '../shared/format';
import { dropScheduledAhead, scheduleAhead } from '../shared/schedule';
import { FORMAT_LABELS } from './file-jobs';
import { WarningList } from './WarningList';
import './files.css';

export interface ImportSummaryProps {
  readonly fileName: string;
  readonly format: FileFormat;
  readonly imported: ImportedPlan;
  readonly snapshot?: SnapshotInfo;
  /** Receives the plan to add: the file's (this very object when no one is linked), with the people chosen for linking linked to the pool. */
  readonly onConfirm: (plan: Plan) => Promise<unknown>;
  readonly onCancel: () => void;
}

export function ImportSummaryDialog({ fileName, format, imported, snapshot, onConfirm, onCancel }: ImportSummaryProps) {
  const [isAdding, setAdding] = useState(false);
  const { summary, warnings, plan } = imported;
  const links = usePoolLinks(plan, snapshot === undefined);
  useScheduleAhead(plan);
  const confirm = (): void => {
    setAdding(true);
    // Unlinked, the plan is passed on as the file's reader admitted it (the same object), so the
    // host can tell that the gate already ran on it.
    const isLinking = links.matches.some((m) => links.chosen.has(m.resourceId));
    void onConfirm(isLinking ? linkToPool(plan, links.matches, links.chosen) : plan).finally(() => setAdding(false));
  };
  return (
    <Dialog title={snapshot ? 'Restore snapshot' : `Open “${fileName}”`} onClose={onCancel} width={560}
      footer={<>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
        <button type="button" className="button primary" disabled={isAdding} onClick={confirm}>
          {isAdding ? 'Adding…' : 'Open as new project'}
        </button>
      </>}>
      <dl className="file-summary">
        <dt>File</dt><dd>{fileName}</dd>
        <dt>Format</dt><dd>{FORMAT_LABELS[format]}</dd>
        <dt>Project</dt><dd>{plan.project.name}</dd>
        <dt>Tasks</dt><dd data-testid="summary-tasks">{summary.tasks.toLocaleString()}</dd>
        <dt>People</dt><dd>{summary.resources.toLocaleString()}</dd>
        <dt>Dates</dt><dd>{summary.start ? formatDate(summary.start) : '–'} → {summary.finish ? formatDate(summary.finish) : '–'}</dd>
      </dl>
      {links.isReading && summary.resources > 0 ? <p className="muted" role="status">Looking for these people in your other projects…</p> : null}
      <PoolLinks matches={links.matches} chosen={links.chosen} onToggle={links.toggle} />
      <WarningList title="Warnings" items={warnings} />
      <p className="muted">The file opens as a new project next to your others; nothing existing is replaced.</p>
    </Dialog>
  );
}

/**
 * Schedules the file's plan once the summary is on screen and the page is idle, while it is read,
 * so "Open as new project" only shows the plan. Closing the summary lets that work go.
 */
function useScheduleAhead(plan: Plan): void {
  useEffect(() => {
    const run = (): void => {
      const started = performance.now();
      scheduleAhead(plan);
      // User Timing: the files bench reports this work, done behind the summary, beside the waits.
      performance.measure('plotline:file-schedule-ahead', { start: started });
    };
    let cancel: () => void;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(run, { timeout: 1_000 });
      cancel = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(run, 0);
      cancel = () => clearTimeout(handle);
    }
    return () => {
      cancel();
      dropScheduledAhead(plan);
    };
  }, [plan]);
}

interface PoolLinkChoice {
  /** The pool is still being read: a match may yet appear. */
  readonly isReading: boolean;
  readonly matches: readonly PoolMatch[];
  readonly chosen: ReadonlySet<ResourceId>;
  readonly toggle: (id: ResourceId, isChosen: boolean) => void;
}

/** A restored snapshot is this device's own project: its people pool already, nothing is offered. */
function usePoolLinks(plan: Plan, isOffered: boolean): PoolLinkChoice {
  const pool = usePoolPeople(isOffered);
  const matches = useMemo(() => (pool ? matchPoolPeople(Object.values(plan.resources), pool) : []), [pool, plan.resources]);
  // Only the person's changes are kept; a match's default (ticked unless a conflict) applies until then.
  const [changed, setChanged] = useState<ReadonlyMap<ResourceId, boolean>>(new Map());
  const chosen = useMemo(() => new Set(matches.filter((m) => changed.get(m.resourceId) ?? m.isSuggested).map((m) => m.resourceId)), [matches, changed]);
  const toggle = (id: ResourceId, isChosen: boolean): void => setChanged((before) => new Map(before).set(id, isChosen));
  return { isReading: isOffered && pool === null, matches, chosen, toggle };
}

/** What a file holds before anything is added: counts, dates, warnings, and an explicit choice. */
import { useEffect, useMemo, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { scheduledSummary, type FileFormat, type ImportedPlan, type ImportSummary } from '../../domain/formats';
import { linkToPool, matchPoolPeople, type PoolMatch } from '../../domain/lifecycle';
import { fullOutline, outlineIndexOf, type Plan, type ResourceId, type Result } from '../../domain/model';
import type { SnapshotInfo } from '../../platform';
import { PoolLinks } from '../pool/PoolLinks';
import { usePoolPeople } from '../pool/use-pool-people';
import { formatDate } from '../shared/format';
import { dropScheduledAhead, scheduleAhead } from '../shared/schedule';
import { whenIdle } from '../shared/when-idle';
import { FORMAT_LABELS, type PlanHead } from './file-jobs';
import { problemText } from './read-file';
import { WarningList } from './WarningList';
import './files.css';

export interface ImportSummaryProps {
  readonly fileName: string;
  readonly format: FileFormat;
  /** What the file holds, shown at once. */
  readonly head: PlanHead;
  /** The plan itself, arriving from the worker behind the summary (a problem if it never does). */
  readonly plan: Promise<Result<ImportedPlan>>;
  readonly snapshot?: SnapshotInfo;
  /**
   * Receives the plan to add: the file's as its reader admitted it (`isAsRead`: this very object,
   * which passed the import gate in the worker) when no one is linked, else one with the people
   * chosen for linking linked to the pool.
   */
  readonly onConfirm: (plan: Plan, isAsRead: boolean) => Promise<unknown>;
  readonly onCancel: () => void;
}

export function ImportSummaryDialog({ fileName, format, head, plan, snapshot, onConfirm, onCancel }: ImportSummaryProps) {
  const [isAdding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { summary, warnings, projectName } = head;
  const links = usePoolLinks(head.resources, snapshot === undefined);
  const dates = useScheduleAhead(plan, summary);
  const confirm = async (): Promise<void> => {
    setAdding(true);
    // Usually here long before the click; if not, "Adding…" shows while it comes.
    const read = await plan;
    if (!read.ok) {
      setProblem(`Nothing was added. ${problemText(read.error)}`);
      setAdding(false);
      return;
    }
    const isLinking = links.matches.some((m) => links.chosen.has(m.resourceId));
    const chosen = isLinking ? linkToPool(read.value.plan, links.matches, links.chosen) : read.value.plan;
    await onConfirm(chosen, !isLinking).finally(() => setAdding(false));
  };
  return (
    <Dialog title={snapshot ? 'Restore snapshot' : `Open “${fileName}”`} onClose={onCancel} width={560}
      onSubmit={() => { if (!isAdding && problem === null) void confirm(); }}
      footer={<>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
        {/* Enter opens the file, as the dialog is there to do (it focused Cancel, and a person's Enter closed it). */}
        <button type="button" className="button primary" data-autofocus disabled={isAdding || problem !== null} onClick={() => void confirm()}>
          {isAdding ? 'Adding…' : 'Open as new project'}
        </button>
      </>}>
      <dl className="file-summary">
        <dt>File</dt><dd>{fileName}</dd>
        <dt>Format</dt><dd>{FORMAT_LABELS[format]}</dd>
        <dt>Project</dt><dd>{projectName}</dd>
        <dt>Tasks</dt><dd data-testid="summary-tasks">{summary.tasks.toLocaleString()}</dd>
        <dt>People</dt><dd>{summary.resources.toLocaleString()}</dd>
        <dt>Dates</dt>
        <dd data-testid="summary-dates">{dates === null ? 'Scheduling…' : `${dates.start ? formatDate(dates.start) : '–'} → ${dates.finish ? formatDate(dates.finish) : '–'}`}</dd>
      </dl>
      {problem === null ? null : <p className="file-error" role="alert">{problem}</p>}
      {links.isReading && summary.resources > 0 ? <p className="muted" role="status">Looking for these people in your other projects…</p> : null}
      <PoolLinks matches={links.matches} chosen={links.chosen} onToggle={links.toggle} />
      <WarningList title="Warnings" items={warnings} />
      <p className="muted">The file opens as a new project next to your others; nothing existing is replaced.</p>
    </Dialog>
  );
}

/**
 * Schedules the file's plan and walks its outline once it has arrived and the page is idle, while
 * the summary is read, so "Open as new project" only shows the plan. Closing the summary lets the
 * schedule go (the outline is kept only while its tasks record lives). Returns the summary with the
 * scheduled dates, which the plan will show once open; the file's own dates only when the plan
 * never arrives or cannot be scheduled (opening it then says why); null while it is scheduled.
 */
function useScheduleAhead(plan: Promise<Result<ImportedPlan>>, fileSummary: ImportSummary): ImportSummary | null {
  const [dates, setDates] = useState<ImportSummary | null>(null);
  useEffect(() => {
    let isClosed = false;
    let cancel = (): void => undefined;
    let scheduled: Plan | null = null;
    const run = (read: Plan): void => {
      const started = performance.now();
      scheduled = read;
      const schedule = scheduleAhead(read);
      setDates(schedule ? scheduledSummary(fileSummary, schedule) : fileSummary);
      // The outline walk too, kept per tasks record: the opened plan shares this one, so the task
      // table and the Gantt find it made (10,000 tasks: 12-18 ms of the click, cold).
      outlineIndexOf(fullOutline(read.tasks));
      // User Timing: the files bench reports this work, done behind the summary, beside the waits.
      performance.measure('plotline:file-schedule-ahead', { start: started });
    };
    setDates(null);
    void plan.then((read) => {
      if (isClosed) return;
      if (!read.ok) {
        setDates(fileSummary);
        return;
      }
      cancel = whenIdle(() => run(read.value.plan), 1_000);
    });
    return () => {
      isClosed = true;
      cancel();
      if (scheduled) dropScheduledAhead(scheduled);
    };
  }, [plan, fileSummary]);
  return dates;
}

interface PoolLinkChoice {
  /** The pool is still being read: a match may yet appear. */
  readonly isReading: boolean;
  readonly matches: readonly PoolMatch[];
  readonly chosen: ReadonlySet<ResourceId>;
  readonly toggle: (id: ResourceId, isChosen: boolean) => void;
}

/** A restored snapshot is this device's own project: its people pool already, nothing is offered. */
function usePoolLinks(resources: Plan['resources'], isOffered: boolean): PoolLinkChoice {
  const pool = usePoolPeople(isOffered);
  const matches = useMemo(() => (pool ? matchPoolPeople(Object.values(resources), pool) : []), [pool, resources]);
  // Only the person's changes are kept; a match's default (ticked unless a conflict) applies until then.
  const [changed, setChanged] = useState<ReadonlyMap<ResourceId, boolean>>(new Map());
  const chosen = useMemo(() => new Set(matches.filter((m) => changed.get(m.resourceId) ?? m.isSuggested).map((m) => m.resourceId)), [matches, changed]);
  const toggle = (id: ResourceId, isChosen: boolean): void => setChanged((before) => new Map(before).set(id, isChosen));
  return { isReading: isOffered && pool === null, matches, chosen, toggle };
}

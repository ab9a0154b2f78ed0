/** The Gantt view: toolbar, grid and chart, link editor and presentation mode. Reads the stores via hooks. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Baseline, LinkId, Plan, TaskId } from '../../domain/model';
import { ConfirmDialog } from '../../components/Dialog';
import { useStableActions } from '../../components/use-stable-actions';
import { calendarForTask } from '../../domain/schedule';
import { useSession, useSessionStore, useUi } from '../../store';
import type { ExportFormat, PdfOptions } from '../present/export';
import { useGanttExport } from '../present/use-gantt-export';
import { PresentationMode } from '../present/PresentationMode';
import { BaselinesDialog } from '../costs/BaselinesDialog';
import { useComparisonStore, useMergeDialogs, useOpenComparison } from '../merge';
import { GanttSurface } from './GanttSurface';
import { GhostLegend } from './GhostLegend';
import { GanttToolbar } from './GanttToolbar';
import { LinkEditor } from './LinkEditor';
import { collapsedForLevel, type OutlineLevel } from './outline-level';
import { useChartEdits } from './use-chart-edits';
import { useGanttModel, type GanttSettings } from './use-gantt-model';
import type { GanttRow } from './gantt-rows';
import { shownBaseline, useGanttSettings } from './view-preferences';
import { formatDateTime } from '../shared/format';
import { useServices } from '../shared/services';
import { homeScrollLeft } from './home-view';
import { splitForDrag } from './split-gesture';
import { nowWallMinutes, useZoom } from './use-zoom';
import { useChartWidth } from './use-chart-width';
import { useAtRiskFilter, useRiskMarkers } from '../risks/use-risk-markers';
import { usePhaseBands } from '../phases/use-phase-bands';
import './gantt.css';

export const ROW_HEIGHT = 32;
export const BAR_HEIGHT = 18;
/** The Gantt surface's name: its aria labels, and the key of its remembered viewport. */
const GANTT_LABEL = 'Gantt';

export function GanttView() {
  const plan = useSession((s) => s.plan);
  if (!plan) return <div className="gl-empty">Open a project to see its Gantt chart.</div>;
  return <GanttForPlan plan={plan} />;
}

function GanttForPlan({ plan }: { plan: Plan }) {
  const { repository } = useServices();
  const [stored, change] = useGanttSettings(repository, plan.project.id);
  const settings = useMemo(() => (stored ? shownBaseline(stored, plan.baselines) : null), [stored, plan.baselines]);
  // The chart opens at the remembered zoom: nothing is drawn until it is read (one meta row).
  if (!settings) return <section className="gl-view" aria-label="Gantt view" aria-busy="true" />;
  return <GanttWithSettings plan={plan} settings={settings} change={change} />;
}

function GanttWithSettings({ plan, settings, change }: { plan: Plan; settings: GanttSettings; change: (c: Partial<GanttSettings>) => void }) {
  const [editing, setEditing] = useState<{ id: LinkId; x: number; y: number } | null>(null);
  const presenting = useUi((s) => s.isPresenting);
  const setPresenting = useUi((s) => s.setPresenting);
  const setCollapsed = useUi((s) => s.setCollapsed);
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const chartWidth = useChartWidth(scrollerRef, GANTT_LABEL);
  // Ctrl+F in the grid finds and filters by name, as in the task table (summaries stay out unless they match).
  const [find, setFind] = useState<string | null>(null);
  const query = find?.trim().toLowerCase() ?? '';
  const atRisk = useAtRiskRows(plan);
  const filter = useMemo(() => {
    if (!query && !atRisk) return undefined;
    return (rows: readonly GanttRow[]) => rows.filter((r) => (!query || r.name.toLowerCase().includes(query)) && (!atRisk || atRisk.has(r.id)));
  }, [query, atRisk]);
  const findProps = useMemo(() => ({ query: find, onQuery: setFind }), [find]);
  const comparison = useOpenComparison();
  const comparisons = useComparisonStore();
  const mergeDialogs = useMergeDialogs();
  const model = useGanttModel(plan, settings, filter, chartWidth, comparison?.ghost ?? null);
  const phaseBands = usePhaseBands();
  const edits = useChartEdits(plan);
  const dispatch = useSession((s) => s.dispatch);
  const notify = useUi((s) => s.notify);
  const sessionStore = useSessionStore();
  const editLink = useCallback((id: LinkId, x: number, y: number) => setEditing({ id, x, y }), []);
  const selectedIds = useUi((s) => s.selectedTaskIds);
  const latestModel = useRef(model);
  latestModel.current = model;
  const selectedStart = useCallback((): number | null => {
    const m = latestModel.current;
    const row = m.rows[m.indexById.get(selectedIds[0] ?? '') ?? -1];
    return row ? row.startMinutes : null;
  }, [selectedIds]);
  const zoom = useZoom(scrollerRef, { scale: model.scale, span: model.span, isFitted: settings.isFitted, selectedStart, change });
  const [isSplitting, setSplitting] = useState(false);
  const split = useCallback((id: TaskId, from: number, to: number): void => {
    const task = plan.tasks[id];
    const row = model.rows[model.indexById.get(id) ?? -1];
    if (!task || !row) return;
    const args = splitForDrag(task, calendarForTask(plan, task), row.startMinutes, from, to, plan.project.minutesPerDay);
    if (!args) {
      notify({ tone: 'error', message: `Task '${task.name}': to split it, press on its bar where the work should stop and drag right by a day or more.` });
      return;
    }
    // A refused split is reported by the app's notices (the session's lastProblem), as every refusal is.
    if (dispatch('splitTask', { id, ...args }) === null) setSplitting(false);
  }, [plan, model.rows, model.indexById, dispatch, notify]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'F5' && !presenting) {
        e.preventDefault();
        setPresenting(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, setPresenting]);

  // The baselines there were when Baselines… opened: one saved in it is shown on close, as Save baseline's is.
  const [managingFrom, setManagingFrom] = useState<ReadonlySet<string> | null>(null);
  const isManagingBaselines = managingFrom !== null;
  const setManagingBaselines = (open: boolean): void => {
    if (open) { setManagingFrom(new Set(Object.keys(plan.baselines))); return; }
    const saved = Object.values(sessionStore.getState().plan?.baselines ?? {}).filter((b) => !managingFrom?.has(b.id));
    const first = saved.sort((a, b) => a.number - b.number)[0];
    if (first && settings.baselineId === null) change({ baselineId: first.id });
    setManagingFrom(null);
  };
  // Saving over the baseline resets every variance measured from it: MS Project asks first, so do we.
  const [replacing, setReplacing] = useState<Baseline | null>(null);
  const saveBaseline = (): void => {
    const stored = Object.values(plan.baselines).find((b) => b.number === 0);
    if (stored) setReplacing(stored);
    else replaceBaseline();
  };
  const replaceBaseline = (): void => {
    setReplacing(null);
    // A refusal ("no tasks to save") is reported by the app's notices; notifying it here too put it up twice.
    if (dispatch('saveBaseline', { number: 0 }) === null) {
      const saved = Object.values(sessionStore.getState().plan?.baselines ?? {}).find((b) => b.number === 0);
      notify({ tone: 'info', message: 'Baseline saved.' });
      // Shown at once, as a person expects after saving one; a baseline they chose to compare with stays.
      if (saved && settings.baselineId === null) change({ baselineId: saved.id });
    }
  };
  const chooseGridWidth = useCallback((px: number) => change({ gridWidthPx: px }), [change]);
  const exportGantt = useGanttExport();
  const doExport = (format: ExportFormat, pdf?: PdfOptions): void => exportGantt(format, model, settings, pdf ? { pdf } : {});

  // Stable, so a task edit (a new plan) does not re-render the toolbar: it shows settings and baselines only.
  const toolbarActions = useStableActions({
    onChange: (c: Partial<GanttSettings>) => (c.zoom ? zoom.zoomTo(c.zoom) : change(c)),
    onFit: () => zoom.fit(),
    onShowLevel: (level: OutlineLevel) => setCollapsed(collapsedForLevel(plan.tasks, level)),
    onToday: () => zoom.scrollToMinutes(nowWallMinutes()),
    onSaveBaseline: saveBaseline,
    onBaselines: () => setManagingBaselines(true),
    onPresent: () => setPresenting(true),
    onExport: doExport,
    onToggleSplit: () => setSplitting((on) => !on),
  });

  const link = editing ? plan.links[editing.id] : undefined;
  return (
    <section className="gl-view" aria-label="Gantt view" onKeyDown={(e) => {
      // + and − zoom around the selected task while the chart has focus (the grid keeps its keys).
      if (e.target !== scrollerRef.current || e.ctrlKey || e.metaKey || e.altKey) return;
      const direction = e.key === '+' || e.key === '=' ? 1 : e.key === '-' ? -1 : 0;
      if (direction === 0) return;
      e.preventDefault();
      zoom.zoomStep(undefined, direction);
    }}>
      <GanttToolbar baselines={plan.baselines} settings={settings} legend={model.colouring.legend} isSplitting={isSplitting} {...toolbarActions} />
      {comparison ? (
        <GhostLegend name={comparison.ghost.name} movedCount={new Set(comparison.diff.dateChanges.map((d) => d.taskId)).size} onlyInOther={comparison.onlyInOther}
          onShowChanges={() => mergeDialogs.show({ kind: 'compare' })} onClose={() => comparisons.show(null)} />
      ) : null}
      <GanttSurface
        model={model}
        settings={settings}
        rowHeight={ROW_HEIGHT}
        barHeight={BAR_HEIGHT}
        edits={edits}
        readOnly={false}
        scrollerRef={scrollerRef}
        homeScrollLeft={(scale, width) => homeScrollLeft(scale, model.span, width, nowWallMinutes())}
        todayMinutes={nowWallMinutes()}
        onEditLink={editLink}
        onZoomWheel={zoom.zoomStep}
        label={GANTT_LABEL}
        onSplit={isSplitting ? split : undefined}
        find={findProps}
        phaseBands={phaseBands}
        allowNewRow={find === null && atRisk === null}
        gridWidthPx={settings.gridWidthPx}
        onGridWidth={chooseGridWidth}
      />
      {link && editing && <LinkEditor key={link.id} plan={plan} link={link} x={editing.x} y={editing.y} onClose={() => setEditing(null)} />}
      {presenting && <PresentationMode plan={plan} settings={settings} onExit={() => setPresenting(false)} />}
      {isManagingBaselines && <BaselinesDialog onClose={() => setManagingBaselines(false)} />}
      {replacing && (
        <ConfirmDialog
          title="Replace the baseline?"
          message={<>“{replacing.name}”, saved {formatDateTime(replacing.savedAt)}, will hold the plan as it is now, and every variance measured from it starts again at zero. To keep it, save to another baseline in Baselines….</>}
          confirmLabel="Replace baseline"
          onConfirm={replaceBaseline}
          onCancel={() => setReplacing(null)}
        />
      )}
    </section>
  );
}

/** With "Tasks at risk" on, the rows it keeps (tasks at risk and their summaries); null when off. */
function useAtRiskRows(plan: Plan): ReadonlySet<string> | null {
  const [isOn] = useAtRiskFilter();
  const { keepInOutline } = useRiskMarkers(plan);
  return isOn ? keepInOutline : null;
}


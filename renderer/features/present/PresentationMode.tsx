/**
 * Presentation mode: the Gantt alone, full screen, in large high-contrast type, read-only.
 * Focus on the whole project, one phase, milestones, the critical path or a date window; arrow
 * keys step phase to phase (or milestone to milestone), +/- zoom, T jumps to today, Esc leaves.
 * PNG and SVG export what is shown as it looks: the focus, in presentation type.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { orderedPhases, parseLocalDate, PHASES, toWallMinutes, type Phase, type Plan } from '../../domain/model';
import { getPlatform } from '../../platform';
import { DateField } from '../../components/DateField';
import { GanttSurface } from '../gantt/GanttSurface';
import { useChartEdits } from '../gantt/use-chart-edits';
import { formatDate, useGanttModel, type GanttSettings } from '../gantt/use-gantt-model';
import { homeScrollLeft } from '../gantt/home-view';
import { nowWallMinutes, useZoom } from '../gantt/use-zoom';
import { useChartWidth } from '../gantt/use-chart-width';
import { stepZoom } from '../gantt/time-scale';
import type { GanttRow } from '../gantt/gantt-rows';
import { useGanttExport } from './use-gantt-export';
import { focusRows, nextStop, stops, type Focus } from './focus';
import { usePresentationKeys } from './use-presentation-keys';
import { PresentationKeysHelp } from './PresentationKeysHelp';
import { usePhaseBands } from '../phases/use-phase-bands';
// Presentation mode's large type and its bar are drawn by the Gantt's stylesheet, beside the chart they restyle.
import '../gantt/gantt.css';

/** The presentation's chart surface: its aria labels, and the key of its remembered viewport. */
const PRESENTATION_LABEL = 'Presentation';

export const PRESENT_ROW_HEIGHT = 44;
const PRESENT_BAR_HEIGHT = 26;

export interface PresentationModeProps {
  readonly plan: Plan;
  readonly settings: GanttSettings;
  readonly onExit: () => void;
}

/** How the exported image names the focus; null for the whole project. */
function focusLabel(focus: Focus): string | null {
  switch (focus.kind) {
    case 'all': return null;
    case 'phase': return `Phase ${focus.phase}`;
    case 'phase-object': return `Phase ${focus.name}`;
    case 'milestones': return 'Milestones';
    case 'critical': return 'Critical path';
    case 'window': return `${formatDate(focus.from)} – ${formatDate(focus.to - 1440)}`;
    default: {
      const never: never = focus;
      return never;
    }
  }
}

/** Select values of the phase choices: the project's phases by id, else the fixed labels. */
const PHASE_VALUE = 'phase:';

/**
 * The Focus list's phases: the project's own, in their order, else the five fixed labels. Listed
 * under a Phase heading by name alone: "Phase: " before each made the list as wide as the longest.
 */
function phaseFocusChoices(plan: Plan): { value: string; label: string }[] {
  const phases = orderedPhases(plan.phases);
  if (phases.length === 0) return PHASES.map((p) => ({ value: p, label: p }));
  return phases.map((p) => ({ value: `${PHASE_VALUE}${p.id}`, label: p.name }));
}

const FIXED_FOCUS_LABELS = { all: 'Whole project', milestones: 'Milestones only', critical: 'Critical path only', window: 'Date window' } as const;

/** The chosen focus in full, the list's tooltip: a long phase name is cut short in the list itself. */
function focusChoiceTitle(plan: Plan, value: string): string {
  const phase = phaseFocusChoices(plan).find((p) => p.value === value);
  return phase ? `Phase: ${phase.label}` : Object.entries(FIXED_FOCUS_LABELS).find(([v]) => v === value)?.[1] ?? '';
}

function focusFromValue(plan: Plan, value: string, from: string, to: string): Focus {
  if (value === 'milestones' || value === 'critical' || value === 'all') return { kind: value };
  if (value === 'window') {
    const a = parseLocalDate(from);
    const b = parseLocalDate(to);
    return a && b ? { kind: 'window', from: toWallMinutes(a), to: toWallMinutes(b) + 1440 } : { kind: 'all' };
  }
  if (value.startsWith(PHASE_VALUE)) {
    const phase = plan.phases[value.slice(PHASE_VALUE.length)];
    return phase ? { kind: 'phase-object', phaseId: phase.id, name: phase.name } : { kind: 'all' };
  }
  return PHASES.includes(value as Phase) ? { kind: 'phase', phase: value as Phase } : { kind: 'all' };
}

const noSelection = (): null => null;

export function PresentationMode({ plan, settings: initial, onExit }: PresentationModeProps) {
  // The room sees the whole focus first: fitted to the screen, on entry and on every change of
  // focus; + and − zoom from there by the presentation's own keys.
  const [settings, setSettings] = useState({ ...initial, isFitted: true });
  const [focusValue, setFocusValue] = useState('all');
  const [range, setRange] = useState({ from: plan.project.start.slice(0, 10), to: plan.project.start.slice(0, 10) });
  const [stopIndex, setStopIndex] = useState(-1);
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const focus = useMemo(() => focusFromValue(plan, focusValue, range.from, range.to), [plan, focusValue, range]);
  const filter = useCallback((rows: readonly GanttRow[]) => focusRows(rows, focus), [focus]);
  // A focus (or a date window) with nothing to show has no chart: the next one's is a new element.
  const chartWidth = useChartWidth(scrollerRef, PRESENTATION_LABEL, `${focusValue} ${range.from} ${range.to}`);
  const model = useGanttModel(plan, settings, filter, chartWidth);
  const edits = useChartEdits(plan);
  const change = useCallback((c: Partial<GanttSettings>) => setSettings((s) => ({ ...s, ...c })), []);
  const zoom = useZoom(scrollerRef, { scale: model.scale, span: model.span, isFitted: settings.isFitted, selectedStart: noSelection, change });
  const stopList = useMemo(() => stops(model.rows), [model.rows]);
  const phaseBands = usePhaseBands();
  const current = stopList[stopIndex];

  const exportGantt = useGanttExport();
  // What is shown, as it looks: the focused rows in presentation type, over the focus's dates.
  const doExport = (format: 'png' | 'svg'): void => {
    const presentation = { focusLabel: focusLabel(focus), window: focus.kind === 'window' ? { from: focus.from, to: focus.to } : null };
    exportGantt(format, model, settings, { presentation });
  };

  useFullScreen(onExit);
  const dialogRef = useFocusWhileOpen();
  const step = (direction: 1 | -1): void => {
    const next = nextStop(stopList, stopIndex, direction);
    const row = stopList[next];
    setStopIndex(next);
    if (!row) return;
    zoom.scrollToMinutes(row.startMinutes);
    const el = scrollerRef.current;
    if (el) el.scrollTop = Math.max(0, row.index * PRESENT_ROW_HEIGHT - el.clientHeight / 3);
  };
  usePresentationKeys({
    onStep: step,
    onZoom: (d) => zoom.zoomTo(stepZoom(settings.zoom, d)),
    onToday: () => zoom.scrollToMinutes(nowWallMinutes()),
    onExit,
  });

  return (
    <div ref={dialogRef} className="gl-present" role="dialog" aria-modal="true" aria-label="Presentation" tabIndex={-1}>
      <header className={focusValue === 'window' ? 'gl-present-bar has-window' : 'gl-present-bar'}>
        <h1 title={plan.project.name}>{plan.project.name}</h1>
        <label>
          Focus
          <select className="gl-present-focus" value={focusValue} title={focusChoiceTitle(plan, focusValue)}
            onChange={(e) => { setFocusValue(e.target.value); setStopIndex(-1); change({ isFitted: true }); }}>
            <option value="all">{FIXED_FOCUS_LABELS.all}</option>
            <optgroup label="Phase">
              {phaseFocusChoices(plan).map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
            </optgroup>
            {(['milestones', 'critical', 'window'] as const).map((v) => <option key={v} value={v}>{FIXED_FOCUS_LABELS[v]}</option>)}
          </select>
        </label>
        {focusValue === 'window' && (
          <>
            {/* Taken when left: the window does not jump through the days typed past, and an impossible date (the field says why) keeps the one shown. */}
            <DateField label="From" className="gl-present-from" value={range.from} isOptional={false} onCommit={(from) => setRange((r) => ({ ...r, from }))} />
            <DateField label="To" className="gl-present-to" value={range.to} isOptional={false} onCommit={(to) => setRange((r) => ({ ...r, to }))} />
          </>
        )}
        <span className="gl-present-stop" aria-live="polite" title={current?.name}>{current ? `${String(stopIndex + 1)}/${String(stopList.length)}: ${current.name}` : ''}</span>
        <PresentationKeysHelp />
        {/* Short words after one caption, full names for the keyboard and tooltips: "Export PNG", "Export SVG" and "Exit presentation" took a second line at 1024 px. */}
        <span className="gl-present-export" role="group" aria-label="Export">
          <span className="gl-present-caption" aria-hidden="true">Export</span>
          <button type="button" aria-label="Export PNG" title="Export what is shown as a PNG image" onClick={() => doExport('png')}>PNG</button>
          <button type="button" aria-label="Export SVG" title="Export what is shown as an SVG drawing" onClick={() => doExport('svg')}>SVG</button>
        </span>
        <button type="button" aria-label="Exit presentation" title="Exit presentation (Esc)" onClick={onExit}>Exit</button>
      </header>
      {model.rows.length === 0 ? (
        <p className="gl-present-empty">Nothing to show for this focus.</p>
      ) : (
        <GanttSurface
          model={model}
          settings={settings}
          rowHeight={PRESENT_ROW_HEIGHT}
          barHeight={PRESENT_BAR_HEIGHT}
          edits={edits}
          readOnly
          scrollerRef={scrollerRef}
          homeScrollLeft={(scale, width) => homeScrollLeft(scale, model.span, width, null)}
          todayMinutes={nowWallMinutes()}
          compactGrid
          label={PRESENTATION_LABEL}
          phaseBands={phaseBands}
        />
      )}
    </div>
  );
}

/**
 * Focus in the presentation while it is open, back where it was after: entered by F5 from the
 * Gantt's table, focus stayed in the table's cell under the presentation, so the arrow keys did
 * not step (the keys leave a text field's keys alone) and Tab walked the app behind it.
 */
function useFocusWhileOpen() {
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.focus({ preventScroll: true });
    return () => before?.focus({ preventScroll: true });
  }, []);
  return ref;
}

/** Enters full screen on mount, leaves on unmount; leaving full screen by other means exits. */
function useFullScreen(onExit: () => void): void {
  const exitRef = useRef(onExit);
  exitRef.current = onExit;
  useEffect(() => {
    const platform = getPlatform();
    let entered = false;
    const off = platform.onFullScreenChanged((on) => {
      if (on) entered = true;
      else if (entered) exitRef.current();
    });
    void platform.setFullScreen(true).then((on) => {
      entered = entered || on;
    });
    return () => {
      off();
      void platform.setFullScreen(false);
    };
  }, []);
}

/**
 * The Cost view: what the plan costs against its budget and baseline, earned value at the status
 * date, and the S-curve or monthly cash flow. Every number comes from the money domain
 * (domain/money) over the engine's schedule; this view formats and dispatches only.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { parseLocalDate } from '../../domain/model';
import { hasMoneyToDraw, isStatusAfterCurve, isStatusBeforeCurve, readTypedAmount, sCurve, sCurveLevels, type SCurve, type SCurveLevel } from '../../domain/money';
import { AmountInput } from '../../components/AmountInput';
import { DateField } from '../../components/DateField';
import { useSessionStore, useUiStore } from '../../store';
import { barPaths, chartPng, themeColour, UPlotChart, useDocumentTheme, type uPlot } from '../charts/UPlotChart';
import { formatDate } from '../shared/format';
import { OPEN_THREATS_EXPOSURE, OPEN_THREATS_EXPOSURE_MEANING, openThreatsExposureText } from '../shared/exposure-text';
import { useExportActions } from '../shared/use-export-source';
import { useServices } from '../shared/services';
import { cashFlowChart, cashFlowSvg, sCurveChart, sCurveSvg } from './cost-charts';
import { CostSummary } from './CostSummary';
import { CostTable } from './CostTable';
import { BaselinesDialog } from './BaselinesDialog';
import { withStatusDateNotice } from '../settings/status-date-notice';
import { useCostModel, type CostModel } from './use-cost-model';
import { useCostViewSettings } from './cost-view-settings';
import './costs.css';

type ChartKind = 's-curve' | 'by-phase' | 'by-person';
const CHARTS: readonly { readonly kind: ChartKind; readonly label: string }[] = [
  { kind: 's-curve', label: 'S-curve' },
  { kind: 'by-phase', label: 'Cash flow by phase' },
  { kind: 'by-person', label: 'Cash flow by person' },
];

export function CostView() {
  const model = useCostModel();
  if (!model) return null;
  return (
    <div className="cost-view">
      <CostToolbar model={model} />
      <CostSummary model={model} />
      <CostBody model={model} />
    </div>
  );
}

/**
 * The table over the chart, each scrolling in its own box, so the table's header stays in view
 * whatever the chart needs (at 1024x768 the whole panel scrolled down to the chart and took the
 * header with it). Hide chart gives the table the whole panel, remembered per project.
 */
function CostBody({ model }: { model: CostModel }) {
  const { repository } = useServices();
  const [settings, change] = useCostViewSettings(repository, model.plan.project.id);
  const [chart, setChart] = useState<ChartKind>('s-curve');
  // Laid out once the choice is read: a hidden chart is not drawn for a moment and taken away.
  if (!settings) return <div className="cost-body" aria-busy="true" />;
  const isShown = settings.isChartShown;
  const toggle = (
    <button type="button" className="button cost-chart-toggle" aria-expanded={isShown} title={isShown ? 'Hide the chart: the table takes its room' : 'Show the chart under the table'}
      onClick={() => change({ isChartShown: !isShown })}>{isShown ? 'Hide chart' : 'Show chart'}</button>
  );
  const tabs = (
    <div className="cost-chart-tabs" role="tablist" aria-label="Chart">
      {CHARTS.map((c) => (
        <button key={c.kind} type="button" role="tab" aria-selected={chart === c.kind} className={`tab ${chart === c.kind ? 'active' : ''}`}
          onClick={() => setChart(c.kind)}>{c.label}</button>
      ))}
    </div>
  );
  return (
    <div className={`cost-body${isShown ? '' : ' is-chart-hidden'}`}>
      <CostTable model={model} />
      <section className="cost-chart" aria-label="Cost chart">
        {isShown ? <CostChart model={model} kind={chart} tabs={tabs} toggle={toggle} /> : (
          <div className="cost-chart-head">
            <span className="muted">S-curve and cash flow hidden</span>
            <div className="cost-chart-actions">{toggle}</div>
          </div>
        )}
      </section>
    </div>
  );
}

/**
 * The status date, in the app's date field: typed (or picked), an impossible one refused with a
 * message and the stored date kept. With none set the field shows today's date, the date the
 * figures are as of; left as shown, or emptied, nothing is stored (a stored date would stop
 * following the calendar tomorrow), and an emptied field shows today's date again.
 */
function CostStatusDate({ model, report }: { model: CostModel; report: (problem: { message: string } | null) => void }) {
  const session = useSessionStore();
  const ui = useUiStore();
  const stored = model.plan.project.statusDate;
  const commit = (text: string): void => {
    // The field passes on no text that is not a date, nor today's shown date left as it is.
    const date = text === '' ? null : parseLocalDate(text);
    if (date !== stored) report(withStatusDateNotice(session, ui, () => session.getState().dispatch('updateProject', { changes: { statusDate: date } })));
  };
  return (
    <span className={`cost-status${model.isStatusDateToday ? ' is-default' : ''}`}>
      <DateField label="Status date" value={model.statusDate} emptyShows={model.statusDate} onCommit={commit}
        describedBy={model.isStatusDateToday ? 'cost-status-default' : undefined} />
      {model.isStatusDateToday ? <span id="cost-status-default" className="muted" title="No status date set: the figures are as of today">(today)</span> : null}
    </span>
  );
}

type ProjectMoneyField = 'budget' | 'contingencyReserve' | 'managementReserve';
const PROJECT_MONEY_FIELDS: readonly ProjectMoneyField[] = ['budget', 'contingencyReserve', 'managementReserve'];
/** Caption beside the field, its accessible name (also the name in a refusal) and its noun. */
const PROJECT_MONEY: Readonly<Record<ProjectMoneyField, { caption: string; name: string; noun: string }>> = {
  budget: { caption: 'Budget', name: 'Project budget', noun: 'a budget' },
  contingencyReserve: { caption: 'Contingency', name: 'Contingency reserve', noun: 'a reserve' },
  managementReserve: { caption: 'Mgmt reserve', name: 'Management reserve', noun: 'a reserve' },
};

function CostToolbar({ model }: { model: CostModel }) {
  const session = useSessionStore();
  const ui = useUiStore();
  const { plan } = model;
  const report = (problem: { message: string } | null): void => { if (problem) ui.getState().notify({ tone: 'error', message: problem.message }); };
  /** The typed amount read exactly, or refused with a message; true when stored (or unchanged). */
  const setProjectMoney = (field: ProjectMoneyField, text: string): boolean => {
    const read = readTypedAmount(text, { label: PROJECT_MONEY[field].name, currency: plan.project.currency, noun: PROJECT_MONEY[field].noun });
    if (!read.ok) {
      report(read.error);
      return false;
    }
    // An empty budget clears it; an empty reserve is none.
    const value = field === 'budget' ? read.value : read.value ?? 0;
    if (value === (plan.project[field] ?? (field === 'budget' ? null : 0))) return true;
    const budget = field === 'budget' ? value : (plan.project.budget ?? null);
    // A command's refusal is shown by the app's notices (the session's lastProblem).
    return session.getState().dispatch('setBudget', { taskId: null, budget, ...(field !== 'budget' ? { [field]: value ?? 0 } : {}) }) === null;
  };
  const baselines = Object.values(plan.baselines).sort((a, b) => a.number - b.number);
  const [isManaging, setManaging] = useState(false);
  return (
    // Four groups that wrap whole (app.css .toolbar-group), not an overflow menu: every control here
    // is one a PM reads or types at each status update, so none is lesser. At 1024 px the date and
    // the baseline share a line and the money a second; item by item, "Budget" ended the first line
    // with Contingency and Mgmt reserve on the next.
    <div className="toolbar cost-toolbar" role="toolbar" aria-label="Cost settings">
      <span className="toolbar-group">
        <CostStatusDate model={model} report={report} />
        {model.isStatusDateToday ? null : (
          <button type="button" className="icon-button tiny cost-status-clear" aria-label="Clear status date" title="Clear the status date: the figures as of today"
            onClick={() => report(withStatusDateNotice(session, ui, () => session.getState().dispatch('updateProject', { changes: { statusDate: null } })))}>×</button>
        )}
      </span>
      <span className="toolbar-group">
        <label className="field">Measure against
          <select aria-label="Cost baseline" value={plan.project.costBaseline ?? 0}
            onChange={(e) => report(session.getState().dispatch('chooseCostBaseline', { number: Number(e.target.value) }))}>
            {baselines.length === 0 ? <option value={0}>None saved</option> : null}
            {baselines.map((b) => <option key={b.id} value={b.number}>{b.name}</option>)}
          </select>
        </label>
        <button type="button" className="button" onClick={() => setManaging(true)}>Baselines…</button>
      </span>
      {isManaging ? <BaselinesDialog onClose={() => setManaging(false)} /> : null}
      <span className="toolbar-group">
        {PROJECT_MONEY_FIELDS.map((field) => (
          <label className="field" key={field}>{PROJECT_MONEY[field].caption}
            <AmountInput className="money-input" inputMode="decimal" aria-label={PROJECT_MONEY[field].name}
              value={String(plan.project[field] ?? '')}
              onCommit={(text) => setProjectMoney(field, text)} />
          </label>
        ))}
        <span className="muted">{plan.project.currency}</span>
      </span>
      <span className="cost-exposure muted" title={OPEN_THREATS_EXPOSURE_MEANING}>
        {/* "Open threats'" kept together: the name breaks only before "exposure" when the figure is narrower than it (costs.css). */}
        <span className="cost-exposure-name">{OPEN_THREATS_EXPOSURE.replace(' ', '\u00a0')}</span>
        <span className="cost-exposure-amount" aria-label={OPEN_THREATS_EXPOSURE}>{openThreatsExposureText(plan)}</span>
      </span>
    </div>
  );
}

/** The S-curve at the model's status date against its cost baseline, and the levels drawn across it. */
function sCurveOf(model: CostModel): { curve: SCurve; levels: SCurveLevel[] } {
  const curve = sCurve({ plan: model.plan, schedule: model.schedule, costs: model.costs, baseline: model.baseline, statusDate: model.statusDate, calendars: model.calendars });
  return { curve, levels: sCurveLevels(curve, model.baseline !== null, model.plan.project.budget) };
}

function CostChart({ model, kind, tabs, toggle }: { model: CostModel; kind: ChartKind; tabs: ReactNode; toggle: ReactNode }) {
  const [plot, setPlot] = useState<uPlot | null>(null);
  const currency = model.plan.project.currency;
  const theme = useDocumentTheme();
  // The theme is a dependency: the chart's axis and grid colours are read from it when the options are built.
  const chart = useMemo(() => {
    if (kind === 's-curve') {
      const { curve, levels } = sCurveOf(model);
      return { ...sCurveChart(curve, currency, levels), isEmpty: !hasMoneyToDraw(curve, levels), isStatusBefore: isStatusBeforeCurve(curve), isStatusAfter: isStatusAfterCurve(curve) };
    }
    return { ...cashFlowChart(model, kind === 'by-phase' ? 'phase' : 'person', barPaths()), isStatusBefore: false, isStatusAfter: false };
  }, [model, kind, currency, theme]); // eslint-disable-line react-hooks/exhaustive-deps -- theme: the builders read its CSS variables
  const label = CHARTS.find((c) => c.kind === kind)?.label ?? 'Chart';
  // A picture of the chart as shown: while a proposal is open, the proposal's, labelled so (export-source.ts).
  const { sourceOf, saveExport } = useExportActions();
  const exportPng = async (): Promise<void> => {
    const source = sourceOf('shown');
    if (!plot || !source) return;
    await saveExport(source, { suggestedName: `${model.plan.project.name} ${label}.png`, filters: [{ name: 'PNG image', extensions: ['png'] }], data: await chartPng(plot, themeColour('--surface', '#ffffff')) });
  };
  const exportSvg = async (): Promise<void> => {
    const source = sourceOf('shown');
    if (!source) return;
    const title = `${source.titlePrefix}${label} of ${model.plan.project.name}`;
    const shown = kind === 's-curve' ? sCurveOf(model) : null;
    const svg = shown
      ? sCurveSvg(shown.curve, currency, shown.levels, title)
      : cashFlowSvg(model, kind === 'by-phase' ? 'phase' : 'person', title);
    await saveExport(source, { suggestedName: `${model.plan.project.name} ${label}.svg`, filters: [{ name: 'SVG image', extensions: ['svg'] }], data: new TextEncoder().encode(svg) });
  };
  return (
    <>
      <div className="cost-chart-head">
        {tabs}
        <div className="cost-chart-actions">
          <button type="button" className="button" onClick={() => void exportPng()} disabled={!plot}>Export PNG</button>
          <button type="button" className="button" onClick={() => void exportSvg()} disabled={chart.isEmpty}>Export SVG</button>
          {toggle}
        </div>
      </div>
      {/* Its own scroll box: a window too short for the whole chart scrolls the chart, not the table with it. */}
      <div className="cost-chart-scroll"><div className="cost-chart-body">
      {chart.isEmpty ? <p className="muted">Nothing costs anything yet: give people rates and assign them, or add fixed costs.</p>
        : <UPlotChart key={kind} options={chart.options} data={chart.data} height={150} fill label={`${label} of ${model.plan.project.name}`} onChart={setPlot} />}
      {!chart.isEmpty && chart.isStatusBefore ? (
        <p className="cost-chart-note muted" role="note">
          The status date, {formatDate(model.statusDate)}{model.isStatusDateToday ? ' (today)' : ''}, is before the plan begins on {formatDate(model.schedule.projectStart)}: the chart starts at the plan.
        </p>
      ) : null}
      {!chart.isEmpty && chart.isStatusAfter ? (
        <p className="cost-chart-note muted" role="note">
          The status date, {formatDate(model.statusDate)}{model.isStatusDateToday ? ' (today)' : ''}, is after the plan finishes on {formatDate(model.schedule.projectFinish)}: the chart ends at the finish.
        </p>
      ) : null}
      {kind === 's-curve' && !chart.isEmpty && model.baseline === null ? (
        <p className="cost-chart-note muted" role="note">Planned value (PV), earned value (EV) and the BAC line appear once a baseline is saved (Save baseline in the Gantt, or Baselines…).</p>
      ) : null}
      </div></div>
    </>
  );
}

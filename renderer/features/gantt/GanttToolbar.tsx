/**
 * Zoom, fit, outline level, colour, critical path, slack, baselines, presentation and export
 * controls, on one row at any window width: when the row is too narrow for everything, the
 * view options (Show, Colour by, Baseline) move into a "More" popover; exports are one menu.
 */
import { memo, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import type { Plan } from '../../domain/model';
import { Menu, useMenuButton } from '../../components/Menu';
import { Popover } from '../../components/Popover';
import type { PdfOptions } from '../present/export';
import { PdfOptionsPopover } from './PdfOptionsPopover';
import { AtRiskToggle } from '../risks/RiskMarker';
import { COLOUR_MODES, type ColourMode, type LegendEntry } from './colours';
import { OUTLINE_LEVELS, type OutlineLevel } from './outline-level';
import { ZOOM_SPECS, ZOOMS, type Zoom } from './time-scale';
import type { GanttSettings } from './use-gantt-model';

export interface GanttToolbarProps {
  /** The Baseline menu's choices; the plan itself is not a prop, so a task edit does not re-render the toolbar. */
  readonly baselines: Plan['baselines'];
  readonly settings: GanttSettings;
  readonly legend: readonly LegendEntry[];
  readonly onChange: (changes: Partial<GanttSettings>) => void;
  readonly onFit: () => void;
  /** Collapses the outline to a level, or expands every summary ('all'). */
  readonly onShowLevel: (level: OutlineLevel) => void;
  readonly onToday: () => void;
  readonly onSaveBaseline: () => void;
  /** Opens the Baselines dialog (save, clear, rename Baseline..Baseline 10). */
  readonly onBaselines?: () => void;
  readonly onPresent: () => void;
  readonly onExport: (format: 'png' | 'svg' | 'pdf', pdf?: PdfOptions) => void;
  /** Split mode: the next drag along a bar splits its work (MS Project's Split Task). */
  readonly isSplitting?: boolean;
  readonly onToggleSplit?: () => void;
}

/**
 * Toolbar widths (px) from which groups stay on the row, measured with the system font: the view
 * options need about 1380 in all, Critical path, Slack and Present fit from 940 (a 1024 px
 * window's toolbar is about 776). Whatever does not fit is in More.
 */
export const INLINE_OPTIONS_MIN_WIDTH = 1380;
export const INLINE_CHECKS_MIN_WIDTH = 940;

/** What the toolbar shows inline: everything, the checks but not the options, or neither (both in More). */
type ToolbarFit = 'all' | 'checks' | 'menu';
const toolbarFit = (width: number): ToolbarFit => (width >= INLINE_OPTIONS_MIN_WIDTH ? 'all' : width >= INLINE_CHECKS_MIN_WIDTH ? 'checks' : 'menu');
/** What fitted when a Gantt toolbar was last measured in this window (a measurement of its DOM, as viewport-memory.ts keeps). */
let lastFit: ToolbarFit = 'all';
/** Whether lastFit was measured in this window (the first toolbar measures before its first paint). */
let hasMeasured = false;

export const GanttToolbar = memo(function GanttToolbar(props: GanttToolbarProps) {
  const { settings, onChange } = props;
  const bar = useRef<HTMLDivElement | null>(null);
  // What fits, not the width, starting from what fitted last time: measuring on mount then
  // re-renders the toolbar only when the window changed meanwhile.
  const [fits, setFits] = useState<ToolbarFit>(lastFit);
  const isWide = fits === 'all';
  const hasChecks = fits !== 'menu';
  const more = useMenuButton('dialog');
  const exportMenu = useMenuButton();
  const [pdfOpen, setPdfOpen] = useState(false);
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return undefined;
    const measure = (): void => { if (el.isConnected) setFits((lastFit = toolbarFit(el.clientWidth))); };
    // What fitted last time stands until the observer's first call, made after the frame's layout
    // (flushSync: a change is drawn before that frame is painted); measured here, it forced a
    // layout of the whole chart its view was mounting.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => flushSync(measure));
    if (!observer || !hasMeasured) measure();
    hasMeasured = true;
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);
  const options = <ViewOptions {...props} />;
  const presentButton = (onClick: () => void): ReactElement => <button type="button" onClick={onClick} title="Presentation mode (F5)">Present</button>;
  // A button in More that opens a dialog closes More first: left open, it sat above the dialog, over its text at 1024 px.
  const closingMore = (action: () => void) => (): void => { more.close(); action(); };
  const checks = (
    <>
      <label className="gl-check">
        <input type="checkbox" checked={settings.showCritical} onChange={(e) => onChange({ showCritical: e.target.checked })} />
        Critical path
      </label>
      <label className="gl-check">
        <input type="checkbox" checked={settings.showSlack} onChange={(e) => onChange({ showSlack: e.target.checked })} />
        Slack
      </label>
    </>
  );
  return (
    <div className="gl-toolbar" role="toolbar" aria-label="Gantt" ref={bar}>
      <div className="gl-toolbar-row">
        <div className="gl-group" role="group" aria-label="Zoom">
          {ZOOMS.map((z: Zoom) => (
            <button key={z} type="button" aria-pressed={!settings.isFitted && settings.zoom === z} onClick={() => onChange({ zoom: z })}>{ZOOM_SPECS[z].label}</button>
          ))}
        </div>
        <button type="button" aria-pressed={settings.isFitted} onClick={props.onFit}>Fit project</button>
        <button type="button" onClick={props.onToday}>Today</button>
        {props.onToggleSplit ? (
          <button type="button" aria-pressed={props.isSplitting === true} onClick={props.onToggleSplit} title="Drag along a bar from where its work stops to where it resumes">
            Split task
          </button>
        ) : null}
        {hasChecks ? checks : null}
        {isWide ? options : null}
        <span className="gl-spacer" />
        {isWide ? null : <button type="button" {...more.buttonProps}>More <span aria-hidden="true">▾</span></button>}
        {hasChecks ? presentButton(props.onPresent) : null}
        <button type="button" {...exportMenu.buttonProps}>Export <span aria-hidden="true">▾</span></button>
      </div>
      {more.isOpen && !isWide ? (
        <Popover anchor={more.anchor} label="More Gantt options" className="gl-more" placement="bottom-end" onClose={more.close}>
          {hasChecks ? null : checks}
          <ViewOptions {...props} onSaveBaseline={closingMore(props.onSaveBaseline)} onBaselines={props.onBaselines ? closingMore(props.onBaselines) : undefined} />
          {hasChecks ? null : presentButton(closingMore(props.onPresent))}
        </Popover>
      ) : null}
      {exportMenu.isOpen ? (
        <Menu anchor={exportMenu.anchor} label="Export" focusFirst={exportMenu.focusFirst} onClose={exportMenu.close} entries={[
          { label: 'Export PNG', onSelect: () => props.onExport('png') },
          { label: 'Export SVG', onSelect: () => props.onExport('svg') },
          { label: 'Export PDF…', onSelect: () => setPdfOpen(true) },
        ]} />
      ) : null}
      {pdfOpen ? <PdfOptionsPopover anchor={exportMenu.anchor} onClose={() => setPdfOpen(false)} onExport={(pdf) => props.onExport('pdf', pdf)} /> : null}
      {/* The filter sits on the legend's row: always in reach, and the one-row toolbar keeps its widths. */}
      <div className="gl-legend-row">
        <ul className="gl-legend" aria-label="Legend">
          {props.legend.map((e, i) => (
            <li key={`${String(i)}:${e.label}`}><span className="gl-swatch" style={{ background: e.colour }} />{e.label}</li>
          ))}
        </ul>
        <AtRiskToggle className="gl-check gl-at-risk" />
      </div>
    </div>
  );
});

/** Show (outline level), Colour by and Baseline: inline on a wide toolbar, else in More. */
function ViewOptions(props: GanttToolbarProps) {
  const { settings, onChange } = props;
  const baselines = Object.values(props.baselines).sort((a, b) => a.number - b.number);
  return (
    <>
      <label className="gl-field">
        Show
        {/* A command, as MS Project's Show menu is: the outline can be changed row by row afterwards. */}
        <select
          aria-label="Show outline level"
          value=""
          onChange={(e) => {
            const value = e.target.value;
            if (value) props.onShowLevel(value === 'all' ? 'all' : Number(value));
          }}
        >
          <option value="" disabled>Outline…</option>
          {OUTLINE_LEVELS.map((level) => (
            <option key={level} value={String(level)}>{level === 'all' ? 'All subtasks' : `Outline level ${String(level)}`}</option>
          ))}
        </select>
      </label>
      <label className="gl-field">
        Colour by
        <select value={settings.colourMode} onChange={(e) => onChange({ colourMode: e.target.value as ColourMode })}>
          {COLOUR_MODES.map((m) => <option key={m} value={m}>{m[0]?.toUpperCase() + m.slice(1)}</option>)}
        </select>
      </label>
      <label className="gl-field">
        Baseline
        <select value={settings.baselineId ?? ''} onChange={(e) => onChange({ baselineId: e.target.value || null })}>
          <option value="">None</option>
          {baselines.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
        </select>
      </label>
      <button type="button" onClick={props.onSaveBaseline}>Save baseline</button>
      {props.onBaselines ? <button type="button" onClick={props.onBaselines}>Baselines…</button> : null}
    </>
  );
}

/** Zoom, fit, outline level, colour, critical path, slack, baselines, presentation and export controls. */
import { useState } from 'react';
import type { Plan } from '../../domain/model';
import type { PdfOptions } from '../present/export';
import { PdfOptionsPopover } from './PdfOptionsPopover';
import { COLOUR_MODES, type ColourMode, type LegendEntry } from './colours';
import { OUTLINE_LEVELS, type OutlineLevel } from './outline-level';
import { ZOOM_SPECS, ZOOMS, type Zoom } from './time-scale';
import type { GanttSettings } from './use-gantt-model';

export interface GanttToolbarProps {
  readonly plan: Plan;
  readonly settings: GanttSettings;
  readonly legend: readonly LegendEntry[];
  readonly onChange: (changes: Partial<GanttSettings>) => void;
  readonly onFit: () => void;
  /** Collapses the outline to a level, or expands every summary ('all'). */
  readonly onShowLevel: (level: OutlineLevel) => void;
  readonly onToday: () => void;
  readonly onSaveBaseline: () => void;
  readonly onPresent: () => void;
  readonly onExport: (format: 'png' | 'svg' | 'pdf', pdf?: PdfOptions) => void;
  /** Split mode: the next drag along a bar splits its work (MS Project's Split Task). */
  readonly isSplitting?: boolean;
  readonly onToggleSplit?: () => void;
}

export function GanttToolbar(props: GanttToolbarProps) {
  const { settings, onChange } = props;
  const [pdfOpen, setPdfOpen] = useState(false);
  const baselines = Object.values(props.plan.baselines).sort((a, b) => a.number - b.number);
  return (
    <div className="gl-toolbar" role="toolbar" aria-label="Gantt">
      <div className="gl-group" role="group" aria-label="Zoom">
        {ZOOMS.map((z: Zoom) => (
          <button key={z} type="button" aria-pressed={settings.zoom === z} onClick={() => onChange({ zoom: z })}>{ZOOM_SPECS[z].label}</button>
        ))}
        <button type="button" onClick={props.onFit}>Fit project</button>
        <button type="button" onClick={props.onToday}>Today</button>
      </div>
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
      <label className="gl-check">
        <input type="checkbox" checked={settings.showCritical} onChange={(e) => onChange({ showCritical: e.target.checked })} />
        Critical path
      </label>
      <label className="gl-check">
        <input type="checkbox" checked={settings.showSlack} onChange={(e) => onChange({ showSlack: e.target.checked })} />
        Slack
      </label>
      <label className="gl-field">
        Baseline
        <select value={settings.baselineId ?? ''} onChange={(e) => onChange({ baselineId: e.target.value || null })}>
          <option value="">None</option>
          {baselines.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
        </select>
      </label>
      <button type="button" onClick={props.onSaveBaseline}>Save baseline</button>
      {props.onToggleSplit && (
        <button type="button" aria-pressed={props.isSplitting === true} onClick={props.onToggleSplit} title="Drag along a bar from where its work stops to where it resumes">
          Split task
        </button>
      )}
      <span className="gl-spacer" />
      <button type="button" onClick={props.onPresent} title="Presentation mode (F5)">Present</button>
      <div className="gl-group" role="group" aria-label="Export">
        <button type="button" onClick={() => props.onExport('png')}>Export PNG</button>
        <button type="button" onClick={() => props.onExport('svg')}>Export SVG</button>
        <span className="gl-pdf-anchor">
          <button type="button" aria-haspopup="dialog" aria-expanded={pdfOpen} onClick={() => setPdfOpen(!pdfOpen)}>Export PDF…</button>
          {pdfOpen ? <PdfOptionsPopover onClose={() => setPdfOpen(false)} onExport={(options) => props.onExport('pdf', options)} /> : null}
        </span>
      </div>
      <ul className="gl-legend" aria-label="Legend">
        {props.legend.map((e) => (
          <li key={e.label}><span className="gl-swatch" style={{ background: e.colour }} />{e.label}</li>
        ))}
      </ul>
    </div>
  );
}

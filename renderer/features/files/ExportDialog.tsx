/**
 * Export… : MS Project XML, GanttProject, a CSV of chosen columns (dates in the user's locale), an Excel workbook, or an iCalendar
 * of milestones and/or tasks. Always with the engine's scheduled dates.
 */
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { CSV_COLUMNS, CSV_HEADERS, notCarriedSentence, type CsvColumn, type PlanFileFormat } from '../../domain/formats';
import { useSessionStore } from '../../store';
import { exportSource } from '../shared/export-source';
import { useServices } from '../shared/services';
import { formatDate } from '../shared/format';
import { useExportNote } from '../shared/use-export-source';
import { buildExportFile, DEFAULT_CSV_COLUMNS, localeDateFormatter, type ExportChoice } from './export-plan';
import './files.css';

type Format = ExportChoice['format'];

const FORMATS: readonly { value: Format; label: string; hint: string }[] = [
  { value: 'mspdi', label: 'Microsoft Project XML (.xml)', hint: 'Opens in MS Project, ProjectLibre and GanttProject: tasks, links, people, calendars.' },
  { value: 'gan', label: 'GanttProject (.gan)', hint: 'GanttProject’s own file: tasks in whole days, links, people, holidays, custom columns.' },
  { value: 'csv', label: 'CSV table (.csv)', hint: 'For spreadsheets: one row per task, the columns you choose.' },
  { value: 'xlsx', label: 'Excel workbook (.xlsx)', hint: 'Tasks, people and assignments on three sheets, with real dates and numbers; imports back.' },
  { value: 'ical', label: 'iCalendar (.ics)', hint: 'For calendar apps: all-day events.' },
];

/** The format as the "Not written (… has no place for them)" sentence names it. */
const FORMAT_NAMES: Readonly<Record<Format, string>> = {
  mspdi: 'MS Project XML', gan: 'GanttProject', csv: 'a CSV table', xlsx: 'the Excel workbook', ical: 'iCalendar',
};

const EXTENSIONS: Readonly<Record<Format, PlanFileFormat>> = { mspdi: '.xml', gan: '.gan', csv: '.csv', xlsx: '.xlsx', ical: '.ics' };

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function ExportDialog({ onDone, onError }: { onDone: (message: string | null) => void; onError: (message: string) => void }) {
  const { platform, now } = useServices();
  const session = useSessionStore();
  const [format, setFormat] = useState<Format>('mspdi');
  const [columns, setColumns] = useState<readonly CsvColumn[]>(DEFAULT_CSV_COLUMNS);
  const [ical, setIcal] = useState({ milestones: true, tasks: false });
  const [localeDates, setLocaleDates] = useState(false);
  const [isSaving, setSaving] = useState(false);
  const proposalNote = useExportNote('live');
  const choice: ExportChoice = format === 'csv' ? { format, columns, localeDates } : format === 'ical' ? { format, ...ical } : { format };
  const isEmpty = (format === 'csv' && columns.length === 0) || (format === 'ical' && !ical.milestones && !ical.tasks);

  const save = async (): Promise<void> => {
    // A plan file or table is a record: the live plan, never an open proposal's (export-source.ts).
    const source = exportSource(session.getState(), 'live');
    if (!source) return;
    const { plan, schedule } = source;
    setSaving(true);
    try {
      const request = await buildExportFile(plan, choice, { now: now(), formatDate: localeDateFormatter(), schedule });
      if (!request.ok) {
        onError(request.error.message);
        return;
      }
      const result = await platform.saveFile(request.value.request);
      // Only a .plotline file holds the registers, phases, baselines and the project's budget and reserves.
      const notWritten = notCarriedSentence(plan, EXTENSIONS[choice.format], FORMAT_NAMES[choice.format], formatDate);
      const lost = [notWritten, ...request.value.warnings.map(capitalised)].filter((s): s is string => s !== null);
      if (result.saved) onDone(`Exported “${result.name}”.${lost.length > 0 ? ` ${lost.join(' ')}` : ''}${source.note === null ? '' : ` ${source.note}`}`);
      else if (result.reason === 'failed') onError(result.message);
    } finally {
      setSaving(false);
    }
  };
  const toggleColumn = (c: CsvColumn, on: boolean): void =>
    setColumns((cs) => CSV_COLUMNS.filter((x) => (x === c ? on : cs.includes(x))));

  return (
    // 720 px: each format's hint on one line and the CSV columns four across (files.css .check-grid).
    <Dialog title="Export" onClose={() => onDone(null)} width={720}
      footer={<>
        <button type="button" className="button" onClick={() => onDone(null)}>Cancel</button>
        <button type="button" className="button primary" disabled={isEmpty || isSaving} onClick={() => void save()}>{isSaving ? 'Exporting…' : 'Export'}</button>
      </>}>
      <fieldset className="export-formats">
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <label key={f.value} className="radio-card">
            <input type="radio" name="export-format" value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} />
            <span><strong>{f.label}</strong><span className="muted">{f.hint}</span></span>
          </label>
        ))}
      </fieldset>
      {format === 'csv' ? (
        <fieldset className="check-grid">
          <legend>Columns</legend>
          {CSV_COLUMNS.map((c) => (
            <label key={c}><input type="checkbox" checked={columns.includes(c)} onChange={(e) => toggleColumn(c, e.currentTarget.checked)} /> {CSV_HEADERS[c]}</label>
          ))}
          <label className="check-grid__wide">
            <input type="checkbox" checked={localeDates} onChange={(e) => setLocaleDates(e.currentTarget.checked)} /> Dates in my locale’s format (default ISO 8601, which re-imports anywhere)
          </label>
        </fieldset>
      ) : null}
      {format === 'ical' ? (
        <fieldset className="check-grid">
          <legend>Events</legend>
          <label><input type="checkbox" checked={ical.milestones} onChange={(e) => setIcal({ ...ical, milestones: e.currentTarget.checked })} /> Milestones</label>
          <label><input type="checkbox" checked={ical.tasks} onChange={(e) => setIcal({ ...ical, tasks: e.currentTarget.checked })} /> Tasks</label>
        </fieldset>
      ) : null}
      <p className="muted">Dates are the scheduled dates you see in the plan.</p>
      {proposalNote ? <p role="note" className="muted">{proposalNote}</p> : null}
    </Dialog>
  );
}

/**
 * "Plan document…": the project management plan as it will be written (phases and gates,
 * milestones, team and RACI, budget, risks, communication, change process), previewed in a frame
 * that runs no script, and exported as PDF, HTML or Markdown.
 */
import { useMemo, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { SrcdocFrame } from '../../components/SrcdocFrame';
import type { LocalDate, Plan } from '../../domain/model';
import { buildPlanDocument, writePlanDocumentHtml, type ReportPaper } from '../../domain/report';
import { formatDate } from '../shared/format';
import { APP_REPORT_DATES } from './report-dates';
import { useUiStore } from '../../store';
import { exportPlanDocument, PLAN_DOCUMENT_FORMATS, type PlanDocumentFormat } from './plan-document-export';

interface Props {
  readonly plan: Plan;
  readonly asOf: LocalDate;
  readonly paper: ReportPaper;
  readonly onClose: () => void;
}

export function PlanDocumentDialog({ plan, asOf, paper: initialPaper, onClose }: Props) {
  const ui = useUiStore();
  const [format, setFormat] = useState<PlanDocumentFormat>('pdf');
  const [paper, setPaper] = useState<ReportPaper>(initialPaper);
  const [isBusy, setBusy] = useState(false);
  // Scheduled at the document's own date (as the status report is), not the session's.
  const doc = useMemo(() => buildPlanDocument(plan, { asOf, dates: APP_REPORT_DATES }), [plan, asOf]);
  const preview = useMemo(() => writePlanDocumentHtml(doc, { paper }), [doc, paper]);
  const notify = (tone: 'info' | 'error', message: string): void => ui.getState().notify({ tone, message });
  const run = async (): Promise<void> => {
    setBusy(true);
    try {
      const result = await exportPlanDocument(doc, format, paper);
      if (result === 'printed') notify('info', 'Opened the print dialog: choose "Save as PDF" there.');
      else if (!result.saved && result.reason === 'failed') notify('error', result.message);
      else if (result.saved) notify('info', `Saved ${result.name}.`);
    } catch (error) {
      notify('error', `Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const footer = (
    <>
      <button type="button" className="button" onClick={onClose}>Close</button>
      <button type="button" className="button primary" disabled={isBusy} onClick={() => void run()}>Export plan document</button>
    </>
  );
  return (
    <Dialog title="Project management plan" onClose={onClose} footer={footer} width={960}>
      <div className="plan-doc-options">
        <label className="field">Format
          <select className="select" aria-label="Plan document format" value={format} onChange={(e) => setFormat(e.target.value as PlanDocumentFormat)}>
            {PLAN_DOCUMENT_FORMATS.map((f) => <option key={f.format} value={f.format}>{f.label}</option>)}
          </select>
        </label>
        <label className="field">Paper
          <select className="select" aria-label="Plan document paper" value={paper} onChange={(e) => setPaper(e.target.value === 'Letter' ? 'Letter' : 'A4')}>
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </label>
        <p className="muted plan-doc-asof">Figures as of the status date, {formatDate(asOf)}. {doc.sections.length} sections.</p>
      </div>
      <SrcdocFrame title="Plan document" document={preview} className="plan-doc-frame" />
    </Dialog>
  );
}

/**
 * The Reports view: choose a status date, audience and baseline; see the status report as it will
 * be sent (the same HTML the exports write, in a frame that runs no script); edit the headline and
 * narrative; issue it into the report history; export PDF, HTML, Markdown, a slide PNG, or copy it.
 * A status report is a record of the live plan: while a change request's proposal is open the view
 * reports the live plan, says so, and issues nothing (the issue would land in the proposal).
 */
import { useMemo, useState } from 'react';
import { parseLocalDate, type LocalDate, type ReportAudience } from '../../domain/model';
import { buildStatusReport, writeReportHtml, type ReportPaper } from '../../domain/report';
import { statusReportEntriesDue } from '../../domain/stakeholders';
import { useSession, useSessionStore, useUi, useUiStore } from '../../store';
import { SrcdocFrame } from '../../components/SrcdocFrame';
import { exportSource } from '../shared/export-source';
import { useServices } from '../shared/services';
import { useExportActions, useExportNote } from '../shared/use-export-source';
import { PlanDocumentDialog } from './PlanDocumentDialog';
import { RagRulesDialog } from './RagRulesDialog';
import { ReportHistory } from './ReportHistory';
import { copyReport, reportExportFile, type ReportFormat } from './report-exports';
import './reports.css';

const FORMATS: readonly { format: ReportFormat; label: string }[] = [
  { format: 'pdf', label: 'PDF' }, { format: 'html', label: 'HTML' }, { format: 'md', label: 'Markdown' }, { format: 'png', label: 'Slide PNG' },
];

export function ReportsView() {
  const plan = useSession((s) => exportSource(s, 'live')?.plan ?? null);
  const liveSchedule = useSession((s) => exportSource(s, 'live')?.schedule ?? null);
  const proposalNote = useExportNote('live');
  const { sourceOf, saveExport } = useExportActions();
  const session = useSessionStore();
  const ui = useUiStore();
  const { today } = useServices();
  const projectId = plan?.project.id;
  const typedStatusDate = useUi((s) => (projectId === undefined ? undefined : s.reportStatusDates[projectId]));
  const statusText = typedStatusDate ?? plan?.project.statusDate ?? today();
  const setStatusText = (text: string): void => { if (projectId !== undefined) ui.getState().setReportStatusDate(projectId, text); };
  const [audience, setAudience] = useState<ReportAudience>('executive');
  const [baselineChoice, setBaselineChoice] = useState<string>('default');
  const [paper, setPaper] = useState<ReportPaper>('A4');
  const [headline, setHeadline] = useState('');
  const [narrative, setNarrative] = useState('');
  const [isEditingRules, setEditingRules] = useState(false);
  const [isPlanDocumentOpen, setPlanDocumentOpen] = useState(false);
  const statusDate: LocalDate | null = parseLocalDate(statusText);
  const baselineNumber = baselineChoice === 'default' ? undefined : baselineChoice === 'none' ? null : Number(baselineChoice);
  // The session's schedule is the plan's at its own status date: handed in when the report is for
  // that date, so typing a headline or switching audience does not schedule the plan again.
  const schedule = plan && liveSchedule && plan.project.statusDate === statusDate ? liveSchedule : null;
  const model = useMemo(() => (plan && statusDate ? buildStatusReport(plan, {
    statusDate, audience, headline, narrative, ...(baselineNumber === undefined ? {} : { baselineNumber }), ...(schedule ? { schedule } : {}),
  }) : null), [plan, schedule, statusDate, audience, headline, narrative, baselineNumber]);
  const document = useMemo(() => (model ? writeReportHtml(model, { paper }) : ''), [model, paper]);
  if (!plan) return null;
  const notify = (tone: 'info' | 'error', message: string): void => ui.getState().notify({ tone, message });
  const issue = (): void => {
    if (!statusDate) return;
    const problem = session.getState().dispatch('issueReport', { statusDate, audience, headline, narrative, ...(baselineNumber === undefined ? {} : { baselineNumber }) });
    if (problem) notify('error', problem.message);
    else {
      // The communication plan's status-report entries due now are fulfilled by this report.
      const fulfilled = statusReportEntriesDue(session.getState().plan ?? plan, statusDate);
      for (const entry of fulfilled) session.getState().dispatch('issueCommunication', { entryId: entry.id, issuedOn: statusDate });
      notify('info', `Status report of ${statusDate} issued.${fulfilled.length > 0 ? ` Marked sent in the communication plan: ${fulfilled.map((e) => e.what).join(', ')}.` : ''}`);
    }
  };
  const runExport = async (format: ReportFormat): Promise<void> => {
    const source = sourceOf('live');
    if (!model || !source) return;
    try {
      const file = await reportExportFile(model, format, paper);
      if (file === 'printed') notify('info', 'Opened the print dialog: choose "Save as PDF" there.');
      else await saveExport(source, file);
    } catch (error) {
      notify('error', `Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const copy = async (): Promise<void> => {
    if (!model) return;
    try {
      await copyReport(model);
      notify('info', 'Report copied as rich text.');
    } catch (error) {
      notify('error', `Could not copy: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const baselines = Object.values(plan.baselines).sort((a, b) => a.number - b.number);
  const canIssue = model !== null && model.problem === null && proposalNote === null;
  return (
    <div className="reports-view">
      <div className="toolbar" role="toolbar" aria-label="Report settings">
        <label className="field">Status date
          <input type="date" aria-label="Report status date" value={statusText} onChange={(e) => setStatusText(e.target.value)} />
        </label>
        <label className="field">Audience
          <select aria-label="Audience" value={audience} onChange={(e) => setAudience(e.target.value === 'team' ? 'team' : 'executive')}>
            <option value="executive">Executive summary</option>
            <option value="team">Team report</option>
          </select>
        </label>
        <label className="field">Baseline
          <select aria-label="Report baseline" value={baselineChoice} onChange={(e) => setBaselineChoice(e.target.value)}>
            <option value="default">Cost baseline</option>
            {baselines.map((b) => <option key={b.id} value={String(b.number)}>{b.name}</option>)}
            <option value="none">None</option>
          </select>
        </label>
        <label className="field">Paper
          <select aria-label="Paper" value={paper} onChange={(e) => setPaper(e.target.value === 'Letter' ? 'Letter' : 'A4')}>
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </label>
        <button type="button" className="button" disabled={proposalNote !== null} onClick={() => setEditingRules(true)}>RAG rules…</button>
        <span className="divider" />
        <button type="button" className="button primary" disabled={!canIssue} onClick={issue}>Issue report</button>
        <span className="divider" />
        <span className="muted">Export</span>
        {FORMATS.map((f) => (
          <button key={f.format} type="button" className="button" disabled={!model} aria-label={`Export ${f.label}`} onClick={() => void runExport(f.format)}>{f.label}</button>
        ))}
        <button type="button" className="button" disabled={!model} onClick={() => void copy()}>Copy as rich text</button>
        <span className="divider" />
        <button type="button" className="button" disabled={statusDate === null} onClick={() => setPlanDocumentOpen(true)}>Plan document…</button>
      </div>
      {proposalNote ? <p role="note" className="reports-proposal-note">{proposalNote} Press Done on the proposal to issue the report or change its RAG rules.</p> : null}
      <div className="reports-body">
        <aside className="reports-side" aria-label="Report text and history">
          <label className="reports-label">Headline
            <input aria-label="Headline" value={headline} placeholder="One line: where the project stands" onChange={(e) => setHeadline(e.target.value)} />
          </label>
          <label className="reports-label">Narrative
            <textarea aria-label="Narrative" rows={8} value={narrative} placeholder="What happened, what is next, what you need" onChange={(e) => setNarrative(e.target.value)} />
          </label>
          <ReportHistory plan={plan} />
        </aside>
        <section className="reports-preview" aria-label="Report preview">
          {statusDate === null ? <p className="muted">Choose a status date.</p>
            : <SrcdocFrame title="Status report" document={document} className="reports-frame" />}
        </section>
      </div>
      {isEditingRules ? <RagRulesDialog plan={plan} onClose={() => setEditingRules(false)} /> : null}
      {isPlanDocumentOpen && statusDate ? <PlanDocumentDialog plan={plan} asOf={statusDate} paper={paper} onClose={() => setPlanDocumentOpen(false)} /> : null}
    </div>
  );
}

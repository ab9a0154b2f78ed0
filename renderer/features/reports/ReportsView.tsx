/**
 * The Reports view: choose a status date, audience and baseline; see the status report as it will
 * be sent (the same HTML the exports write, in a frame that runs no script); edit the headline and
 * narrative; issue it into the report history; export PDF, HTML, Markdown, a slide PNG, or copy it.
 * The status date, headline and narrative are the report draft, kept with the plan (use-draft-field.ts).
 * A status report is a record of the live plan: while a change request's proposal is open the view
 * reports the live plan, says so, and issues nothing (the issue would land in the proposal); the
 * draft's words cannot be edited then, and a status date typed waits to be stored until it closes.
 */
import { useMemo, useState } from 'react';
import type { ReportDraftChanges } from '../../domain/commands';
import { parseLocalDate, type LocalDate, type ReportAudience } from '../../domain/model';
import { buildStatusReport, writeReportHtml, type ReportPaper } from '../../domain/report';
import { statusReportEntriesDue } from '../../domain/stakeholders';
import { useSession, useSessionStore, useUi, useUiStore } from '../../store';
import { DateField } from '../../components/DateField';
import { SrcdocFrame } from '../../components/SrcdocFrame';
import { exportSource } from '../shared/export-source';
import { formatDate } from '../shared/format';
import { APP_REPORT_DATES } from './report-dates';
import { useServices } from '../shared/services';
import { useExportActions, useExportNote } from '../shared/use-export-source';
import { PlanDocumentDialog } from './PlanDocumentDialog';
import { RagRulesDialog } from './RagRulesDialog';
import { ReportHistory } from './ReportHistory';
import { copyReport, reportExportFile, type ReportFormat } from './report-exports';
import { useDraftField, useLocalDraftField } from './use-draft-field';
import './reports.css';

const FORMATS: readonly { format: ReportFormat; label: string }[] = [
  { format: 'pdf', label: 'PDF' }, { format: 'html', label: 'HTML' }, { format: 'md', label: 'Markdown' }, { format: 'png', label: 'Slide PNG' },
];

export function ReportsView() {
  const projectId = useSession((s) => s.projectId);
  // Mounted again for another project: words being typed for one never show in another's report.
  return <ProjectReports key={projectId ?? 'none'} />;
}

function ProjectReports() {
  const plan = useSession((s) => exportSource(s, 'live')?.plan ?? null);
  const liveSchedule = useSession((s) => exportSource(s, 'live')?.schedule ?? null);
  const proposalNote = useExportNote('live');
  const { sourceOf, saveExport } = useExportActions();
  const session = useSessionStore();
  const ui = useUiStore();
  const { today } = useServices();
  const projectId = plan?.project.id;
  const draft = plan?.project.reportDraft;
  const storeDraft = (changes: ReportDraftChanges): boolean => {
    const state = session.getState();
    // A draft edit belongs to the live plan: while a proposal is open it would be recorded into it.
    if (projectId === undefined || state.projectId !== projectId || state.proposal !== null) return false;
    const problem = state.dispatch('editReportDraft', { changes });
    if (problem) ui.getState().notify({ tone: 'error', message: problem.message });
    return problem === null;
  };
  const typedStatusDate = useUi((s) => (projectId === undefined ? undefined : s.reportStatusDates[projectId]));
  const keptStatusText = reportStatusDate(draft?.statusDate, plan?.project.statusDate ?? null) ?? today();
  const statusField = useDraftField(
    keptStatusText, typedStatusDate,
    (text) => { if (projectId !== undefined) ui.getState().setReportStatusDate(projectId, text); },
    // Only a date is stored: an empty or impossible one stays typed, refused by the field, and
    // never falls back to the project's status date or today's without a word.
    (text) => parseLocalDate(text) !== null && storeDraft({ statusDate: text }),
  );
  const headlineField = useLocalDraftField(draft?.headline ?? '', (headline) => storeDraft({ headline }));
  const narrativeField = useLocalDraftField(draft?.narrative ?? '', (narrative) => storeDraft({ narrative }));
  const statusText = statusField.value;
  const headline = headlineField.value;
  const narrative = narrativeField.value;
  const [audience, setAudience] = useState<ReportAudience>('executive');
  const [baselineChoice, setBaselineChoice] = useState<string>('default');
  const [paper, setPaper] = useState<ReportPaper>('A4');
  const [isEditingRules, setEditingRules] = useState(false);
  const [isPlanDocumentOpen, setPlanDocumentOpen] = useState(false);
  const statusDate: LocalDate | null = parseLocalDate(statusText);
  const baselineNumber = baselineChoice === 'default' ? undefined : baselineChoice === 'none' ? null : Number(baselineChoice);
  // While the text typed is not a date the preview keeps the report of the date kept, greyed: the
  // field alone says what is wrong with the text (once), and the room still sees the last report.
  const keptStatusDate = parseLocalDate(keptStatusText);
  const shownDate = statusDate ?? keptStatusDate;
  // The session's schedule is the plan's at its own status date: handed in when the report is for
  // that date, so typing a headline or switching audience does not schedule the plan again.
  const schedule = plan && liveSchedule && plan.project.statusDate === shownDate ? liveSchedule : null;
  const shownModel = useMemo(() => (plan && shownDate ? buildStatusReport(plan, {
    statusDate: shownDate, audience, headline, narrative, ...(baselineNumber === undefined ? {} : { baselineNumber }), ...(schedule ? { schedule } : {}),
  }) : null), [plan, schedule, shownDate, audience, headline, narrative, baselineNumber]);
  // Exported, copied and issued only for the date the field shows.
  const model = statusDate === null ? null : shownModel;
  const document = useMemo(() => (shownModel ? writeReportHtml(shownModel, { paper, dates: APP_REPORT_DATES }) : ''), [shownModel, paper]);
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
      notify('info', `Status report of ${formatDate(statusDate)} issued.${fulfilled.length > 0 ? ` Marked sent in the communication plan: ${fulfilled.map((e) => e.what).join(', ')}.` : ''}`);
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
  const canIssue = model !== null && proposalNote === null;
  // The list is cut at 14em: its tooltip names the chosen baseline in full.
  const hasBaselines = baselines.length > 0;
  const baselineName = !hasBaselines ? 'No baseline saved'
    : baselines.find((b) => String(b.number) === baselineChoice)?.name ?? (baselineChoice === 'none' ? 'None' : 'Cost baseline');
  return (
    <div className="reports-view">
      <div className="toolbar reports-toolbar" role="toolbar" aria-label="Report settings">
        <div className="reports-toolbar-row">
          {/* Stored when the field is left, as the headline and narrative are; the date field says why a text is refused. */}
          <span className="reports-status-date" onBlur={statusField.commit} onKeyDown={(e) => { if (e.key === 'Enter') statusField.commit(); }}>
            <DateField label="Status date" value={statusText} isOptional={false} onChange={statusField.onChange} />
          </span>
          <label className="field">Audience
            <select className="select" aria-label="Audience" value={audience} onChange={(e) => setAudience(e.target.value === 'team' ? 'team' : 'executive')}>
              <option value="executive">Executive summary</option>
              <option value="team">Team report</option>
            </select>
          </label>
          <label className="field">Baseline
            {/* With none saved there is nothing to choose: offering "Cost baseline" beside a report
                that says no baseline is saved read as a contradiction. */}
            <select className="select" aria-label="Report baseline" title={baselineName} value={hasBaselines ? baselineChoice : 'default'}
              disabled={!hasBaselines} onChange={(e) => setBaselineChoice(e.target.value)}>
              {!hasBaselines ? <option value="default">None saved</option> : <>
                <option value="default">Cost baseline</option>
                {baselines.map((b) => <option key={b.id} value={String(b.number)}>{b.name}</option>)}
                <option value="none">None</option>
              </>}
            </select>
          </label>
          <label className="field">Paper
            <select className="select" aria-label="Paper" value={paper} onChange={(e) => setPaper(e.target.value === 'Letter' ? 'Letter' : 'A4')}>
              <option value="A4">A4</option>
              <option value="Letter">Letter</option>
            </select>
          </label>
          <button type="button" className="button" disabled={proposalNote !== null} onClick={() => setEditingRules(true)}>RAG rules…</button>
        </div>
        <div className="reports-toolbar-row">
          {/* One piece: the toolbar wraps before or after it, never between "Export" and its formats. */}
          <span className="reports-export" role="group" aria-label="Export">
            <span className="muted" aria-hidden="true">Export</span>
            {FORMATS.map((f) => (
              <button key={f.format} type="button" className="button" disabled={!model} aria-label={`Export ${f.label}`} onClick={() => void runExport(f.format)}>{f.label}</button>
            ))}
            <button type="button" className="button" disabled={!model} onClick={() => void copy()}>Copy as rich text</button>
          </span>
          <span className="divider" />
          <button type="button" className="button" disabled={statusDate === null} onClick={() => setPlanDocumentOpen(true)}>Plan document…</button>
        </div>
      </div>
      {proposalNote ? <p role="note" className="reports-proposal-note">{proposalNote} Press Done on the proposal to edit or issue the report, or change its RAG rules.</p> : null}
      <div className="reports-body">
        <aside className="reports-side" aria-label="Report text and history">
          <label className="reports-label">Headline
            <input aria-label="Headline" value={headline} placeholder="One line: where the project stands" readOnly={proposalNote !== null}
              onChange={(e) => headlineField.onChange(e.target.value)} onBlur={headlineField.commit} onKeyDown={(e) => { if (e.key === 'Enter') headlineField.commit(); }} />
          </label>
          <label className="reports-label">Narrative
            <textarea aria-label="Narrative" rows={8} value={narrative} placeholder="What happened, what is next, what you need" readOnly={proposalNote !== null}
              onChange={(e) => narrativeField.onChange(e.target.value)} onBlur={narrativeField.commit} />
          </label>
          {/* Under the words it freezes with the figures, above the list it adds to. */}
          <button type="button" className="button primary reports-issue" disabled={!canIssue} onClick={issue}>Issue report</button>
          <ReportHistory plan={plan} />
        </aside>
        <section className="reports-preview" aria-label="Report preview">
          <SrcdocFrame title="Status report" document={document} className={statusDate === null ? 'reports-frame is-kept' : 'reports-frame'} />
          {/* Under the report: above it, the field's message (hanging below the toolbar) covered it at 1024 px. */}
          {statusDate === null && shownModel ? <p className="muted reports-kept-note" role="note">Still showing the report as of {formatDate(keptStatusText)}.</p> : null}
        </section>
      </div>
      {isEditingRules ? <RagRulesDialog plan={plan} onClose={() => setEditingRules(false)} /> : null}
      {isPlanDocumentOpen && statusDate ? <PlanDocumentDialog plan={plan} asOf={statusDate} paper={paper} onClose={() => setPlanDocumentOpen(false)} /> : null}
    </div>
  );
}

/**
 * The date the report opens at: the one typed for it, unless the project's status date has moved
 * past it since (last week's typed date would quietly report this week as of then); else the
 * project's status date.
 */
export function reportStatusDate(typed: LocalDate | undefined, project: LocalDate | null): LocalDate | null {
  if (typed === undefined) return project;
  return project !== null && project > typed ? project : typed;
}

/** Purpose, business case, sponsor and approval date: the charter's own words. */
import { DateField } from '../../components/DateField';
import type { CharterFields } from '../../domain/commands';
import { charterApproval, type LocalDate, type ProjectCharter } from '../../domain/model';
import { formatDate } from '../shared/format';
import { useServices } from '../shared/services';
import { useRun } from '../stakeholders/use-run';
import { CommitField } from './CommitField';

export function CharterBasics({ charter }: { readonly charter: ProjectCharter }) {
  const run = useRun();
  const approval = charterApproval(charter, useServices().today().slice(0, 10) as LocalDate);
  const update = (changes: CharterFields): void => { run('updateCharter', { changes }); };
  return (
    <section className="charter-section charter-basics" aria-label="Purpose and business case">
      <h3>Purpose and business case</h3>
      <label className="field">Purpose
        <CommitField label="Purpose" isMultiline value={charter.purpose} placeholder="Why the project exists, in a sentence or two"
          onCommit={(purpose) => update({ purpose })} />
      </label>
      <label className="field">Business case
        <CommitField label="Business case" isMultiline value={charter.businessCase} placeholder="The benefit that justifies the cost"
          onCommit={(businessCase) => update({ businessCase })} />
      </label>
      <div className="charter-approval">
        <label className="field">Sponsor
          <CommitField label="Sponsor" value={charter.sponsor} placeholder="Who sponsors the project" onCommit={(sponsor) => update({ sponsor })} />
        </label>
        {/* An impossible date typed (Feb 30) is refused by name; a native date field read it as empty and cleared the approval. */}
        <DateField label="Approval date" value={charter.approvalDate ?? ''} onCommit={(date) => update({ approvalDate: date === '' ? null : date as LocalDate })} />
        <span className="muted charter-approved" role="status" aria-label="Approval">
          {approval.kind === 'approved' ? `Approved${charter.sponsor ? ` by ${charter.sponsor}` : ''}`
            // A date ahead is the meeting that will approve it, as a PM enters it beforehand.
            : approval.kind === 'planned' ? `Not approved yet: planned for ${formatDate(approval.date)}` : 'Not approved yet'}
        </span>
      </div>
    </section>
  );
}

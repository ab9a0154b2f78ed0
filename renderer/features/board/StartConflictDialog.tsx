/**
 * The question a board move asks when it would start a task before the schedule allows
 * (start-check.ts): start anyway, keep the scheduled date, or cancel the move. Nothing is
 * applied until the person answers.
 */
import { Dialog } from '../../components/Dialog';
import { describeStartConflict, type StartChoice, type StartConflict } from '../../domain/board';
import { formatDate } from '../shared/format';

export interface StartConflictDialogProps {
  readonly taskName: string;
  readonly columnName: string;
  readonly conflict: StartConflict;
  readonly onChoose: (choice: StartChoice | null) => void;
}

/** What starting anyway leaves behind: a broken link only when a predecessor held the task (not for the project's start alone). */
function anywayConsequence(conflict: StartConflict): string {
  const n = conflict.predecessorNames.length;
  if (n === 0) return ', before the project start.';
  return `; the broken ${n === 1 ? 'link is' : 'links are'} listed in the schedule warnings and drawn dashed in the Gantt.`;
}

export function StartConflictDialog({ taskName, columnName, conflict, onChoose }: StartConflictDialogProps) {
  return (
    <Dialog
      title="Start before the schedule allows?"
      onClose={() => onChoose(null)}
      width={520}
      footer={<>
        <button type="button" className="button" onClick={() => onChoose(null)}>Cancel</button>
        <button type="button" className="button" onClick={() => onChoose('anyway')}>Start anyway</button>
        <button type="button" className="button primary" onClick={() => onChoose('scheduled')}>Keep the scheduled date</button>
      </>}
    >
      <p className="start-conflict__what">{describeStartConflict({ name: taskName }, conflict, formatDate)}</p>
      <ul className="start-conflict__choices">
        <li><strong>Start anyway</strong>: moves it to {columnName} with an actual start of {formatDate(conflict.proposedStart)}{anywayConsequence(conflict)}</li>
        <li><strong>Keep the scheduled date</strong>: moves it to {columnName} with an actual start of {formatDate(conflict.scheduledStart)}, as scheduled.</li>
      </ul>
    </Dialog>
  );
}

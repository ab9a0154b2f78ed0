/**
 * The notice after an edit of the status date that moved work. The engine follows Primavera's
 * data date rule (work not started by the status date starts after it; README, "Status date");
 * MS Project moves nothing, so a person used to it saw dates change without a word. The notice
 * says what moved, in the app's date format, and offers Undo of that one edit.
 */
import type { LocalDate, Problem } from '../../domain/model';
import { statusDateMoves, type ScheduleResult, type StatusDateMoves } from '../../domain/schedule';
import type { SessionStore, UiStore } from '../../store';
import { formatDate } from '../shared/format';

/**
 * Runs `edit` (one dispatch that may change the status date) and, when the status date it set moved
 * tasks, says so. Returns the edit's refusal, or null.
 */
export function withStatusDateNotice(session: SessionStore<ScheduleResult>, ui: UiStore, edit: () => Problem | null): Problem | null {
  const previous = session.getState().plan?.project.statusDate ?? null;
  const problem = edit();
  const { plan, schedule, history } = session.getState();
  if (problem !== null || plan === null || plan.project.statusDate === previous) return problem;
  // The session has just scheduled the edited plan: only the previous status date's schedule is new work.
  const message = movesMessage(plan.project.statusDate, statusDateMoves(plan, previous, schedule ?? undefined));
  if (message === null) return null;
  const step = history.undo.at(-1);
  const undo = (): void => {
    // Undo takes back this edit only while it is the last one: an earlier step undone from here
    // would leave the later edits on a plan they were not made on.
    if (step !== undefined && session.getState().history.undo.at(-1) === step) void session.getState().undo();
    else ui.getState().notify({ tone: 'info', message: 'Other edits came after the status date changed: undo those first.' });
  };
  ui.getState().notify({ tone: 'info', message, action: { label: 'Undo', run: undo } });
  return null;
}

const tasks = (n: number): string => (n === 1 ? '1 task' : `${n.toLocaleString()} tasks`);

/** The sentence for what the status date moved; null when it moved nothing. */
export function movesMessage(statusDate: LocalDate | null, moves: StatusDateMoves): string | null {
  const { later, earlier } = moves;
  const head = statusDate === null ? 'Status date cleared' : `Status date ${formatDate(statusDate)}`;
  if (later.length > 0) {
    // The tasks the date holds, then those that follow them: all counted as held read as 5 tasks due by then where 1 was.
    const held = moves.held.length;
    const following = later.length - held;
    if (held === 0 || following === 0) return `${head}: ${tasks(later.length)} not started by then now ${later.length === 1 ? 'starts' : 'start'} after it.`;
    return `${head}: ${tasks(held)} not started by then now ${held === 1 ? 'starts' : 'start'} after it, and ${tasks(following)} that ${following === 1 ? 'follows' : 'follow'} ${held === 1 ? 'it' : 'them'} ${following === 1 ? 'moves' : 'move'} too.`;
  }
  if (earlier.length === 0) return null;
  const verb = earlier.length === 1 ? 'starts' : 'start';
  return statusDate === null
    ? `${head}: ${tasks(earlier.length)} it held back now ${verb} earlier.`
    : `${head}: ${tasks(earlier.length)} the earlier status date held back now ${verb} earlier.`;
}

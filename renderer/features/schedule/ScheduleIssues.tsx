/**
 * The engine's warnings (missed deadlines, over-allocation, constraint conflicts, loops), each a
 * link to its task: choosing one opens the task table with the task selected and in view. When
 * someone is over-allocated, the panel offers Level resources, as the Team view's button runs it.
 */
import { ancestorIds, type Plan, type TaskId } from '../../domain/model';
import type { ScheduleIssue, ScheduleIssueKind } from '../../domain/schedule';
import { Icon } from '../../components/Icon';
import { useMenuButton } from '../../components/Menu';
import { Popover } from '../../components/Popover';
import { useSession, useSessionStore, useUiStore } from '../../store';
import { useLevelResources } from '../pool/use-level-resources';
import { formatDate } from '../shared/format';

const KIND_LABEL: Record<ScheduleIssueKind, string> = {
  'cycle': 'Loop',
  'missed-deadline': 'Deadline',
  'constraint-conflict': 'Constraint',
  'over-allocation': 'Over-allocated',
  'invalid-link': 'Link',
  'violated-link': 'Broken link',
  'horizon': 'Horizon',
};

/** One empty list: a selector returning a fresh [] on every read makes React re-render forever while no plan is open. */
const NO_ISSUES: readonly never[] = [];

/** The message with its dates written as the app writes dates; the engine's own text keeps ISO for the CLI. */
function issueMessage(issue: ScheduleIssue): string {
  return issue.messageParts?.map((p) => (typeof p === 'string' ? p : formatDate(p.date))).join('') ?? issue.message;
}

export function ScheduleIssues() {
  const issues = useSession((s) => s.schedule?.issues ?? NO_ISSUES);
  const plan = useSession((s) => s.plan);
  const session = useSessionStore();
  const ui = useUiStore();
  const popup = useMenuButton('dialog');
  if (issues.length === 0) return null;

  const reveal = (taskId: TaskId | undefined): void => {
    popup.close();
    const plan = session.getState().plan;
    if (!taskId || !plan) return;
    const ancestors = new Set<string>(ancestorIds(plan.tasks, taskId));
    ui.getState().setCollapsed([...ui.getState().collapsed].filter((id) => !ancestors.has(id)));
    ui.getState().setView('tasks');
    ui.getState().select([taskId]);
  };

  return (
    <div className="issues">
      <button type="button" className="button ghost issues-button" {...popup.buttonProps}>
        <Icon name="warning" /> {issues.length} {issues.length === 1 ? 'warning' : 'warnings'}
      </button>
      {popup.isOpen ? (
        <Popover anchor={popup.anchor} className="issues-panel" label="Schedule warnings" placement="bottom-end" onClose={popup.close}>
          <ul>
            {issues.map((issue, i) => (
              <li key={`${issue.kind}-${String(i)}`}>
                <button type="button" className="issue-item" onClick={() => reveal(issue.taskIds[0])}>
                  <span className="issue-kind" data-kind={issue.kind}>{KIND_LABEL[issue.kind]}</span>
                  <span>{issueMessage(issue)}</span>
                </button>
              </li>
            ))}
          </ul>
          {plan && issues.some((i) => i.kind === 'over-allocation') ? (
            <LevelFromWarnings plan={plan} onLeveled={() => { popup.close(); ui.getState().goToView(ui.getState().view); }} />
          ) : null}
        </Popover>
      ) : null}
    </div>
  );
}

/**
 * Mounted only while the panel is open: reading the other projects' bookings is not paid for on
 * every edit. After leveling the keyboard goes to the view, whose dates moved (the warning that
 * held the focus may be gone).
 */
function LevelFromWarnings({ plan, onLeveled }: { readonly plan: Plan; readonly onLeveled: () => void }) {
  const leveling = useLevelResources(plan);
  return (
    <div className="issues-actions">
      <button type="button" className="button primary" title={leveling.title}
        onClick={() => { leveling.level(); onLeveled(); }}>Level resources</button>
    </div>
  );
}

/** The tasks a risk or issue is linked to, each a link that selects the task and shows it in the Gantt. */
import type { Plan, TaskId } from '../../domain/model';
import { useShowTask } from './use-show-task';
import { percentText } from '../../domain/model';

export function TaskChips({ plan, ids, showPercent = false }: { plan: Plan; ids: readonly TaskId[]; showPercent?: boolean }) {
  const showTask = useShowTask();
  return (
    <>
      {[...new Set(ids)].map((id) => {
        const task = plan.tasks[id];
        return task ? (
          <button key={id} type="button" className="link-button task-chip" title={`Show '${task.name}' in the Gantt`} onClick={() => showTask(id)}>
            {task.name}{showPercent ? ` ${percentText(task.percentComplete, 0)}` : ''}
          </button>
        ) : null;
      })}
    </>
  );
}

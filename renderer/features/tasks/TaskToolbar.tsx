/** Buttons for the table's outline edits (each also has a key: Insert, Delete, Tab, Shift+Tab, Alt+Shift+↑/↓). */
import { Icon } from '../../components/Icon';
import type { TaskActions } from './task-actions';

export function TaskToolbar({ actions, showDetail, onToggleDetail }: { actions: TaskActions; showDetail: boolean; onToggleDetail: () => void }) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Task actions">
      <button type="button" className="button primary" onClick={() => actions.insertBelow()} title="Insert a task below the selection (Insert)">
        <Icon name="plus" /> Add task
      </button>
      <button type="button" className="button" onClick={() => actions.insertBelow({ milestone: true })} title="Insert a milestone below the selection">
        <Icon name="milestone" /> Milestone
      </button>
      <span className="divider" />
      <button type="button" className="icon-button" aria-label="Outdent" title="Outdent (Shift+Tab)" onClick={actions.outdentSelected}><Icon name="outdent" /></button>
      <button type="button" className="icon-button" aria-label="Indent" title="Indent (Tab)" onClick={actions.indentSelected}><Icon name="indent" /></button>
      <button type="button" className="icon-button" aria-label="Move up" title="Move up (Alt+Shift+↑)" onClick={() => actions.moveSelected('up')}><Icon name="up" /></button>
      <button type="button" className="icon-button" aria-label="Move down" title="Move down (Alt+Shift+↓)" onClick={() => actions.moveSelected('down')}><Icon name="down" /></button>
      <span className="divider" />
      <button type="button" className="icon-button" aria-label="Delete task" title="Delete the selected tasks (Delete)" onClick={actions.deleteSelected}><Icon name="trash" /></button>
      <span style={{ flex: 1 }} />
      <label className="toggle">
        <input type="checkbox" checked={showDetail} onChange={onToggleDetail} /> Schedule details (early/late dates, slack)
      </label>
    </div>
  );
}

/** Buttons for the table's outline edits and views (each edit also has a key; see grid-keys.ts and the ? sheet). */
import { Icon } from '../../components/Icon';
import { AtRiskToggle } from '../risks/RiskMarker';
import type { TaskActions } from './task-actions';

interface Props {
  readonly actions: TaskActions;
  readonly onChooseColumns: () => void;
  readonly onFind: () => void;
}

export function TaskToolbar({ actions, onChooseColumns, onFind }: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Task actions">
      <button type="button" className="button primary" onClick={() => actions.insertBelow()} title="Add a task below the selection (Insert adds one above)">
        <Icon name="plus" /> Add task
      </button>
      <button type="button" className="button" onClick={() => actions.insertBelow({ milestone: true })} title="Insert a milestone below the selection">
        <Icon name="milestone" /> Milestone
      </button>
      <span className="divider" />
      <button type="button" className="icon-button" aria-label="Outdent" title="Outdent (Alt+Shift+←)" onClick={actions.outdentSelected}><Icon name="outdent" /></button>
      <button type="button" className="icon-button" aria-label="Indent" title="Indent (Alt+Shift+→)" onClick={actions.indentSelected}><Icon name="indent" /></button>
      <button type="button" className="icon-button" aria-label="Move up" title="Move up (Alt+Shift+↑)" onClick={() => actions.moveSelected('up')}><Icon name="up" /></button>
      <button type="button" className="icon-button" aria-label="Move down" title="Move down (Alt+Shift+↓)" onClick={() => actions.moveSelected('down')}><Icon name="down" /></button>
      <span className="divider" />
      <button type="button" className="icon-button" aria-label="Delete task" title="Delete the selected tasks (Delete)" onClick={actions.deleteSelected}><Icon name="trash" /></button>
      <span style={{ flex: 1 }} />
      <AtRiskToggle className="check-toggle" />
      <button type="button" className="button" onClick={onFind} title="Find and filter tasks (Ctrl+F)">Find</button>
      <button type="button" className="button" onClick={onChooseColumns} title="Show, hide and reorder columns">Columns…</button>
    </div>
  );
}

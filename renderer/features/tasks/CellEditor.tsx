/** Inline editors for a table cell. Enter commits, Esc cancels, Tab commits and moves right. */
import { useState, type KeyboardEvent } from 'react';
import type { Plan, ResourceId, TaskId } from '../../domain/model';
import { Popover } from '../../components/Popover';
import type { Editor } from './columns';

export type EditorExit = 'down' | 'right' | 'left' | 'stay' | 'cancel';

interface Props {
  readonly editor: Editor;
  readonly initialText: string;
  readonly plan: Plan;
  readonly taskId: TaskId;
  readonly label: string;
  readonly onCommit: (text: string, exit: EditorExit) => void;
  readonly onCancel: () => void;
  readonly onAssign: (ids: ResourceId[]) => void;
  readonly onStatus: (statusId: string) => void;
}

function keyExit(e: KeyboardEvent): EditorExit | null {
  if (e.key === 'Enter') return 'down';
  if (e.key === 'Tab') return e.shiftKey ? 'left' : 'right';
  if (e.key === 'Escape') return 'cancel';
  return null;
}

export function CellEditor(props: Props) {
  const { editor, initialText, onCommit, onCancel, label } = props;
  const [text, setText] = useState(initialText);
  if (editor === 'assignees') return <AssigneePicker {...props} />;
  if (editor === 'status') {
    const columns = Object.values(props.plan.columns).sort((a, b) => (a.rank < b.rank ? -1 : 1));
    return (
      <select className="cell-input" aria-label={label} autoFocus defaultValue={props.plan.tasks[props.taskId]?.statusId}
        onChange={(e) => props.onStatus(e.currentTarget.value)} onBlur={onCancel}
        onKeyDown={(e) => { if (e.key === 'Escape' || e.key === 'Enter') { e.preventDefault(); onCancel(); } }}>
        {columns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
      </select>
    );
  }
  return (
    <input
      className="cell-input"
      aria-label={label}
      type={editor === 'start' || editor === 'finish' ? 'date' : 'text'}
      value={text}
      autoFocus
      onFocus={(e) => { if (e.currentTarget.type === 'text') e.currentTarget.select(); }}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => onCommit(text, 'stay')}
      onKeyDown={(e) => {
        e.stopPropagation();
        const exit = keyExit(e);
        if (!exit) return;
        e.preventDefault();
        if (exit === 'cancel') onCancel();
        else onCommit(text, exit);
      }}
    />
  );
}

/**
 * The picker hangs from its cell in a portal (the shared Popover), so the rows below and the
 * table's scroller cannot hide or clip it; Escape or a press outside cancels.
 */
function AssigneePicker({ plan, taskId, onAssign, onCancel }: Props) {
  const assigned = new Set(Object.values(plan.assignments).filter((a) => a.taskId === taskId).map((a) => a.resourceId as string));
  const [chosen, setChosen] = useState(assigned);
  const [cell, setCell] = useState<HTMLElement | null>(null);
  const people = Object.values(plan.resources).sort((a, b) => a.name.localeCompare(b.name));
  const done = (): void => onAssign([...chosen] as ResourceId[]);
  return (
    <>
      <span hidden ref={(el) => setCell(el?.parentElement ?? null)} />
      {cell ? (
        <Popover anchor={cell} className="assignee-picker" label="Assign people" onClose={onCancel}
          onKeyDown={(e) => { e.stopPropagation(); if (e.key === 'Enter') { e.preventDefault(); done(); } }}>
          {people.length === 0 ? <p className="muted">Add people in the Team view first.</p> : null}
          {people.map((p) => (
            <label key={p.id} className="check-row">
              <input type="checkbox" checked={chosen.has(p.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.currentTarget.checked) next.add(p.id);
                  else next.delete(p.id);
                  setChosen(next);
                }} />
              <span>{p.name}</span><span className="muted">{p.role}</span>
            </label>
          ))}
          <div className="picker-actions">
            <button type="button" className="button" onClick={onCancel}>Cancel</button>
            <button type="button" className="button primary" onClick={done}>Assign</button>
          </div>
        </Popover>
      ) : null}
    </>
  );
}

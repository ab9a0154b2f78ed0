/**
 * The inline editor of one cell, shared by the task table and the Gantt's grid. Enter commits and
 * moves down, Tab/Shift+Tab commit and move right/left, Esc cancels and leaves the old value. A
 * refused edit keeps the editor open with the typed text (the notice says what and where).
 */
import { useRef, useState } from 'react';
import { PRIORITY_LEVELS, type Plan, type ResourceId, type TaskId } from '../../domain/model';
import { Popover } from '../../components/Popover';
import type { Editor } from './columns';
import { DateCellEditor } from './DateCellEditor';
import { phaseChoices } from './phase-cells';
import { editorKeyExit as keyExit, type EditorExit } from './use-grid';

interface Props {
  readonly editor: Editor;
  /** The cell's current value as text. */
  readonly initialText: string;
  /** The character that started the edit, kept as the first character typed; null = edit the value. */
  readonly seed: string | null;
  readonly plan: Plan;
  readonly taskId: TaskId;
  readonly label: string;
  /** False when the edit was refused: the editor stays open. */
  readonly onCommit: (text: string, exit: EditorExit) => boolean;
  readonly onCancel: () => void;
  readonly onAssign: (ids: ResourceId[]) => void;
}

const capital = (text: string): string => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

function choicesOf(editor: Editor, plan: Plan, taskId: TaskId): { value: string; label: string }[] | null {
  if (editor === 'status') {
    return Object.values(plan.columns).sort((a, b) => (a.rank < b.rank ? -1 : 1)).map((c) => ({ value: c.id, label: c.name }));
  }
  if (editor === 'phase') return phaseChoices(plan, plan.tasks[taskId]);
  if (editor === 'priority') return PRIORITY_LEVELS.map((p) => ({ value: p, label: capital(p) }));
  return null;
}

export function CellEditor(props: Props) {
  if (props.editor === 'assignees') return <AssigneePicker {...props} />;
  if (props.editor === 'start' || props.editor === 'finish' || props.editor === 'deadline' || props.editor === 'actualStart' || props.editor === 'actualFinish') return <DateCellEditor {...props} />;
  const choices = choicesOf(props.editor, props.plan, props.taskId);
  return choices ? <ChoiceEditor {...props} choices={choices} /> : <TextEditor {...props} />;
}

function TextEditor({ initialText, seed, label, onCommit, onCancel }: Props) {
  const [text, setText] = useState(seed ?? initialText);
  const [isRefused, setRefused] = useState(false);
  // Once committed or cancelled, the blur that follows as the editor closes must not commit again.
  const isClosed = useRef(false);
  const finish = (exit: EditorExit): void => {
    if (isClosed.current) return;
    // Closed before the commit runs: it moves focus to the grid, raising that blur inside it.
    isClosed.current = true;
    const accepted = onCommit(text, exit);
    isClosed.current = accepted;
    setRefused(!accepted);
  };
  const cancel = (): void => { isClosed.current = true; onCancel(); };
  return (
    <input
      className="cell-input"
      aria-label={label}
      aria-invalid={isRefused}
      type="text"
      value={text}
      autoFocus
      // A typed first character is kept with the caret after it; F2/Enter selects the value to replace it.
      onFocus={(e) => { if (seed === null) e.currentTarget.select(); else e.currentTarget.setSelectionRange(text.length, text.length); }}
      onChange={(e) => { setText(e.currentTarget.value); setRefused(false); }}
      onBlur={() => { if (!isRefused) finish('stay'); }}
      onKeyDown={(e) => {
        e.stopPropagation();
        const exit = keyExit(e);
        if (!exit) return;
        e.preventDefault();
        if (exit === 'cancel') cancel();
        else finish(exit);
      }}
    />
  );
}

function ChoiceEditor({ initialText, seed, label, onCommit, onCancel, choices }: Props & { choices: { value: string; label: string }[] }) {
  // A typed letter picks the first choice it starts, as a closed select does.
  const seeded = seed === null ? undefined : choices.find((c) => c.label.toLowerCase().startsWith(seed.toLowerCase()));
  const [value, setValue] = useState(seeded?.value ?? initialText);
  const isClosed = useRef(false);
  const close = (exit: EditorExit | 'cancel'): void => {
    if (isClosed.current) return;
    isClosed.current = true;
    if (exit === 'cancel') onCancel();
    else isClosed.current = onCommit(value, exit);
  };
  return (
    <select className="cell-input" aria-label={label} autoFocus value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={() => close('stay')}
      onKeyDown={(e) => {
        e.stopPropagation();
        const exit = keyExit(e);
        if (!exit) return;
        e.preventDefault();
        close(exit);
      }}>
      {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
    </select>
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

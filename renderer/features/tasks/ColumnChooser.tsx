/** Show, hide and reorder the table's columns (remembered per project on this machine). */
import { Dialog } from '../../components/Dialog';
import { ALWAYS_SHOWN, moveColumn, setColumnShown, type ColumnLayout } from './column-layout';
import { ALL_COLUMNS } from './columns';

export function ColumnChooser({ layout, onChange, onClose }: { layout: ColumnLayout; onChange: (next: ColumnLayout) => void; onClose: () => void }) {
  const headers = new Map(ALL_COLUMNS.map((c) => [c.key, c.header]));
  const hidden = new Set(layout.hidden);
  return (
    <Dialog title="Columns" onClose={onClose} width={460}
      footer={<button type="button" className="button primary" onClick={onClose}>Done</button>}>
      <ul className="column-chooser" aria-label="Columns in display order">
        {layout.order.map((key, i) => {
          const header = headers.get(key) ?? key;
          return (
            <li key={key} className="check-row">
              <label style={{ flex: 1 }}>
                <input type="checkbox" checked={!hidden.has(key)} disabled={key === ALWAYS_SHOWN}
                  onChange={(e) => onChange(setColumnShown(layout, key, e.currentTarget.checked))} /> {header}
              </label>
              <button type="button" className="icon-button" aria-label={`Move ${header} left`} disabled={i === 0}
                onClick={() => onChange(moveColumn(layout, key, -1))}>↑</button>
              <button type="button" className="icon-button" aria-label={`Move ${header} right`} disabled={i === layout.order.length - 1}
                onClick={() => onChange(moveColumn(layout, key, 1))}>↓</button>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}

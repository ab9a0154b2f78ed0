/** One list of the charter (in scope, out of scope, constraints): lines edited in place, added on Enter, removed. */
import { CHARTER_LIST_LABELS, type CharterList as ListName, type ProjectCharter } from '../../domain/model';
import { useRun } from '../stakeholders/use-run';
import { AddLine, CommitField } from './CommitField';

const PLACEHOLDERS: Readonly<Record<ListName, string>> = {
  scopeIn: 'Something the project does, Enter',
  scopeOut: 'Something the project does not do, Enter',
  constraints: 'A fixed date, budget, rule or technology, Enter',
};

export function CharterList({ charter, list }: { readonly charter: ProjectCharter; readonly list: ListName }) {
  const run = useRun();
  const label = CHARTER_LIST_LABELS[list];
  return (
    <div className="charter-list" role="group" aria-label={label}>
      <h4>{label}</h4>
      <ul>
        {charter[list].map((item) => (
          <li key={item.id}>
            <CommitField label={`${label}: ${item.text}`} value={item.text}
              onCommit={(text) => {
                // Emptying a line removes it, as in a bulleted list.
                if (text.trim()) run('updateCharterItem', { list, itemId: item.id, text });
                else run('removeCharterItem', { list, itemId: item.id });
              }} />
            <button type="button" className="button icon-button" aria-label={`Remove ${item.text}`}
              onClick={() => run('removeCharterItem', { list, itemId: item.id })}>×</button>
          </li>
        ))}
      </ul>
      <AddLine label={`New line for ${label.toLowerCase()}`} placeholder={PLACEHOLDERS[list]} onAdd={(text) => run('addCharterItem', { list, text })} />
    </div>
  );
}

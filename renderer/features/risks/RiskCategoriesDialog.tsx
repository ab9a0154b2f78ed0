/**
 * The risk register's category list: add, rename, remove and reorder. Each change is one
 * setRiskCategories command (one Undo), so a rename refiles the risks that use the category in
 * the same step, and removing a category in use asks where its risks go instead of orphaning them.
 */
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import type { ArgsOf } from '../../domain/commands';
import type { Plan } from '../../domain/model';
import { riskCategoriesOf, riskCodesInCategory } from '../../domain/raid';
import { useSessionStore } from '../../store';

interface Pending {
  readonly category: string;
  readonly message: string;
}

export function RiskCategoriesDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const session = useSessionStore();
  const categories = riskCategoriesOf(plan);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const run = (args: ArgsOf<'setRiskCategories'>): boolean => {
    const refused = session.getState().dispatch('setRiskCategories', args);
    setProblem(refused ? refused.message : null);
    return refused === null;
  };
  const rename = (from: string, to: string): void => {
    const name = to.trim();
    if (!name || name === from) return;
    run({ categories: categories.map((c) => (c === from ? name : c)), renames: [{ from, to: name }] });
  };
  const move = (index: number, by: -1 | 1): void => {
    const next = [...categories];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + by, 0, item);
    run({ categories: next });
  };
  const remove = (category: string): void => {
    const uses = riskCodesInCategory(plan, category);
    if (uses.length === 0) {
      run({ categories: categories.filter((c) => c !== category) });
      return;
    }
    const count = uses.length === 1 ? '1 risk' : `${String(uses.length)} risks`;
    setPending({ category, message: `'${category}' is used by ${count} (${uses.join(', ')}). Move them to another category to remove it.` });
  };
  return (
    <Dialog title="Risk categories" onClose={onClose} width={520}
      footer={<button type="button" className="button primary" onClick={onClose}>Done</button>}>
      <ol className="category-list" aria-label="Risk categories">
        {categories.map((category, index) => (
          <li key={category} className="category-row">
            <input aria-label={`Category ${String(index + 1)} name`} defaultValue={category}
              onBlur={(e) => rename(category, e.target.value)}
              onKeyDown={(e) => { if (e.key === 'Enter') rename(category, e.currentTarget.value); }} />
            <CountOfRisks count={riskCodesInCategory(plan, category).length} />
            <button type="button" className="icon-button" aria-label={`Move ${category} up`} disabled={index === 0} onClick={() => move(index, -1)}>↑</button>
            <button type="button" className="icon-button" aria-label={`Move ${category} down`} disabled={index === categories.length - 1} onClick={() => move(index, 1)}>↓</button>
            <button type="button" className="button" aria-label={`Remove ${category}`} onClick={() => remove(category)}>Remove</button>
          </li>
        ))}
      </ol>
      {pending ? <MoveRisks pending={pending} categories={categories} onMove={(to) => {
        if (run({ categories: categories.filter((c) => c !== pending.category), moveRemovedTo: to })) setPending(null);
      }} onCancel={() => setPending(null)} /> : null}
      <input aria-label="New category" placeholder="New category, Enter" onKeyDown={(e) => {
        const name = e.currentTarget.value.trim();
        if (e.key !== 'Enter' || !name) return;
        if (categories.includes(name)) setProblem(`'${name}' is already in the list.`);
        else if (run({ categories: [...categories, name] })) e.currentTarget.value = '';
      }} />
      {problem ? <p role="alert" className="category-problem">{problem}</p> : null}
    </Dialog>
  );
}

function CountOfRisks({ count }: { count: number }) {
  const text = count === 1 ? '1 risk' : `${String(count)} risks`;
  if (count === 0) return <span className="category-count" />;
  return <span className="muted category-count" title={text}>{count}<span className="visually-hidden"> {count === 1 ? 'risk' : 'risks'}</span></span>;
}

function MoveRisks({ pending, categories, onMove, onCancel }: {
  pending: Pending; categories: readonly string[]; onMove: (to: string) => void; onCancel: () => void;
}) {
  const others = categories.filter((c) => c !== pending.category);
  const [to, setTo] = useState(others[0] ?? '');
  return (
    <div className="category-move" role="group" aria-label={`Remove ${pending.category}`}>
      <p role="alert">{pending.message}</p>
      <label className="field">Move them to
        <select aria-label="Move its risks to" value={to} onChange={(e) => setTo(e.target.value)}>
          {others.map((c) => <option key={c}>{c}</option>)}
        </select>
      </label>
      <button type="button" className="button primary" disabled={!to} onClick={() => onMove(to)}>Move and remove</button>
      <button type="button" className="button" onClick={onCancel}>Keep it</button>
    </div>
  );
}

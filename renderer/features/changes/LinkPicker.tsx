/** Linked risks, issues or decisions of a request: chips with a remove button and a picker to add one. */
export interface Linkable {
  readonly id: string;
  readonly label: string;
}

export function LinkPicker({ name, code, all, linked, onChange }: {
  name: string; code: string; all: readonly Linkable[]; linked: readonly string[]; onChange: (ids: string[]) => void;
}) {
  const byId = new Map(all.map((a) => [a.id, a.label]));
  return (
    <div className="link-picker">
      <span className="link-picker-name">{name}</span>
      {linked.map((id) => (
        <span key={id} className="chip">{byId.get(id) ?? id}
          <button type="button" className="link-button" aria-label={`Unlink ${byId.get(id) ?? id} from ${code}`} onClick={() => onChange(linked.filter((x) => x !== id))}>×</button>
        </span>
      ))}
      <select aria-label={`${code} link ${name.toLowerCase().replace(/s$/, '')}`} value="" onChange={(e) => { if (e.target.value) onChange([...linked, e.target.value]); }}>
        <option value="">+ {name.toLowerCase().replace(/s$/, '')}</option>
        {all.filter((a) => !linked.includes(a.id)).map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
      </select>
    </div>
  );
}

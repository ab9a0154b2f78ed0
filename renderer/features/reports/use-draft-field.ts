/**
 * A field of the status report draft (model/reports.ts ReportDraft) as the Reports view edits it:
 * what is typed shows at once, so the preview follows each key, and is stored in the plan when
 * the field is left (blur, Enter) or the view closes. Ctrl+1 while typing removes the field
 * without a blur, so the view's closing stores it too. One Undo step per field left, as the
 * charter's fields; storing each key would fill the Undo list with letters.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface DraftField {
  /** What the field shows: the text being typed, else what the plan holds. */
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** Stores the text typed, if any. */
  readonly commit: () => void;
}

/**
 * @param saved what the plan holds.
 * @param typed text typed and not stored yet (undefined: none), kept by the caller.
 * @param store stores the text; false keeps it typed (nothing may be stored while a proposal is open).
 */
export function useDraftField(
  saved: string, typed: string | undefined, setTyped: (text: string | undefined) => void, store: (text: string) => boolean,
): DraftField {
  const latest = useRef({ typed, setTyped, store });
  useLayoutEffect(() => { latest.current = { typed, setTyped, store }; });
  const [commit] = useState(() => (): void => {
    const { typed: text, setTyped: forget, store: keep } = latest.current;
    if (text === undefined || !keep(text)) return;
    latest.current = { ...latest.current, typed: undefined };
    forget(undefined);
  });
  // The cleanup is the commit: what is still typed when the view closes is stored then.
  useEffect(() => commit, [commit]);
  const onChange = (text: string): void => {
    latest.current = { ...latest.current, typed: text };
    setTyped(text);
  };
  return { value: typed ?? saved, onChange, commit };
}

/** A draft field whose typed text lives in the view (it is stored when the view closes). */
export function useLocalDraftField(saved: string, store: (text: string) => boolean): DraftField {
  const [typed, setTyped] = useState<string | undefined>(undefined);
  return useDraftField(saved, typed, setTyped, store);
}

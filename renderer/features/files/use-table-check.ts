/**
 * Checks the column mapping against every row in the import worker whenever the mapping, the
 * date order or the sheet changes. The newest answer wins; a quick series of changes is asked
 * once (the worker answers one request at a time, so stale checks would only queue up).
 */
import { useEffect, useState } from 'react';
import type { CsvMapping } from '../../domain/formats';
import type { TableCheck } from './table-import';
import type { TableSession } from './table-session';

export interface TableCheckState {
  readonly isPending: boolean;
  readonly progress: number | null;
  readonly check: TableCheck | null;
}

const SETTLE_MS = 150;

export function useTableCheck(
  session: TableSession, mapping: CsvMapping, options: { planName: string; dateOrder: 'dmy' | 'mdy' | ''; sheetIndex: number; now: () => string },
): TableCheckState {
  const [state, setState] = useState<TableCheckState>({ isPending: true, progress: null, check: null });
  const { planName, dateOrder, sheetIndex, now } = options;
  const key = JSON.stringify([mapping, dateOrder, sheetIndex]);
  useEffect(() => {
    let isCurrent = true;
    setState((s) => ({ ...s, isPending: true, progress: null }));
    const timer = setTimeout(() => {
      // The page's locale is the one the CSV export's "dates in my locale's format" writes (localeDateFormatter).
      const locale = new Intl.DateTimeFormat().resolvedOptions().locale;
      const request = { op: 'check' as const, mapping, planName, now: now(), locale, ...(dateOrder ? { dateOrder } : {}) };
      void session.request(request, (progress) => { if (isCurrent) setState((s) => ({ ...s, progress })); })
        .then((check) => { if (isCurrent) setState({ isPending: false, progress: null, check }); });
    }, SETTLE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
    // `key` stands for mapping, dateOrder and sheetIndex by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the mapping object is compared by value through `key`
  }, [session, key, planName, now]);
  return state;
}

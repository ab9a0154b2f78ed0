/** The shown columns of one project's table, read from and written to the meta table (see column-layout.ts). */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../../store';
import { useServices } from '../shared/services';
import { columnLayoutKey, defaultLayout, readColumnLayout, type ColumnLayout } from './column-layout';
import { ALL_COLUMNS } from './columns';

export function useColumnLayout(): readonly [ColumnLayout, (next: ColumnLayout) => void] {
  const { repository } = useServices();
  const projectId = useSession((s) => s.projectId);
  const [layout, setLayout] = useState<ColumnLayout>(() => defaultLayout(ALL_COLUMNS));
  // A choice made while the stored layout is still loading wins over it (the load would undo the click).
  const isChangedSinceLoad = useRef(false);

  useEffect(() => {
    if (!projectId) return;
    let isCurrent = true;
    isChangedSinceLoad.current = false;
    setLayout(defaultLayout(ALL_COLUMNS));
    repository.getMeta<unknown>(columnLayoutKey(projectId))
      .then((stored) => { if (isCurrent && !isChangedSinceLoad.current) setLayout(readColumnLayout(stored, ALL_COLUMNS)); })
      .catch(() => undefined);
    return () => { isCurrent = false; };
  }, [repository, projectId]);

  const change = useCallback((next: ColumnLayout) => {
    isChangedSinceLoad.current = true;
    setLayout(next);
    // A failed write is dropped: a column layout is a preference, not plan data.
    if (projectId) repository.setMeta(columnLayoutKey(projectId), next).catch(() => undefined);
  }, [repository, projectId]);

  return [layout, change] as const;
}

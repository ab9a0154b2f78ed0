/**
 * The session side of export-source.ts: every export asks here which plan it holds and saves
 * through `saveExport`, which tells the person what the file holds while a proposal is open.
 */
import { useMemo } from 'react';
import type { ScheduleResult } from '../../domain/schedule';
import type { SaveFileRequest, SaveFileResult } from '../../platform';
import { useSession, useSessionStore, useUiStore } from '../../store';
import { exportedMessage, exportSource, labelledFileName, type ExportKind, type ExportSource } from './export-source';
import { useServices } from './services';

export interface ExportActions {
  /** The plan an export of `kind` holds now (read when the export runs, not when the view rendered). */
  readonly sourceOf: (kind: ExportKind) => ExportSource<ScheduleResult> | null;
  /** Saves with the file name labelled as the source says; says what was saved when a proposal is open, and any failure. */
  readonly saveExport: (source: ExportSource<ScheduleResult>, request: SaveFileRequest) => Promise<SaveFileResult>;
}

export function useExportActions(): ExportActions {
  const session = useSessionStore();
  const ui = useUiStore();
  const { platform } = useServices();
  return useMemo<ExportActions>(() => ({
    sourceOf: (kind) => exportSource(session.getState(), kind),
    saveExport: async (source, request) => {
      const result = await platform.saveFile({ ...request, suggestedName: labelledFileName(request.suggestedName, source) });
      if (result.saved && source.note !== null) ui.getState().notify({ tone: 'info', message: exportedMessage(result.name, source) });
      else if (!result.saved && result.reason === 'failed') ui.getState().notify({ tone: 'error', message: `Export failed: ${result.message}` });
      return result;
    },
  }), [session, ui, platform]);
}

/** The note to show beside an export of `kind` (null when no proposal is open). */
export function useExportNote(kind: ExportKind): string | null {
  return useSession((s) => exportSource(s, kind)?.note ?? null);
}

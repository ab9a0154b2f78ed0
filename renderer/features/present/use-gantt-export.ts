/** The Gantt view's and presentation mode's image export: built here, saved and named through shared/use-export-source.ts. */
import { useCallback } from 'react';
import { useUi } from '../../store';
import type { GanttModel, GanttSettings } from '../gantt/use-gantt-model';
import { useExportActions } from '../shared/use-export-source';
import { ganttExportFile, PRINTED_NOTICE, type ExportFormat, type ExportOptions } from './export';

export type GanttExport = (format: ExportFormat, model: GanttModel, settings: GanttSettings, options?: Omit<ExportOptions, 'titlePrefix'>) => void;

/**
 * A picture of the chart as shown: while a proposal is open that is the proposal, titled and
 * named as one (export-source.ts), so it is never taken for the live plan.
 */
export function useGanttExport(): GanttExport {
  const { sourceOf, saveExport } = useExportActions();
  const notify = useUi((s) => s.notify);
  return useCallback<GanttExport>((format, model, settings, options = {}) => {
    const source = sourceOf('shown');
    if (source === null) return;
    ganttExportFile(format, model, settings, { ...options, titlePrefix: source.titlePrefix })
      .then(async (file) => {
        if (file === 'printed') notify({ tone: 'info', message: PRINTED_NOTICE });
        else await saveExport(source, file);
      })
      .catch((error: unknown) => notify({ tone: 'error', message: `Export failed: ${error instanceof Error ? error.message : String(error)}` }));
  }, [sourceOf, saveExport, notify]);
}

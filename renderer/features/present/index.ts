export { PresentationMode } from './PresentationMode';
export { ganttExportFile, type ExportFormat } from './export';
export { useGanttExport } from './use-gantt-export';

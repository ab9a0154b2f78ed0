export { importGanttProject } from './gan-reader';
export { exportGanttProject, type GanExport, type GanExportOptions } from './gan-writer';

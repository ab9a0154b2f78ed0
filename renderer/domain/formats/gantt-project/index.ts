export { importGanttProject } from './gan-reader';
export { exportGanttProject, ganNotWritten, type GanExport, type GanExportOptions } from './gan-writer';

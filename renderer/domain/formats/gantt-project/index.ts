export { importGanttProject } from './gan-reader';

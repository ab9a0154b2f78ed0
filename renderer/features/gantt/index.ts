export { GanttView } from './GanttView';

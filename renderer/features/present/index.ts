export { PresentationMode } from './PresentationMode';
export { exportGantt, type ExportFormat } from './export';

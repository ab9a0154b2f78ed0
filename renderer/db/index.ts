export { PlotlineDb, DB_NAME, ENTITY_TABLES, SCHEMA_V1 } from './schema';
export type { ProjectRow, Row } from './schema';
export { PlanRepository } from './plan-repository';
export type { ProjectSummary } from './plan-repository';
export { useProjectList } from './hooks';

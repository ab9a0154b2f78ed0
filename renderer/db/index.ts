export { PlotlineDb, DB_NAME, ENTITY_TABLES, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './schema';
export { BUCKET_COUNT, bucketOf } from './buckets';
export type { ProjectRow, Row } from './schema';
export type { BucketRow } from './buckets';
export { PlanRepository } from './plan-repository';
export type { ProjectSummary } from './plan-repository';
export { useProjectList } from './hooks';

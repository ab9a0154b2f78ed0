/** The RAID log's pure core: scoring, exposure, tasks at risk, contingency preview and exports. */
export * from './scoring';
export * from './contingency';
export * from './raid-csv';
export * from './risk-field-names';
export * from './markers';
export * from './categories';
export * from './reserve-cover';
export * from './assumption-risk';
export * from './raid-labels';
export * from './issue-order';

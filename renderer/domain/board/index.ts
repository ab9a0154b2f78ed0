export * from './columns';
export * from './placement';
export * from './progress-rules';
export * from './lanes';
export * from './flags';
export * from './filter';
export * from './board-layout';
export * from './drop';

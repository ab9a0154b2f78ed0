export * from './sheet-model';
export * from './xlsx-export';
export * from './xlsx-import';

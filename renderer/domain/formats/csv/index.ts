export * from './csv-parse';
export * from './csv-export';
export * from './csv-import';
export * from './csv-mapping';
export * from './csv-money';

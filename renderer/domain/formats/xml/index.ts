export * from './xml-tree';
export * from './xml-parser';
export * from './xml-writer';

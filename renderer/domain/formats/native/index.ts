export * from './plotline-file';
export * from './migrations';
export { FILE_EXTRA_KEY } from './unknown-fields';

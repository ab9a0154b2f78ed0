export * from './command';
export * from './registry';
export * from './task-commands';
export * from './task-changes';
export * from './team-commands';
export * from './project-commands';
export * from './link-commands';
export * from './baseline-commands';

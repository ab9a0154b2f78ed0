export * from './ical-text';
export * from './ical-export';
export * from './ical-import';

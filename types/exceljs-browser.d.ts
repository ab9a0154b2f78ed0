/**
 * ExcelJS's browser bundle (the package's "browser" entry, what the app's Vite build loads): the
 * same API as the package's Node entry without `stream`, which the bundle leaves out. Named for
 * the unit test that writes through it (test/unit/features/files/xlsx-export-in-memory.test.ts).
 */
declare module 'exceljs/dist/exceljs.min.js' {
  import type ExcelJS from 'exceljs';
  const browser: Omit<typeof ExcelJS, 'stream'>;
  export default browser;
}

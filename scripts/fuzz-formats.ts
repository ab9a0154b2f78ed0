/**
 * Longer fuzz run than the unit test: N seeded mutations per format (default 20,000), reporting
 * any thrown exception with its seed so it can be replayed in the unit test.
 * Run: npx esbuild scripts/fuzz-formats.ts --bundle --platform=node --format=esm --outfile=/tmp/fuzz.mjs && node /tmp/fuzz.mjs [runs] [firstSeed]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  importCsv, importGanttProject, importIcalHolidays, importMspdi, parsePlotline,
} from '../renderer/domain/formats';
import { sequentialIds, type Result } from '../renderer/domain/model';
import { mutate } from '../test/unit/domain/formats/fuzz-mutations';

/** Run from the repository root (the script is usually bundled to a temp file first). */
const root = process.cwd();
const fixture = (name: string): string => readFileSync(path.join(root, 'test/fixtures', name), 'utf8');
const runs = Number(process.argv[2] ?? 20_000);
const firstSeed = Number(process.argv[3] ?? 1);
const ctx = () => ({ newId: sequentialIds('f'), now: '2026-03-01T12:00:00.000Z' });

const targets: readonly [string, string, (text: string) => Result<unknown>][] = [
  ['.plotline', fixture('native/plotline-v1.plotline'), (t) => parsePlotline(t)],
  ['MSPDI', fixture('mspdi/features.xml'), (t) => importMspdi(t, ctx())],
  ['GanttProject', fixture('gan/features.gan'), (t) => importGanttProject(t, ctx())],
  ['CSV', fixture('csv/tasks-semicolon.csv'), (t) => importCsv(t, ctx())],
  ['iCalendar', fixture('ics/holidays.ics'), (t) => importIcalHolidays(t)],
];

let failures = 0;
for (const [name, seedText, run] of targets) {
  let ok = 0;
  for (let seed = firstSeed; seed < firstSeed + runs; seed++) {
    try {
      if (run(mutate(seedText, seed)).ok) ok++;
    } catch (error) {
      failures++;
      console.log(`${name}: seed ${String(seed)} threw ${String(error)}`);
    }
  }
  console.log(`${name}: ${String(runs)} inputs, ${String(ok)} ok, ${String(runs - ok)} problems`);
}
process.exit(failures > 0 ? 1 : 0);

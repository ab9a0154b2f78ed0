/**
 * A CSV from another tool with a Board order on a summary row, read by the command line: the place
 * is not used (a summary is no board card), and stderr says so with the row and task, as the app's
 * import preview lists it among its warnings, instead of dropping it without a word.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlotline } from '../../support/plotline-process';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'plotline-summary-order-'));
  writeFileSync(path.join(dir, 'sprint.csv'), 'WBS,Name,Board order\n1,Design,1\n1.1,Spec,2\n1.2,Review,1\n2,Build,3\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a summary row with a Board order, on the command line', () => {
  it('is read, and stderr names the row whose Board order is not used', () => {
    const run = runPlotline(dir, ['validate', 'sprint.csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('sprint.csv: valid (4 tasks, 0 people, 1 warning on stderr)\n');
    expect(run.stderr).toBe("warning: sprint.csv: row 2: 'Design' is a summary task; its Board order is not used — summary tasks are not board cards.\n");
  });
});

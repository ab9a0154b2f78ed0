/**
 * `plotline evm` run as a process (node bin/plotline.mjs), on test/fixtures/cli/evm.xml: a
 * Mon-Fri 08:00-12:00 + 13:00-17:00 calendar from Mon 2 Mar 2026, Ana at 100/h, Baseline 0 saved
 * before progress, Design (16 h, Mon-Tue) done, Build (8 h, Wed) half done. At the end of Wed 4 Mar,
 * by hand:
 *   Design: BAC 1,600; PV 1,600 (all due by Tue); EV 1,600 x 100 % = 1,600; AC 16 h x 100 = 1,600
 *   Build:  BAC   800; PV   800 (its one day is over); EV 800 x 50 % = 400; AC 4 h x 100 = 400
 *           SV 400 - 800 = -400; SPI 400 / 800 = 0.5; CPI 1; ETC = remaining 4 h x 100 = 400;
 *           TCPI (800 - 400) / (800 - 400) = 1
 *   Project: BAC 2,400; PV 2,400; EV 2,000; AC 2,000; SV -400; CV 0; SPI 2,000 / 2,400 = 0.8333;
 *            CPI 1; EAC (CPI) 2,400 / 1 = 2,400; EAC bottom-up 2,000 + 400 = 2,400; VAC 0; TCPI 400 / 400 = 1
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlotline, type CliRun } from '../../support/plotline-process';

const root = path.resolve(import.meta.dirname, '../../..');
const fixture = path.join(root, 'test/fixtures/cli/evm.xml');

const plotline = (...args: string[]): CliRun => runPlotline(root, args);

describe('plotline evm', () => {
  it('prints earned value per task and for the project as CSV', () => {
    const run = plotline('evm', fixture, '--status-date', '2026-03-04');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'uid,id,wbs,name,bac,pv,ev,ac,sv,cv,spi,cpi,eac_cpi,eac_bottom_up,etc,vac_cpi,tcpi',
      // Design is finished: nothing left to spend, so TCPI has no denominator and is empty.
      '7,1,1,Design,1600,1600,1600,1600,0,0,1,1,1600,1600,0,0,',
      '9,2,2,Build,800,800,400,400,-400,0,0.5,1,800,800,400,0,1',
      ',,,(project),2400,2400,2000,2000,-400,0,0.8333,1,2400,2400,400,0,1',
      '',
    ]);
  });

  it('prints JSON, and measures an earlier status date against less planned value', () => {
    // End of Mon 2 Mar: PV = Design's 1,600 x 8/16 h = 800; Build not yet due. EV and AC are as of
    // the date too (MS Project's BCWP and ACWP): Design's 1,600 earned and spent evenly over its
    // Mon-Tue, half of each by then; Build's 400 earned and spent on Wed, none of it yet.
    const run = plotline('evm', fixture, '--status-date', '2026-03-02', '--format', 'json');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(rows.at(-1)).toMatchObject({ uid: null, id: null, name: '(project)', bac: 2400, pv: 800, ev: 800, ac: 800, spi: 1, cpi: 1 });
    expect(rows[1]).toMatchObject({ name: 'Build', pv: 0, ev: 0, ac: 0, spi: null });
  });

  it("dates a summary's own fixed cost by the status date as a subtask's actual cost is", () => {
    // test/fixtures/cli/summary-fixed-cost.csv: Move (a summary with $1,000 of its own, accrued at
    // its start) over Pack ($2,000, half done) and Unpack ($3,000). Move has started, so its $1,000
    // is actual cost recorded, but with the status date before the work nothing was spent by then:
    // all $6,000 is still to spend (ETC). After the work, Move's AC is its 1,000 and Pack's 1,000.
    const summaryFixed = path.join(root, 'test/fixtures/cli/summary-fixed-cost.csv');
    const rows = (date: string): Record<string, unknown>[] => JSON.parse(plotline('evm', summaryFixed, '--status-date', date, '--format', 'json').stdout) as Record<string, unknown>[];
    const before = rows('2026-02-23');
    expect(before.find((r) => r['name'] === 'Move')).toMatchObject({ ac: 0, etc: 6000, eacBottomUp: 6000 });
    expect(before.at(-1)).toMatchObject({ name: '(project)', ac: 0, etc: 6000 });
    expect(rows('2026-03-20').find((r) => r['name'] === 'Move')).toMatchObject({ ac: 2000, etc: 4000, eacBottomUp: 6000 });
  });

  it('is listed in --help and refuses a missing or malformed status date with exit 2', () => {
    expect(plotline('--help').stdout).toMatch(/^ {2}evm /m);
    expect(plotline('evm', '--help').stdout).toMatch(/^Usage: plotline evm IN --status-date/);
    const missing = plotline('evm', fixture);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('plotline evm: --status-date YYYY-MM-DD is required. See plotline evm --help.\n');
    const bad = plotline('evm', fixture, '--status-date', '4 March');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--status-date '4 March' is not a date/);
  });
});

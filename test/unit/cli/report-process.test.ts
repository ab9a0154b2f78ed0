/**
 * `plotline report` run as a process on test/fixtures/cli/evm.xml (see evm-process.test.ts for the
 * plan): Design done, Build half done at Wed 4 Mar 2026; Baseline 0 saved before progress.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlotline, type CliRun } from '../../support/plotline-process';

const root = path.resolve(import.meta.dirname, '../../..');
const fixture = path.join(root, 'test/fixtures/cli/evm.xml');
const out = mkdtempSync(path.join(tmpdir(), 'plotline-report-test-'));

const plotline = (...args: string[]): CliRun => runPlotline(root, args);

describe('plotline report', () => {
  it('writes the team report as Markdown with the earned value the money domain computes', () => {
    const file = path.join(out, 'status.md');
    const run = plotline('report', fixture, '--status-date', '2026-03-04', '--audience', 'team', '-o', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const md = readFileSync(file, 'utf8');
    expect(md).toContain('# Earned value: status report, Wed 4 Mar 2026');
    expect(md).toContain('- BAC $2,400 · PV $2,400 · EV $2,000 · AC $2,000');
    expect(md).toContain('| Schedule | Red |');
  });

  it('writes self-contained HTML for executives, refuses bad usage, and reports the plan before its start', () => {
    const file = path.join(out, 'status.html');
    expect(plotline('report', fixture, '--status-date', '2026-03-04', '--format', 'html', '--output', file).code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('Executive summary');
    expect(html).not.toMatch(/<script/i);
    expect(plotline('report', fixture, '-o', file).code).toBe(2);
    expect(plotline('report', fixture, '--status-date', '2026-03-04', '--audience', 'board', '-o', file).stderr).toContain('--audience must be executive or team.');
    // No --format: the output's name is what could not be read, not an option nobody gave.
    const unnamed = plotline('report', fixture, '--status-date', '2026-03-04', '-o', path.join(out, 'status'));
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toBe(`plotline report: cannot tell the format from '${path.join(out, 'status')}': name it .md, .html or .pdf, or give --format md|html|pdf. See plotline report --help.\n`);
    expect(plotline('report', fixture, '--status-date', '2026-03-04', '--format', 'docx', '-o', file).stderr).toBe('plotline report: --format must be md, html or pdf. See plotline report --help.\n');
    const early = plotline('report', fixture, '--status-date', '2026-02-01', '--format', 'md', '-o', file);
    expect(early.code).toBe(0);
    // The fixture records progress, so its report says how far it is, not that it has not started.
    expect(readFileSync(file, 'utf8')).toContain('# Earned value: status report, Sun 1 Feb 2026');
    expect(readFileSync(file, 'utf8')).toMatch(/\*\*Overall: \w+\*\* · [\d.]+% complete · forecast finish Wed 4 Mar 2026/);
  });

  it('writes the project management plan document with --plan-document', () => {
    const file = path.join(out, 'plan.md');
    const run = plotline('report', fixture, '--plan-document', '--status-date', '2026-03-04', '-o', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const md = readFileSync(file, 'utf8');
    expect(md).toContain('# Earned value: project management plan');
    const sections = ['Project charter', 'Phases and gates', 'Milestone timeline', 'Team and RACI', 'Budget', 'Risk summary', 'Communication plan', 'Change process'];
    for (const [i, title] of sections.entries()) expect(md).toContain(`## ${String(i + 1)}. ${title}`);
    expect(md).toContain('- Cost as scheduled (bottom-up EAC): **$');
  });

  it.runIf(existsSync('/usr/bin/chromium'))('prints the PDF with headless Chromium: text selectable, header and page numbers from the layout', () => {
    const file = path.join(out, 'status.pdf');
    const run = plotline('report', fixture, '--status-date', '2026-03-04', '--audience', 'team', '--paper', 'Letter', '-o', file);
    expect(run.code).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Status date Wed 4 Mar 2026');
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).toContain('Critical path');
  }, 120_000);
});

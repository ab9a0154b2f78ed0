/**
 * `plotline report IN --status-date YYYY-MM-DD --audience executive|team --format md|html|pdf -o OUT`:
 * the status report the Reports view shows, from the same pure model and writers (domain/report).
 *
 * PDF: the print layout is printed by Chromium's own print engine, as the desktop app does with
 * Electron's printToPDF: a headless Chromium (PLOTLINE_CHROMIUM, else /usr/bin/chromium and the
 * usual names) with --print-to-pdf and no browser header/footer (the layout's @page rules carry
 * the project, status date and page numbers). With no Chromium installed the command says so and
 * suggests md/html or the desktop app, rather than shipping a second, different PDF writer.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  buildPlanDocument, buildStatusReport, writePlanDocumentHtml, writePlanDocumentMarkdown, writeReportHtml, writeReportMarkdown,
} from '../../renderer/domain/report';
import { readAndAdmit } from '../admit';
import { EXIT_REFUSED, EXIT_USAGE, leftOutExitCode, problemText, type CliContext, type Command, type RowsLeftOut } from '../command';
import { describe, READABLE, writeFileAtomically } from '../plan-files';
import { INPUT_OPTIONS, inputOptions } from './input-options';
import { statusDateOption } from './status-date';

const FORMATS = ['md', 'html', 'pdf'] as const;
const AUDIENCES = ['executive', 'team'] as const;
const PAPERS = ['A4', 'Letter'] as const;
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const reportCommand: Command = {
  name: 'report',
  summary: 'Write the status report at a status date (executive or team), or the project management plan document, as Markdown, HTML or PDF.',
  help: `Usage: plotline report IN --status-date YYYY-MM-DD [--audience executive|team] [--format md|html|pdf] [--paper A4|Letter] -o OUT
       plotline report IN --plan-document --status-date YYYY-MM-DD [--format md|html|pdf] [--paper A4|Letter] -o OUT
       (either with [--sheet NAME] [--locale BCP47])

Builds the status report of IN (${READABLE.join(' ')}) at the end of the status date, compared with
the last report issued before it (kept in .plotline files), measured against the cost baseline.

Options:
  --status-date DATE        required
  --audience executive|team default executive (one page, plain words); team adds the detail
  --format md|html|pdf      default: from OUT's extension
  --paper A4|Letter         default A4
  --plan-document           write the project management plan document instead (phases and gates,
                            milestones, team and RACI, budget, risks, communication plan, change
                            process), with its figures read at the status date
  -o, --output OUT          required
  --sheet NAME              the .xlsx sheet to read (default: the first)
  --locale BCP47            read dates written in that locale's format (de-DE: 01.03.2027, 09:00;
                            ko-KR: 2027. 3. 1. 오전 9:00), as the app's CSV export writes them

PDF is printed by headless Chromium (set PLOTLINE_CHROMIUM, or install chromium); without it, use
md or html, or the desktop app's Reports view.

Exit status: 0 written, 1 refused (the message says why), 2 usage error, 3 written without the
rows of IN that could not be read (each named in a warning).`,
  options: { valued: ['status-date', 'audience', 'format', 'paper', 'output', ...INPUT_OPTIONS], flags: ['plan-document'], short: { o: 'output' } },
  run: async (args, { io, clock }) => {
    const [input, ...rest] = args.positional;
    const output = args.options.get('output');
    const format = FORMATS.find((f) => f === (args.options.get('format') ?? output?.split('.').pop()?.toLowerCase()));
    const audience = AUDIENCES.find((a) => a === (args.options.get('audience') ?? 'executive'));
    const paper = PAPERS.find((p) => p === (args.options.get('paper') ?? 'A4'));
    const statusDate = statusDateOption(args);
    const why = input === undefined || rest.length > 0 ? 'expected one file, IN.' : output === undefined ? '-o OUT is required.'
      : !statusDate.ok ? statusDate.error.message : statusDate.value === undefined ? '--status-date YYYY-MM-DD is required.'
        : format === undefined ? (args.options.has('format') ? '--format must be md, html or pdf.' : `cannot tell the format from '${output}': name it .md, .html or .pdf, or give --format md|html|pdf.`) : audience === undefined ? '--audience must be executive or team.'
          : paper === undefined ? '--paper must be A4 or Letter.' : null;
    if (why !== null || input === undefined || output === undefined || format === undefined || audience === undefined || paper === undefined || !statusDate.ok || statusDate.value === undefined) {
      io.err(`plotline report: ${why ?? 'bad arguments.'} See plotline report --help.\n`);
      return EXIT_USAGE;
    }
    const reading = inputOptions(args);
    if (!reading.ok) {
      io.err(`plotline report: ${problemText(reading.error)} See plotline report --help.\n`);
      return EXIT_USAGE;
    }
    const admitted = await readAndAdmit('report', input, { ...reading.value, statusDate: statusDate.value }, { io, clock });
    if (admitted === EXIT_REFUSED) return EXIT_REFUSED;
    if (args.flags.has('plan-document')) {
      const doc = buildPlanDocument(admitted.plan, { asOf: statusDate.value, schedule: admitted.schedule });
      const page = format === 'md' ? writePlanDocumentMarkdown(doc) : writePlanDocumentHtml(doc, { paper });
      return writeOutput(io, output, format === 'pdf' ? await printPdf(page) : page, admitted.rowsLeftOut);
    }
    const model = buildStatusReport(admitted.plan, { statusDate: statusDate.value, audience, schedule: admitted.schedule });
    const data = format === 'md' ? writeReportMarkdown(model) : format === 'html' ? writeReportHtml(model, { paper }) : await printPdf(writeReportHtml(model, { paper }));
    return writeOutput(io, output, data, admitted.rowsLeftOut);
  },
};

async function writeOutput(io: CliContext['io'], output: string, data: string | Uint8Array | { error: string }, rowsLeftOut: RowsLeftOut): Promise<number> {
  if (typeof data === 'object' && 'error' in data) {
    io.err(`plotline report: ${data.error}\n`);
    return EXIT_REFUSED;
  }
  const written = await writeFileAtomically(output, data);
  if (!written.ok) {
    io.err(`plotline report: ${basename(output)}: ${written.error.message}\n`);
    return EXIT_REFUSED;
  }
  return leftOutExitCode(io, 'report', `${basename(output)} is written`, [rowsLeftOut]);
}

function chromium(): string | null {
  const fromEnv = process.env['PLOTLINE_CHROMIUM'];
  return [fromEnv, ...CHROMIUM].find((p): p is string => !!p && existsSync(p)) ?? null;
}

/**
 * Prints the layout with headless Chromium in a throwaway profile. The layout's own CSP
 * (default-src 'none') forbids every script and request, as in the app's print window.
 */
async function printPdf(html: string): Promise<Uint8Array | { error: string }> {
  const binary = chromium();
  if (binary === null) return { error: 'PDF needs Chromium (its print engine makes the PDF) and none was found. Set PLOTLINE_CHROMIUM, install chromium, use --format md or html, or export the PDF from the desktop app.' };
  const dir = await mkdtemp(join(tmpdir(), 'plotline-report-'));
  try {
    const page = join(dir, 'report.html');
    const pdf = join(dir, 'report.pdf');
    await writeFile(page, html, 'utf8');
    await new Promise<void>((resolve, reject) => {
      execFile(binary, [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-extensions',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        `--user-data-dir=${join(dir, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(page).href,
      ], { timeout: 60_000 }, (error) => (error ? reject(new Error(error.message)) : resolve()));
    });
    return new Uint8Array(await readFile(pdf));
  } catch (error) {
    return { error: `Chromium could not print the report: ${describe(error)}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
